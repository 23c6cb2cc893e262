/**
 * Taking a backup: SQLite's online backup API (better-sqlite3 `db.backup`) copies the live
 * database page by page without blocking the app, into `<name>.partial`. The copy is turned
 * into a standalone file (rollback journal), verified — integrity_check and the row count of
 * every table equal to the source's at that moment — and only then renamed to its final name,
 * given its manifest, and allowed to rotate older backups out. A write that slips in while
 * the copy finishes makes the counts differ; the backup is then simply taken again.
 */
import { existsSync, mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { damageWords, Store } from '../../../../db/store';
import {
  backupName,
  listBackups,
  writeManifest,
  type BackupInfo,
  type BackupManifest,
  type BackupReason,
} from './files';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './retention';
import { verifyBackupFile } from './verify';

export interface BackupOptions {
  dir: string;
  reason?: BackupReason;
  now?: Date;
  appVersion?: string;
  /** Source file name recorded in the manifest. */
  source?: string;
  retention?: RetentionPolicy;
  /**
   * False: keep every older backup (a read-only window, or a process that does not own the register, must never
   * delete backups). Default true.
   */
  rotate?: boolean;
}

const ATTEMPTS = 3;

function removeQuietly(path: string): void {
  rmSync(path, { force: true });
}

/**
 * One copy: a consistent snapshot of the register (VACUUM INTO — one read transaction, so writers go on meanwhile
 * and a busy writer can never make it start over), made standalone. Returns the newest audit id committed before the
 * copy began: the copy must hold at least that change.
 */
async function copyOnce(store: Store, partial: string): Promise<{ auditMaxIdBefore: number }> {
  removeQuietly(partial);
  const auditMaxIdBefore = store.auditMaxId();
  await store.backupTo(partial);
  Store.makeStandalone(partial);
  return { auditMaxIdBefore };
}

export async function createVerifiedBackup(store: Store, options: BackupOptions): Promise<BackupInfo> {
  const reason = options.reason ?? 'manual';
  const at = options.now ?? new Date();
  try {
    mkdirSync(options.dir, { recursive: true });
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `Cannot create the backup folder ${options.dir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // The register whose backup this is: its stem goes into the name, and only its own backups rotate.
  const register = options.source ?? store.file;
  const kind = reason === 'pre-restore' ? 'pre-restore' : 'regular';
  // Never overwrite: two backups within one millisecond get distinct names.
  let stamp = at;
  while (existsSync(join(options.dir, backupName(kind, stamp, register)))) stamp = new Date(stamp.getTime() + 1);
  const name = backupName(kind, stamp, register);
  const path = join(options.dir, name);
  const partial = `${path}.partial`;
  let lastProblem = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let source: { auditMaxIdBefore: number };
    try {
      source = await copyOnce(store, partial);
    } catch (error) {
      removeQuietly(partial);
      const code = (error as { code?: string }).code ?? '';
      const reasonText = error instanceof Error ? error.message : String(error);
      // The register's own damage is not the backup folder's fault: said as damage, in words (issue 15).
      if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
        throw new AppError(
          'DAMAGED',
          `No backup was taken: the register is damaged (${damageWords(register, store.damagedTables())}), so a copy ` +
            `would carry the damage. Nothing was written to ${options.dir}; older backups were kept. Run Data & ` +
            'backups ▸ Check, and restore the newest good backup.',
        );
      if (code === 'SQLITE_FULL' || /ENOSPC/.test(reasonText))
        throw new AppError(
          'DISK_FULL',
          `The backup could not be written: the disk holding ${options.dir} is full. Older backups were kept.`,
        );
      throw new AppError(
        'UNAVAILABLE',
        `The backup could not be written to ${options.dir}: ${reasonText}. Older backups were kept.`,
      );
    }
    const verification = verifyBackupFile(partial);
    if (!verification.ok || verification.auditMaxId < source.auditMaxIdBefore) {
      lastProblem = verification.problem ?? 'is missing changes made before it was taken';
      removeQuietly(partial);
      continue;
    }
    renameSync(partial, path);
    const manifest: BackupManifest = {
      format: 'entente-backup',
      version: 1,
      takenAt: stamp.toISOString(),
      reason,
      source: register,
      schemaVersion: store.schemaVersion(),
      auditMaxId: verification.auditMaxId,
      tables: verification.tables,
      records: verification.records,
      verifiedAt: new Date().toISOString(),
      appVersion: options.appVersion ?? 'unknown',
    };
    writeManifest(path, manifest);
    if (options.rotate !== false) rotateBackups(options.dir, options.retention, register);
    const info = listBackups(options.dir, register).find((b) => b.name === name);
    if (!info) throw new AppError('INTERNAL', `The backup ${name} vanished right after it was written.`);
    return info;
  }
  throw new AppError(
    'INTERNAL',
    `The backup could not be verified (the copy ${lastProblem}). Older backups were kept.`,
  );
}

/**
 * Deletes `register`'s verified backups the retention policy does not keep; returns their names. Other registers'
 * backups in the same folder are never looked at (see listBackups).
 */
export function rotateBackups(dir: string, policy: RetentionPolicy = DEFAULT_RETENTION, register?: string): string[] {
  const backups = listBackups(dir, register);
  const keep = backupsToKeep(
    backups.map((b) => ({ name: b.name, takenAt: b.takenAt, kind: b.kind, verified: b.manifest !== null })),
    policy,
  );
  const removed: string[] = [];
  for (const b of backups) {
    if (keep.has(b.name)) continue;
    try {
      unlinkSync(b.path);
      removeQuietly(`${b.path}.json`);
      removed.push(b.name);
    } catch {
      // A backup that cannot be deleted now is simply kept until the next rotation.
    }
  }
  return removed;
}
