/**
 * Verifying a backup: open it read-only, run SQLite's full integrity_check, and count the
 * rows of every table; when the counts it should hold are known (taken from the source at
 * backup time, or from its manifest later) they must be equal. Nothing here writes.
 */
import { damageWords, Store } from '../../../../db/store';

export interface Verification {
  ok: boolean;
  /** One line a person can read, when not ok. */
  problem: string | null;
  tables: Record<string, number>;
  schemaVersion: number;
  auditMaxId: number;
  records: number;
}

function describeDifferences(expected: Record<string, number>, found: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return names
    .filter((n) => expected[n] !== found[n])
    .map((n) => `${n}: ${found[n] ?? 'missing'} rows, expected ${expected[n] ?? 'none'}`);
}

export function verifyBackupFile(path: string, expected?: Record<string, number>): Verification {
  const failed = (problem: string): Verification => ({
    ok: false,
    problem,
    tables: {},
    schemaVersion: 0,
    auditMaxId: 0,
    records: 0,
  });
  const found = Store.inspectFile(path, true);
  if (found.outcome === 'cannot-open') {
    const reason = found.error instanceof Error ? found.error.message : String(found.error);
    return failed(`cannot be opened (${reason})`);
  }
  if (found.outcome === 'cannot-read') return failed(`is damaged (${damageWords(path, found.damagedTables)})`);
  if (found.problems.length !== 1 || found.problems[0] !== 'ok' || found.tables === null)
    return failed(`is damaged (${damageWords(path, found.damagedTables)})`);
  if (found.schemaVersion < 1) return failed('is not an Entente database (no schema)');
  if (found.schemaVersion > found.latestSchemaVersion)
    return failed(
      `was written by a newer Entente (schema ${found.schemaVersion}; this version knows up to ${found.latestSchemaVersion})`,
    );
  if (expected) {
    const differences = describeDifferences(expected, found.tables);
    if (differences.length > 0) return failed(`does not hold what it should: ${differences.slice(0, 3).join('; ')}`);
  }
  return {
    ok: true,
    problem: null,
    tables: found.tables,
    schemaVersion: found.schemaVersion,
    auditMaxId: found.auditMaxId,
    records: found.tables.records ?? 0,
  };
}
