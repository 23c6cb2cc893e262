/**
 * Verifying a backup: open it read-only, run SQLite's full integrity_check, and count the
 * rows of every table; when the counts it should hold are known (taken from the source at
 * backup time, or from its manifest later) they must be equal. Nothing here writes.
 */
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../../db/migrations';
import type { Db } from '../../../../db/store/open';

export interface Verification {
  ok: boolean;
  /** One line a person can read, when not ok. */
  problem: string | null;
  tables: Record<string, number>;
  schemaVersion: number;
  auditMaxId: number;
  records: number;
}

/** Rows per ordinary table (virtual tables are counted through their shadow tables). */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
    ]),
  );
}

export function auditMaxIdOf(db: Db): number {
  try {
    return (db.prepare('SELECT max(id) AS id FROM audit').get() as { id: number | null }).id ?? 0;
  } catch {
    return 0;
  }
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
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return failed(`cannot be opened (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok')
      return failed(`is damaged: ${integrity.slice(0, 3).join('; ')}`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1) return failed('is not an Entente database (no schema)');
    if (schemaVersion > LATEST_SCHEMA_VERSION)
      return failed(
        `was written by a newer Entente (schema ${schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION})`,
      );
    const tables = tableCounts(db);
    if (expected) {
      const differences = describeDifferences(expected, tables);
      if (differences.length > 0) return failed(`does not hold what it should: ${differences.slice(0, 3).join('; ')}`);
    }
    return {
      ok: true,
      problem: null,
      tables,
      schemaVersion,
      auditMaxId: auditMaxIdOf(db),
      records: tables.records ?? 0,
    };
  } catch (error) {
    return failed(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
}
