/**
 * The whole start-up flow for a host (Electron main), so its part is one call and one dialog:
 * check → open, or (damaged) move aside → ask the person → restore the offered backup, start
 * with an empty register, or quit. The damaged file is never touched again whatever they choose.
 */
import { Store, type OpenOptions } from '../../../../db/store';
import { restoreBackup } from '../backup/restore';
import { openWithRecovery, type DamagedDatabase } from './recovery';

export type RecoveryChoice = 'restore' | 'start-empty' | 'quit';

export type StartupOutcome =
  | { store: Store; /** Something the person should be told once the window is up, or null. */ notice: string | null }
  | { quit: true; message: string };

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

export async function openAtStartup(
  file: string,
  backupDir: string,
  ask: (damaged: DamagedDatabase) => Promise<RecoveryChoice>,
  options: { now?: Date; appVersion?: string; open?: OpenOptions } = {},
): Promise<StartupOutcome> {
  const outcome = openWithRecovery(file, backupDir, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.open ? { open: options.open } : {}),
  });
  if ('store' in outcome) {
    return {
      store: outcome.store,
      notice: outcome.readOnly
        ? `The database ${file} is read-only: you can read the register, but changes cannot be saved.`
        : null,
    };
  }
  const { damaged } = outcome;
  const choice = await ask(damaged);
  if (choice === 'restore' && damaged.newestBackup) {
    const restored = await restoreBackup({
      store: null,
      databaseFile: file,
      backupPath: damaged.newestBackup.path,
      backupDir,
      ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    });
    return {
      store: restored.store,
      notice: `Restored ${restored.restoredFrom.records} records from the backup taken ${when(damaged.newestBackup.takenAt)}. The damaged file is kept at ${damaged.movedTo}.`,
    };
  }
  if (choice === 'start-empty' || (choice === 'restore' && !damaged.newestBackup)) {
    return {
      store: Store.open(file, options.open ?? {}),
      notice: `Started with an empty register. The damaged file is kept at ${damaged.movedTo}.`,
    };
  }
  return {
    quit: true,
    message: `${damaged.problem} Entente was closed; the damaged file is kept at ${damaged.movedTo}.`,
  };
}
