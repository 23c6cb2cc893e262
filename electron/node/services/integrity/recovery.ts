/**
 * Opening with recovery: what Electron main calls at start instead of openDatabase.
 *
 * The file is checked read-only first. If it is damaged, it is moved aside UNTOUCHED —
 * renamed `entente.sqlite.damaged-<UTC time>` together with its -wal and -shm (the WAL may
 * hold the newest commits; a specialist may want all three) — so nothing is overwritten and
 * the app can start clean. The newest backup that passes verification is offered; the host
 * tells the person plainly and, if they accept, calls restoreBackup({ store: null, … }).
 * A database from a newer Entente is not damage: openDatabase refuses it, untouched.
 */
import { existsSync, renameSync } from 'node:fs';
import { AppError } from '../../../common/domain/errors';
import { Store, type OpenOptions } from '../../../../db/store';
import { listBackups, readManifest } from '../backup/files';
import { freeName, stampOf } from '../backup/restore';
import { verifyBackupFile } from '../backup/verify';
import { checkDatabaseFile, checkSearchTables, type CheckResult, type IntegrityReport } from './check';

export interface OfferedBackup {
  path: string;
  name: string;
  takenAt: string;
  records: number;
}

export interface DamagedDatabase {
  /** Where the damaged file now is (its -wal/-shm beside it with the same suffix). */
  movedTo: string;
  movedFiles: string[];
  /** One sentence for a person. */
  problem: string;
  report: IntegrityReport;
  newestBackup: OfferedBackup | null;
}

export type RecoveryOutcome =
  { store: Store; report: IntegrityReport | null; readOnly?: boolean } | { damaged: DamagedDatabase };

function isReadOnlyFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return code === 'READ_ONLY' || code.startsWith('SQLITE_READONLY');
}

/** Renames the database and its companions aside; returns the new names. */
export function moveAside(file: string, now: Date = new Date()): { movedTo: string; movedFiles: string[] } {
  const movedTo = freeName(`${file}.damaged-${stampOf(now)}`);
  const movedFiles: string[] = [];
  // The WAL and shared-memory files first, so the main file is never left with someone else's WAL.
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(`${file}${suffix}`)) {
      renameSync(`${file}${suffix}`, `${movedTo}${suffix}`);
      movedFiles.push(`${movedTo}${suffix}`);
    }
  }
  renameSync(file, movedTo);
  movedFiles.unshift(movedTo);
  return { movedTo, movedFiles };
}

/** The newest of `register`'s backups in the folder that verifies now (regular ones first, then safety copies). */
export function newestVerifiedBackup(backupDir: string, register?: string): OfferedBackup | null {
  const backups = listBackups(backupDir, register);
  const ordered = [...backups.filter((b) => b.kind === 'regular'), ...backups.filter((b) => b.kind === 'pre-restore')];
  for (const backup of ordered) {
    const verification = verifyBackupFile(backup.path, readManifest(backup.path)?.tables);
    if (verification.ok)
      return { path: backup.path, name: backup.name, takenAt: backup.takenAt, records: verification.records };
  }
  return null;
}

/**
 * Opens `file` for the app's start: checked read-only first; a damaged file is moved aside untouched and the newest
 * verified backup is offered. `open` is passed to Store.open (the app defers a search index rebuild to the
 * background). Throws READ_ONLY for a file that cannot be reached, NEWER_SCHEMA for a newer one.
 */
function deferredSearchCheck(store: Store): CheckResult {
  const problems = store.searchIndexProblems;
  return problems.length === 0
    ? { name: 'search_index', ok: true, detail: 'ok' }
    : { name: 'search_index', ok: true, detail: `${problems.join(' ')} It is rebuilt in the background.` };
}

export function openWithRecovery(
  file: string,
  backupDir: string,
  options: { now?: Date; open?: OpenOptions } = {},
): RecoveryOutcome {
  if (!existsSync(file)) return { store: Store.open(file, options.open ?? {}), report: null };
  const report = checkDatabaseFile(file);
  if (report.unreachable) {
    throw new AppError(
      'READ_ONLY',
      `Entente cannot open ${file}: ${report.problem}. Nothing was changed. Make the file and its folder writable (or copy the file somewhere writable and open that).`,
    );
  }
  if (!report.damaged) {
    try {
      const store = Store.open(file, options.open ?? {});
      // A broken search index is not data loss: it is rebuilt from the records (now, or in the background), and reported.
      report.checks.push(
        options.open?.searchIndex === 'defer' ? deferredSearchCheck(store) : checkSearchTables(store, { repair: true }),
      );
      return { store, report };
    } catch (error) {
      // A file that cannot be written opens read-only: the register can still be read, and every write says why it cannot be saved.
      if (isReadOnlyFailure(error)) {
        const store = Store.open(file, { readonly: true });
        report.checks.push({ name: 'open', ok: true, detail: 'opened read-only: the file cannot be written' });
        return { store, report, readOnly: true };
      }
      // A file SQLite cannot read as a database at all is damage too; a newer schema is not.
      if (!(error instanceof AppError) || (error.code !== 'NOT_A_DATABASE' && error.code !== 'DAMAGED')) throw error;
      report.ok = false;
      report.damaged = true;
      report.problem = error.message;
    }
  }
  const { movedTo, movedFiles } = moveAside(file, options.now);
  const newestBackup = newestVerifiedBackup(backupDir, file);
  const problem =
    `The database ${file} is damaged: ${report.problem ?? 'it failed its integrity check'}. ` +
    `It was moved aside, unchanged, to ${movedTo}. ` +
    (newestBackup
      ? `The newest good backup is from ${newestBackup.takenAt.replace('T', ' ').slice(0, 16)} UTC (${newestBackup.records} records): restore it to go on.`
      : 'No good backup was found; Entente can start with an empty register.');
  return { damaged: { movedTo, movedFiles, problem, report, newestBackup } };
}
