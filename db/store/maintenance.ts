/**
 * What backups, integrity checks and the backup scheduler need to know about a register file, answered in SQL
 * here so no service touches a connection: SQLite's own checks, row counts, audit activity, the online backup
 * API. Every function reads; `makeStandalone` changes only a fresh copy's journal mode.
 */
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { damagedTables } from './damaged-parts';
import { foreignDatabaseReason } from './identity';
import { schemaVersion } from './open';
import type { Db } from './sql';

/** SQLite's verdict on one file: structure, references, schema. */
export interface Inspection {
  schemaVersion: number;
  /** The newest schema this build knows (a larger `schemaVersion` was written by a newer Entente). */
  latestSchemaVersion: number;
  /** Which pragma ran: quick_check (pages and index structure) or integrity_check (also every index entry). */
  check: 'quick_check' | 'integrity_check';
  /** `['ok']` when sound; otherwise SQLite's first problems, as it words them. */
  problems: string[];
  /** Broken references (only looked for when the structure is sound). */
  brokenReferences: { table: string; rowid: number; parent: string }[];
  /** Why the file is another program's database (identity.ts), or null for a register. */
  foreign: string | null;
  /** The tables whose pages fail SQLite's check (damaged-parts.ts; only looked for when the structure is not sound). */
  damagedTables: string[];
}

/** Runs the checks on an open connection. Throws what SQLite throws when the file cannot even be read. */
export function inspect(db: Db, deep: boolean): Inspection {
  const check = deep ? 'integrity_check' : 'quick_check';
  const problems = (db.pragma(check) as Record<string, string>[]).map((r) => Object.values(r)[0] ?? '');
  const sound = problems.length === 1 && problems[0] === 'ok';
  const brokenReferences = sound
    ? (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[])
    : [];
  return {
    schemaVersion: schemaVersion(db),
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    check,
    problems,
    brokenReferences,
    damagedTables: sound ? [] : damagedTables(db),
    foreign: foreignDatabaseReason(db),
  };
}

/** What looking at a file found: it could not be opened, it opened but could not be read, or SQLite's verdict. */
export type FileInspection =
  | { outcome: 'cannot-open'; error: unknown }
  | { outcome: 'cannot-read'; error: unknown; damagedTables: string[] }
  | ({ outcome: 'read'; tables: Record<string, number> | null; auditMaxId: number } & Inspection);

/**
 * Opens `file` read-only (no WAL checkpoint, no migration: looking never changes it), inspects it and closes.
 * Row counts are taken only when the structure is sound. SQLite's errors are returned, classified by the caller.
 */
export function inspectFile(file: string, deep: boolean): FileInspection {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { outcome: 'cannot-open', error };
  }
  try {
    const verdict = inspect(db, deep);
    const sound = verdict.problems.length === 1 && verdict.problems[0] === 'ok';
    return { outcome: 'read', ...verdict, tables: sound ? tableCounts(db) : null, auditMaxId: auditMaxId(db) };
  } catch (error) {
    return { outcome: 'cannot-read', error, damagedTables: damagedTables(db) };
  } finally {
    db.close();
  }
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

/** The newest audit id (0 for an empty or pre-audit file): every write adds one, so it marks a moment. */
export function auditMaxId(db: Db): number {
  try {
    return (db.prepare('SELECT max(id) AS id FROM audit').get() as { id: number | null }).id ?? 0;
  } catch {
    return 0;
  }
}

/** Changes after audit id `since`: the newest id and when the first and last of those changes were made (ms). */
export function auditActivitySince(
  db: Db,
  since: number,
): { auditMaxId: number; firstAt: number | null; lastAt: number | null } {
  const newest = auditMaxId(db);
  const times = db
    .prepare('SELECT min(at) AS first, max(at) AS last FROM audit WHERE id > ?')
    .get(newest < since ? 0 : since) as { first: string | null; last: string | null };
  return {
    auditMaxId: newest,
    firstAt: times.first ? Date.parse(times.first) : null,
    lastAt: times.last ? Date.parse(times.last) : null,
  };
}

/**
 * Writes a transactionally consistent copy of the register to `path` with `VACUUM INTO` (https://sqlite.org/lang_vacuum.html#vacuuminto):
 * one read transaction, so other connections keep reading and writing meanwhile and — unlike the online backup API,
 * which starts over whenever another connection writes — a busy writer cannot keep it from finishing. The copy is
 * also compacted (no free pages).
 */
export async function backupTo(db: Db, path: string): Promise<void> {
  db.prepare('VACUUM INTO ?').run(path);
}

/** Switches a fresh copy to a rollback journal, so it is one self-contained file (no -wal beside it). */
export function makeStandalone(path: string): void {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Whether another connection (another program) holds the register's write lock now: BEGIN IMMEDIATE, given up to the
 * connection's busy timeout, then rolled back at once. A restore must not rename a file from under such a writer.
 */
export function writeLockHeldElsewhere(db: Db): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (/^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''))) return true;
    throw error;
  }
  db.exec('ROLLBACK');
  return false;
}

/** `sqlite_version()`, for the About box. */
export function sqliteVersion(db: Db): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}
