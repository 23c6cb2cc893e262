/**
 * What the CLI does to a register FILE instead of through the door (dispatch), because there may be no register to
 * open:
 *  - `fileCheck`: the read-only file-level check (SQLite's quick_check or integrity_check, then references), which
 *    `check` runs before it opens anything, so a file that cannot even be opened, or is damaged, is only looked at;
 *  - `restoreFromFile`: `restore --from FILE` replaces a possibly damaged file with a backup named by its path.
 * Neither can be a contract channel. A HandlerContext holds an open Store, and a damaged file gives none. And the
 * contract names backups, never paths (`backups.restore` takes a name in the backup folder, so a window can never
 * point the app at an arbitrary file), while a person at a terminal names any file: a safety copy, a backup brought
 * from another machine. So this module, and no other CLI module, calls the backup and integrity services directly
 * (the cli row of .dependency-cruiser.mjs names it). Loaded only by `check` and `restore`, when they run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IntegrityCheckReport } from '../../common/contract/safety';
import { Store } from '../../../db/store';
import { defaultBackupDir, resolveBackupDir, restoreBackup } from '../services/backup';
import { checkDatabaseFile, moveAside } from '../services/integrity';
import { version } from '../../../package.json';

/** SQLite's checks on the file opened read-only (nothing about it changes by looking); `ok` when sound. */
export function fileCheck(file: string, deep: boolean): IntegrityCheckReport {
  const { unreachable: _unreachable, ...report } = checkDatabaseFile(file, { deep });
  return report;
}

export interface RestoreFromFile {
  restoredFrom: { name: string; takenAt: string; records: number };
  /** The register as it was, kept as a verified backup (restore it to undo); null when there was none to keep. */
  safetyCopy: string | null;
  /** Where a damaged register was moved, unchanged, before the restore. */
  movedAside: string | null;
}

/**
 * Replaces `file` with the verified backup at `from`. A damaged register is moved aside untouched (as the app does on
 * start); a healthy one is first kept as a verified safety copy in `dir` (default: the register's backup folder).
 * Throws the backup service's errors (NOT_FOUND, VALIDATION for a file that is not a sound backup…).
 */
export async function restoreFromFile(file: string, from: string, dir?: string): Promise<RestoreFromFile> {
  const target = resolve(file);
  let movedAside: string | null = null;
  if (existsSync(target) && checkDatabaseFile(target).damaged) movedAside = moveAside(target).movedTo;
  const store = existsSync(target) ? Store.open(target) : null;
  const backupDir = dir ? resolve(dir) : store ? resolveBackupDir(store, undefined, target) : defaultBackupDir(target);
  let result;
  try {
    result = await restoreBackup({
      store,
      databaseFile: target,
      backupPath: resolve(from),
      backupDir,
      appVersion: version,
    });
  } finally {
    store?.close();
  }
  result.store.close();
  return { restoredFrom: result.restoredFrom, safetyCopy: result.safetyCopy?.path ?? null, movedAside };
}
