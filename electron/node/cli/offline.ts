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
 * (the cli row of .dependency-cruiser.mjs names it). It also holds `damageBeforeReading`, the file check register.ts
 * runs before a command reads or changes a register. Loaded only when a command opens a register.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/domain/errors';
import type { IntegrityCheckReport } from '../../common/contract/safety';
import { claimRegister, Store } from '../../../db/store';
import { defaultBackupDir, resolveBackupDir, restoreBackup } from '../services/backup';
import { checkDatabaseFile, moveAside } from '../services/integrity';
import { version } from '../../../package.json';

/** SQLite's checks on the file opened read-only (nothing about it changes by looking); `ok` when sound. */
export function fileCheck(file: string, deep: boolean): IntegrityCheckReport {
  const { unreachable: _unreachable, ...report } = checkDatabaseFile(file, { deep });
  return report;
}

/**
 * Registers up to this size are checked (SQLite's quick_check) before a read-only command answers from them. The check
 * reads the whole file: about 7 ms per MB here (a 400 MB register of 120,000 records took 2.7–3.3 s), so larger
 * registers get only the header's check before a read, and `list` / `show` keep their quick start (issue 19).
 */
const READ_CHECK_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A file cut short (a copy that stopped, a full disk): SQLite's header names more pages than the file has. Only
 * when no -wal is beside it (pages of a file in WAL mode can live in the -wal until a checkpoint) and the header's
 * page count is current (https://sqlite.org/fileformat2.html#in_header_database_size).
 */
function truncation(file: string): string | null {
  try {
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return null;
    const header = Buffer.alloc(100);
    const fd = openSync(file, 'r');
    try {
      if (readSync(fd, header, 0, 100, 0) < 100) return null;
    } finally {
      closeSync(fd);
    }
    if (header.toString('latin1', 0, 15) !== 'SQLite format 3') return null;
    if (header.readUInt32BE(24) !== header.readUInt32BE(92)) return null;
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    const expected = header.readUInt32BE(28) * pageSize;
    const size = statSync(file).size;
    return size < expected ? `the file is cut short: ${size} bytes of ${expected}` : null;
  } catch {
    return null;
  }
}

/**
 * Why the register at `file` is damaged, in words, or null when no damage was found: the header's check always;
 * SQLite's quick_check and the references too when the file is small enough to read quickly, or `always`. A busy
 * register (another program's lock) or a -wal that does not belong is not damage (opening says those).
 */
export function damageBeforeReading(file: string, options: { always?: boolean } = {}): string | null {
  const cut = truncation(file);
  if (cut) return cut;
  if (!options.always && statSync(file).size > READ_CHECK_MAX_BYTES) return null;
  const report = checkDatabaseFile(file);
  return report.damaged ? (report.problem ?? 'it failed its integrity check') : null;
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
 * Throws the backup service's errors (NOT_FOUND, VALIDATION for a file that is not a sound backup…), and BUSY —
 * nothing touched — when another Entente owns the register (its claim, db/store/owner.ts: a save it made after the
 * swap would be lost in the renamed -wal) or another program holds its write lock.
 */
export async function restoreFromFile(file: string, from: string, dir?: string): Promise<RestoreFromFile> {
  const target = resolve(file);
  // Held until the restored register is closed again: no other Entente opens it for writing meanwhile.
  const claim = claimRegister(target, 'cli');
  try {
    let movedAside: string | null = null;
    if (existsSync(target) && checkDatabaseFile(target).damaged) movedAside = moveAside(target).movedTo;
    const store = existsSync(target) ? Store.open(target, { busyTimeoutMs: 2_000 }) : null;
    if (store?.writeLockHeldElsewhere()) {
      store.close();
      throw new AppError(
        'BUSY',
        'The register is busy in another program (it holds the register’s lock): nothing was restored and the ' +
          'register was not changed. Try again when that program has finished.',
      );
    }
    const backupDir = dir
      ? resolve(dir)
      : store
        ? resolveBackupDir(store, undefined, target)
        : defaultBackupDir(target);
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
  } finally {
    claim.release();
  }
}
