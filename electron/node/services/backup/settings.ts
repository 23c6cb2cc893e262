/**
 * Backup settings live in the database's settings table, so they travel with the data:
 * the folder (absent: the host's default, `<userData>/backups` in the app, `<folder of the
 * database>/backups` elsewhere) and how many regular backups to keep.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { Store } from '../../../../db/store';
import { DEFAULT_RETENTION } from './retention';

export interface BackupSettings {
  /** Chosen folder, or null for the default. */
  dir: string | null;
  keep: number;
}

const KEY_DIR = 'backup.dir';
const KEY_KEEP = 'backup.keep';

export function getBackupSettings(store: Store): BackupSettings {
  const keep = Number(store.setting(KEY_KEEP));
  return {
    dir: store.setting(KEY_DIR) ?? null,
    keep: Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_RETENTION.keep,
  };
}

export function setBackupSettings(store: Store, change: { dir?: string | null; keep?: number }): BackupSettings {
  if (change.dir && !isAbsolute(change.dir))
    throw new AppError('VALIDATION', 'The backup folder must be a full path (such as /home/me/Backups).');
  if (change.keep !== undefined && (!Number.isInteger(change.keep) || change.keep < 1 || change.keep > 1000)) {
    throw new AppError('VALIDATION', 'Backups to keep must be a whole number from 1 to 1000.');
  }
  store.putSettings({ [KEY_DIR]: change.dir, [KEY_KEEP]: change.keep === undefined ? undefined : String(change.keep) });
  return getBackupSettings(store);
}

/** The folder to use: the setting, else the host's default, else beside the database. */
export function resolveBackupDir(store: Store, hostDefault: string | undefined, databaseFile: string): string {
  return getBackupSettings(store).dir ?? hostDefault ?? defaultBackupDir(databaseFile);
}

export function defaultBackupDir(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}
