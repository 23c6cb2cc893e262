/**
 * Integrity checks. `checkDatabaseFile` looks at a file before the app opens it, read-only,
 * so a damaged file is never changed by the looking (no WAL checkpoint, no migration):
 * SQLite's quick_check (every page and index structure; the full integrity_check also
 * compares every index entry with its row and runs in `deep` mode), then foreign_key_check
 * (no reference points at a missing record). `checkOpenDatabase` runs the same on the open
 * connection plus the search index's own check. Reports are plain data with one sentence for
 * a person.
 */
import { AppError } from '../../../common/domain/errors';
import { damageWords, Store, type Inspection } from '../../../../db/store';

export interface CheckResult {
  name:
    | 'open'
    | 'wal'
    | 'schema'
    | 'quick_check'
    | 'integrity_check'
    | 'foreign_key_check'
    | 'search_index'
    | 'attachments';
  ok: boolean;
  detail: string;
  /** Not checked because another program holds the register's lock: says nothing about the file. */
  busy?: boolean;
}

export interface IntegrityReport {
  ok: boolean;
  /** True when the file itself is damaged (as opposed to, say, a search index to rebuild). */
  damaged: boolean;
  /** True when the file could not be read for reasons outside it: read-only folder, permissions, locked. */
  unreachable?: boolean;
  /** True when a check could not run because another program holds the register's lock (try again later). */
  busy?: boolean;
  checks: CheckResult[];
  /** One sentence for a person; null when all is well. */
  problem: string | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** SQLite's verdict as check results: schema, structure, then references (only when the structure is sound). */
function resultsOf(found: Inspection, file?: string): CheckResult[] {
  const results: CheckResult[] = [];
  // Another program's SQLite file is not "an old register": nothing else about it is Entente's to judge.
  if (found.foreign) return [{ name: 'schema', ok: false, detail: `not an Entente register: ${found.foreign}` }];
  results.push({
    name: 'schema',
    ok: found.schemaVersion <= found.latestSchemaVersion,
    detail:
      found.schemaVersion < found.latestSchemaVersion
        ? `schema ${found.schemaVersion}: valid, from an older Entente; it will be upgraded to schema ${found.latestSchemaVersion} when opened`
        : `schema ${found.schemaVersion}`,
  });
  const structural = found.problems.length === 1 && found.problems[0] === 'ok';
  results.push({
    name: found.check,
    ok: structural,
    // SQLite's own lines ("Tree 38 page 38 …", "database disk image is malformed") mean nothing to a person: the
    // damage is said in words, naming the parts that cannot be read.
    detail: structural ? 'ok' : damageWords(file, found.damagedTables),
  });
  if (!structural) return results; // following a broken structure further can mislead
  const broken = found.brokenReferences;
  results.push({
    name: 'foreign_key_check',
    ok: broken.length === 0,
    detail:
      broken.length === 0
        ? 'ok'
        : `${broken.length} broken reference(s), e.g. ${broken
            .slice(0, 3)
            .map((b) => `${b.table} row ${b.rowid} → ${b.parent}`)
            .join(', ')}`,
  });
  return results;
}

function summarise(checks: CheckResult[], file?: string): IntegrityReport {
  const failed = checks.filter((c) => !c.ok);
  const damaged = failed.some((c) => c.name !== 'search_index' && c.name !== 'schema');
  const problem =
    failed.length === 0
      ? null
      : failed
          .map((c) =>
            c.name === 'open'
              ? damageWords(file)
              : c.name === 'quick_check' || c.name === 'integrity_check'
                ? c.detail
                : c.name === 'schema'
                  ? c.detail.startsWith('not an Entente register')
                    ? `it is ${c.detail}`
                    : `it was written by a newer Entente (${c.detail})`
                  : c.name === 'foreign_key_check'
                    ? `records refer to records that are missing (${c.detail})`
                    : c.busy
                      ? 'the register is busy in another program, so the search index could not be checked now: try again'
                      : c.name === 'search_index'
                        ? `the search index does not match the records (${c.detail})`
                        : damageWords(file),
          )
          .join('; ');
  const busy = failed.some((c) => c.busy);
  return { ok: failed.length === 0, damaged, checks, problem, ...(busy ? { busy } : {}) };
}

/** Checks a database file without changing it. A missing file is not checked (there is nothing to lose). */
export function checkDatabaseFile(file: string, options: { deep?: boolean } = {}): IntegrityReport {
  const foreignWal = Store.foreignWalProblem(file);
  if (foreignWal)
    return { ok: false, damaged: false, checks: [{ name: 'wal', ok: false, detail: foreignWal }], problem: foreignWal };
  const found = Store.inspectFile(file, options.deep ?? false);
  if (found.outcome === 'read') return summarise(resultsOf(found, file), file);
  return openFailure(found.error, file, found.outcome === 'cannot-read' ? found.damagedTables : []);
}

/**
 * Not every failure to read is damage: a read-only folder (SQLite cannot create the WAL's
 * shared-memory file), missing permissions or a lock held elsewhere say nothing about the file.
 */
const UNREACHABLE = /^(SQLITE_(READONLY|CANTOPEN|PERM|AUTH|BUSY|LOCKED)|E(ACCES|PERM|BUSY|ROFS))/;

function openFailure(error: unknown, file: string, damagedTables: string[] = []): IntegrityReport {
  const code = String((error as { code?: unknown }).code ?? '');
  // Another program holds the file (an exclusive lock, a long write): the check could not run — busy, never a FAIL.
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || (error instanceof AppError && error.code === 'BUSY')) {
    const problem = 'another program holds the register, so it could not be checked now; try again when it is free';
    return {
      ok: false,
      damaged: false,
      busy: true,
      checks: [{ name: 'open', ok: false, busy: true, detail: problem }],
      problem,
    };
  }
  if (UNREACHABLE.test(code)) {
    return {
      ok: false,
      damaged: false,
      unreachable: true,
      checks: [{ name: 'open', ok: false, detail: `${code}: ${message(error)}` }],
      problem: `the file cannot be read here (${message(error)}): its folder or the file may be read-only, or another program holds it`,
    };
  }
  // SQLITE_CORRUPT while reading the structure is the file's own damage, said as such.
  if (code.startsWith('SQLITE_CORRUPT'))
    return summarise([{ name: 'quick_check', ok: false, detail: damageWords(file, damagedTables) }], file);
  return summarise([{ name: 'open', ok: false, detail: damageWords(file) }], file);
}

/**
 * The search index's own check (the search feature's checkSearchIndex: FTS5 integrity-check
 * and one index row per record). With `repair`, a broken index is rebuilt from the records —
 * it holds nothing that is not in them.
 */
export function checkSearchTables(store: Store, options: { repair?: boolean; deep?: boolean } = {}): CheckResult {
  let result: ReturnType<Store['checkSearchIndex']>;
  try {
    result = store.checkSearchIndex({ repair: options.repair ?? false, deep: options.deep ?? false });
  } catch (error) {
    if (error instanceof AppError && error.code === 'BUSY')
      return { name: 'search_index', ok: false, busy: true, detail: error.message };
    throw error;
  }
  if (result.ok) return { name: 'search_index', ok: true, detail: result.note ?? 'ok' };
  const detail = result.problems.join(' ') + (result.rebuilt ? ' It was rebuilt from the records.' : '');
  return { name: 'search_index', ok: result.rebuilt, detail };
}

/** Every attachment's bytes against their SHA-256 (reads every blob: part of the check, not of opening). */
export function checkAttachments(store: Store): CheckResult {
  const { blobs, problems } = store.checkAttachmentBlobs();
  return problems.length === 0
    ? {
        name: 'attachments',
        ok: true,
        detail: `${blobs} stored file${blobs === 1 ? '' : 's'} match their fingerprints`,
      }
    : { name: 'attachments', ok: false, detail: problems.join(' ') };
}

/** Checks the open database: structure, references, the search index and the attachments' bytes. */
export function checkOpenDatabase(
  store: Store,
  options: { deep?: boolean; extra?: (store: Store) => CheckResult[] } = {},
): IntegrityReport {
  try {
    const checks = resultsOf(store.inspect(options.deep ?? false), store.file);
    if (checks.every((c) => c.ok))
      checks.push(
        checkSearchTables(store, { deep: options.deep ?? false }),
        checkAttachments(store),
        ...(options.extra?.(store) ?? []),
      );
    return summarise(checks, store.file);
  } catch (error) {
    if (/^SQLITE_CORRUPT/.test(String((error as { code?: unknown }).code ?? '')))
      return summarise(
        [{ name: 'quick_check', ok: false, detail: damageWords(store.file, store.damagedTables()) }],
        store.file,
      );
    return summarise([{ name: 'open', ok: false, detail: message(error) }], store.file);
  }
}
