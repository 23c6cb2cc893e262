/**
 * Opening the database is always explicit (never an import side effect). The order of
 * steps matters: the schema version is read before anything could write to the file, so
 * a database from a newer Entente is refused byte-for-byte untouched.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../electron/common/domain/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../migrations';
import { damageWords } from './errors';
import { headBytes } from './file-bytes';
import { foreignDatabaseReason, markAsEntente } from './identity';
import { ensureSearchIndex } from './search-index';
import { walIsForeign } from './wal-fit';

export type { Db } from './sql';
import type { Db } from './sql';

export interface OpenOptions {
  /** Open without creating or migrating; writes will fail. */
  readonly?: boolean;
  /** Stop migrating at this version (tests that carry rows through each migration). */
  targetVersion?: number;
  /** Milliseconds to wait on a lock held by another connection. */
  busyTimeoutMs?: number;
  /**
   * What opening for writing does about a search index that needs rebuilding: 'repair' rebuilds it before returning
   * (the CLI, tests); 'defer' only reports it (Store.searchIndexProblems), for a host that rebuilds it in steps
   * in the background (the app: start-up never waits on a rebuild).
   */
  searchIndex?: 'repair' | 'defer';
}

function sqliteMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isLockedOut = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''));

/**
 * Another program holds the file's lock (e.g. `PRAGMA locking_mode=EXCLUSIVE`): busy, never damage (issue 15) — the
 * file is fine and opens once that program lets go.
 */
function busyError(file: string): AppError {
  return new AppError(
    'BUSY',
    `The register ${file} is busy: another program holds it. It has not been changed; try again when that program has closed it.`,
  );
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const indexProblems = new WeakMap<Db, string[]>();

/** What was wrong with the search index when `db` was opened with `searchIndex: 'defer'` ([] when nothing). */
export function deferredIndexProblems(db: Db): string[] {
  return indexProblems.get(db) ?? [];
}

/**
 * True when a non-empty `<file>-wal` lies beside `file` that is not its own: beside a file in rollback-journal mode
 * (header bytes 18–19 = 1: Entente's registers are in WAL mode, and its backups are switched to a rollback journal),
 * or, beside a register in WAL mode, one that walIsForeign (wal-fit.ts) finds to be another database's.
 * It is what a restore by hand leaves when the backup is copied over the register but the old -wal stays — and
 * opening would mix the old file's changes into the restored one (https://sqlite.org/fileformat2.html#walindexformat).
 */
export function hasForeignWal(file: string): boolean {
  try {
    if (!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0) return false;
    // Read outside this process: closing a descriptor of the file here would drop SQLite's locks (file-bytes.ts).
    const header = headBytes(file, 20);
    if (header.length < 20 || header.toString('latin1', 0, 15) !== 'SQLite format 3') return false;
    if (header[18] === 1 && header[19] === 1) return true;
    // A register in WAL mode: the -wal may still be another database's (a hand copy put in its place).
    return walIsForeign(file);
  } catch {
    return false;
  }
}

/** The refusal for `hasForeignWal`: nothing is opened, so nothing is mixed in. */
export function foreignWalError(file: string): AppError {
  return new AppError(
    'CONFLICT',
    `${file}-wal does not belong to ${file} (the register was replaced by a copy, and the old -wal stayed beside it): ` +
      `opening now would mix the old file's changes into it. Nothing was opened or changed. Move ${file}-wal and ` +
      `${file}-shm into another folder, then open the register again.`,
  );
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(file)) throw new AppError('NOT_FOUND', `The database ${file} does not exist.`);
  if (hasForeignWal(file)) throw foreignWalError(file);
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw new AppError('UNAVAILABLE', `Cannot open the database ${file}: ${sqliteMessage(error)}`);
  }
  try {
    const found = readVersion(db, file);
    if (found > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'NEWER_SCHEMA',
        `The database ${file} was written by a newer version of Entente (schema ${found}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
          'It has not been changed. Update Entente to open it.',
      );
    }
    if (!readonly) {
      // WAL: readers never block the writer; FULL: a commit survives power loss, not just a crash.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      migrate(db, options.targetVersion ?? LATEST_SCHEMA_VERSION);
      markAsEntente(db);
      // A damaged or incomplete search index is rebuilt here, before anyone searches (search-index.ts) — or only
      // reported, for a host that rebuilds it in the background.
      const index = ensureSearchIndex(db, { repair: options.searchIndex !== 'defer' });
      if (!index.ok && !index.rebuilt) indexProblems.set(db, index.problems);
    } else if (found < LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'READ_ONLY',
        `The database ${file} needs an upgrade (schema ${found} → ${LATEST_SCHEMA_VERSION}) and was opened read-only.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw isLockedOut(error) ? busyError(file) : error;
  }
}

/** The file starts with SQLite's header: whatever fails further in, it is a database, damaged — not something else. */
function hasSqliteHeader(file: string): boolean {
  try {
    return headBytes(file, 16).toString('latin1') === 'SQLite format 3\0';
  } catch {
    return false;
  }
}

function readVersion(db: Db, file: string): number {
  let version: number;
  let foreign: string | null;
  try {
    version = schemaVersion(db);
    // A schema newer than this build's is refused as such below (a newer Entente may write what this one cannot know).
    foreign = version > LATEST_SCHEMA_VERSION ? null : foreignDatabaseReason(db);
  } catch (error) {
    if (isLockedOut(error)) throw busyError(file);
    // A register cut short or overwritten in places still has SQLite's header: it is damaged, and saying "not an
    // Entente database" would send the person looking for another file instead of a backup.
    if (hasSqliteHeader(file))
      throw new AppError(
        'DAMAGED',
        `${file} is damaged (${damageWords(file)}). It has not been changed. Check it, and restore a good backup.`,
      );
    throw new AppError(
      'NOT_A_DATABASE',
      `${file} is not an Entente database (it does not begin as a database file does). It has not been changed.`,
    );
  }
  // Another program's SQLite file is never opened as a register, let alone migrated (identity.ts).
  if (foreign)
    throw new AppError(
      'NOT_A_DATABASE',
      `${file} is not an Entente register (it is ${foreign}). It has not been changed. Choose an Entente register, or a ` +
        'new file name to create one.',
    );
  return version;
}

/**
 * Opens an existing register for maintenance exactly as it is: writable, foreign keys on, but no migration and no
 * index check (the CLI's `check` runs the search index's own check, which needs a writable connection).
 */
export function openUnmigrated(file: string): Db {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `The database ${file} does not exist.`);
  const db = new Database(file, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  return db;
}

/** Applies pending migrations, each in its own transaction together with its version bump. */
export function migrate(
  db: Db,
  target: number = LATEST_SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const current = schemaVersion(db);
  const pending: Migration[] = migrations.filter((m) => m.version > current && m.version <= target);
  for (const migration of pending) {
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      // Checked before commit, so a migration that breaks a reference never lands.
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`it would leave ${violations.length} broken references`);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.exclusive();
    } catch (error) {
      throw new AppError(
        'INTERNAL',
        `Upgrading the database to schema ${migration.version} (${migration.name}) failed and was rolled back: ${sqliteMessage(error)}`,
      );
    }
  }
  return schemaVersion(db);
}

export function closeDatabase(db: Db): void {
  if (db.open) db.close();
}
