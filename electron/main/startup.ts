/**
 * Opening the register at start-up with recovery: a damaged database is moved aside untouched
 * (services/integrity), the person is asked in a native dialog whether to restore the newest
 * verified backup (named by its date), start empty, or quit. Then backups run on a schedule.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import { AppError } from '../common/domain/errors';
import { Store } from '../../db/store';
import { startBackupScheduler, type BackupScheduler } from '../node/services/backup/schedule';
import { defaultBackupDir, resolveBackupDir } from '../node/services/backup/settings';
import type { DamagedDatabase } from '../node/services/integrity/recovery';
import { openAtStartup, type RecoveryChoice } from '../node/services/integrity/startup';
import type { HandlerContext } from '../node/handlers/context';

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

async function askAboutDamage(damaged: DamagedDatabase): Promise<RecoveryChoice> {
  const choices: { label: string; choice: RecoveryChoice }[] = [
    ...(damaged.newestBackup
      ? [{ label: `Restore backup from ${when(damaged.newestBackup.takenAt)}`, choice: 'restore' as const }]
      : []),
    { label: 'Start with an empty register', choice: 'start-empty' },
    { label: 'Quit', choice: 'quit' },
  ];
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Entente',
    message: 'The Entente database is damaged.',
    detail:
      `${damaged.problem}\n\nThe damaged file has been kept, untouched, at ${damaged.movedTo}.` +
      (damaged.newestBackup ? '' : '\n\nNo verified backup was found.'),
    buttons: choices.map((c) => c.label),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  return choices[response]?.choice ?? 'quit';
}

export type StartupResult = { ok: true; store: Store; notice: string | null } | { ok: false; message: string };

export async function openRegisterAtStartup(file: string, appVersion: string): Promise<StartupResult> {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const outcome = await openAtStartup(file, defaultBackupDir(file), askAboutDamage, { appVersion });
    return 'quit' in outcome
      ? { ok: false, message: outcome.message }
      : { ok: true, store: outcome.store, notice: outcome.notice };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Cannot open the database ${file}: ${reason}` };
  }
}

/** Backups after changes (debounced by the service's policy), into the configured folder. */
export function startBackups(
  context: () => HandlerContext,
  appVersion: string,
  log: (m: string) => void,
): BackupScheduler {
  return startBackupScheduler({
    getStore: () => context().store,
    backupDir: () => resolveBackupDir(context().store, context().backupDir, context().databaseFile),
    onError: (error) => log(`automatic backup failed: ${error.message}`),
    appVersion,
  });
}
