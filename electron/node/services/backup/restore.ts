/**
 * Restoring a backup, in an order where every step can fail safely:
 *   1. verify the chosen backup (integrity_check; row counts equal to its manifest's; a
 *      schema this version can open) — a damaged backup is refused before anything changes;
 *   2. take a safety copy of the current database: itself a verified backup, named
 *      `pre-restore-…`, so the restore can be undone by restoring it;
 *   3. close the connection; move any leftover -wal/-shm aside (never delete, never let an
 *      old WAL be replayed onto the restored file);
 *   4. copy the backup beside the database, flush it to disk, and rename it over the database
 *      (an atomic replace: the file is at any moment either the old or the new database);
 *   5. reopen (migrating a backup from an older version) and hand the new connection back —
 *      the host replaces its handler context's `store` with it.
 * If the database is missing (moved aside as damaged), steps 2–3 have nothing to do.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { otherProcessesWithRegisterOpen, Store } from '../../../../db/store';
import { createVerifiedBackup } from './backup';
import { listBackups, readManifest, type BackupInfo } from './files';
import { verifyBackupFile } from './verify';

export interface RestoreOptions {
  /** The open connection to the current database, or null when there is none (recovery). */
  store: Store | null;
  databaseFile: string;
  backupPath: string;
  /** Where the safety copy goes. */
  backupDir: string;
  now?: Date;
  appVersion?: string;
}

export interface RestoreResult {
  store: Store;
  restoredFrom: { name: string; takenAt: string; records: number };
  /** Restore this to undo the restore; null when there was no database to keep. */
  safetyCopy: BackupInfo | null;
}

function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function flushFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Folders cannot be opened for fsync on Windows; the rename is durable there anyway.
  }
}

/** Picks a name beside `path` that does not exist yet: nothing is ever overwritten. */
export function freeName(base: string): string {
  if (!existsSync(base)) return base;
  for (let i = 2; ; i++) if (!existsSync(`${base}-${i}`)) return `${base}-${i}`;
}

export function stampOf(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { databaseFile, backupPath } = options;
  const now = options.now ?? new Date();
  if (!existsSync(backupPath)) throw new AppError('NOT_FOUND', `There is no backup at ${backupPath}.`);
  const manifest = readManifest(backupPath);
  const verification = verifyBackupFile(backupPath, manifest?.tables);
  if (!verification.ok) {
    throw new AppError(
      'CONFLICT',
      `The backup ${basename(backupPath)} ${verification.problem}. Nothing was restored; your current data is unchanged.`,
    );
  }

  // A program that has the file open (even idle, without a lock) would go on with the old file after the swap, and
  // what it saved would be lost: refused while one does (Entente's own windows follow a restore; open-elsewhere.ts).
  const others = otherProcessesWithRegisterOpen(databaseFile);
  if (others.length > 0)
    throw new AppError(
      'BUSY',
      `Another program has this register open (${others.map((o) => `${o.name}, pid ${o.pid}`).join('; ')}): ` +
        'restoring now would replace the file under it, and what it saves afterwards would be lost. Nothing was ' +
        'restored; the register is unchanged. Close that program, then restore again.',
    );

  let safetyCopy: BackupInfo | null = null;
  if (options.store?.isOpen) {
    safetyCopy = await createVerifiedBackup(options.store, {
      dir: options.backupDir,
      reason: 'pre-restore',
      now,
      source: databaseFile,
      ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    });
    options.store.close();
  }

  for (const suffix of ['-wal', '-shm', '-journal']) {
    const leftover = `${databaseFile}${suffix}`;
    if (existsSync(leftover)) renameSync(leftover, freeName(`${leftover}.replaced-${stampOf(now)}`));
  }
  const incoming = freeName(join(dirname(databaseFile), `${basename(databaseFile)}.restoring`));
  try {
    copyFileSync(backupPath, incoming);
    flushToDisk(incoming);
    renameSync(incoming, databaseFile);
    flushFolder(dirname(databaseFile));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    // The rename is the last step, so the old file is still in place: the host reopens it (see reopenIfClosed).
    const message = `The backup could not be put in place (${reason}); ${existsSync(databaseFile) ? 'your current data is unchanged' : 'no database is open'}.`;
    throw new AppError(code === 'ENOSPC' ? 'DISK_FULL' : 'UNAVAILABLE', message);
  }
  const store = Store.open(databaseFile);
  return {
    store,
    restoredFrom: {
      name: basename(backupPath),
      // The manifest's time, else the time in a backup's name, else (a file copied by hand) when the file was written.
      takenAt:
        manifest?.takenAt ??
        listBackups(dirname(backupPath)).find((b) => b.path === backupPath)?.takenAt ??
        statSync(backupPath).mtime.toISOString(),
      records: verification.records,
    },
    safetyCopy,
  };
}
