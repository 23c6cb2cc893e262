/**
 * Backup settings live in the database's settings table, so they travel with the data:
 * the folder (absent: the host's default, `<userData>/backups` in the app, `<folder of the
 * database>/backups` elsewhere) and how many regular backups to keep.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import type { Db } from '../../../../db/store/open';
import { inTransaction } from '../../../../db/store/records';
import { DEFAULT_RETENTION } from './retention';

export interface BackupSettings {
  /** Chosen folder, or null for the default. */
  dir: string | null;
  keep: number;
}

const KEY_DIR = 'backup.dir';
const KEY_KEEP = 'backup.keep';

function readSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function getBackupSettings(db: Db): BackupSettings {
  const keep = Number(readSetting(db, KEY_KEEP));
  return {
    dir: readSetting(db, KEY_DIR) ?? null,
    keep: Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_RETENTION.keep,
  };
}

export function setBackupSettings(db: Db, change: { dir?: string | null; keep?: number }): BackupSettings {
  if (change.dir && !isAbsolute(change.dir))
    throw new AppError('VALIDATION', 'The backup folder must be a full path (such as /home/me/Backups).');
  if (change.keep !== undefined && (!Number.isInteger(change.keep) || change.keep < 1 || change.keep > 1000)) {
    throw new AppError('VALIDATION', 'Backups to keep must be a whole number from 1 to 1000.');
  }
  inTransaction(db, () => {
    const put = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    if (change.dir === null) db.prepare('DELETE FROM settings WHERE key = ?').run(KEY_DIR);
    else if (change.dir !== undefined) put.run(KEY_DIR, change.dir);
    if (change.keep !== undefined) put.run(KEY_KEEP, String(change.keep));
  });
  return getBackupSettings(db);
}

/** The folder to use: the setting, else the host's default, else beside the database. */
export function resolveBackupDir(db: Db, hostDefault: string | undefined, databaseFile: string): string {
  return getBackupSettings(db).dir ?? hostDefault ?? defaultBackupDir(databaseFile);
}

export function defaultBackupDir(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}
