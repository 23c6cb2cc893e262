/**
 * Opening the register at start-up: the database host starts its workers, and the writer opens the file through the
 * recovery flow — a damaged database is moved aside untouched (services/integrity) and the person is asked here, in
 * a native dialog, whether to restore the newest verified backup (named by its date), start empty, or quit.
 * Automatic backups run in the host's jobs worker.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import { AppError } from '../common/domain/errors';
import { fill } from '../common/domain/words/fill';
import { NATIVE_WORDS, type NativeWords } from '../common/domain/words/native';
import type { HostServices } from '../node/handlers/context';
import { defaultBackupDir } from '../node/services/backup/settings';
import type { DamagedDatabase } from '../node/services/integrity/recovery';
import type { RecoveryChoice } from '../node/services/integrity/startup';
import { DatabaseHost, type HostNotice } from '../node/worker/host';

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/** The start-up question about a damaged register, in `words`' language (the problem itself stays as the worker put it). */
export async function askAboutDamage(
  damaged: DamagedDatabase,
  words: NativeWords = NATIVE_WORDS.en,
): Promise<RecoveryChoice> {
  const w = words.dialog.damage;
  const choices: { label: string; choice: RecoveryChoice }[] = [
    ...(damaged.newestBackup
      ? [{ label: fill(w.restore, { when: when(damaged.newestBackup.takenAt) }), choice: 'restore' as const }]
      : []),
    { label: w.startEmpty, choice: 'start-empty' },
    { label: w.quit, choice: 'quit' },
  ];
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Entente',
    message: w.message,
    detail:
      `${damaged.problem}\n\n${fill(w.kept, { path: damaged.movedTo })}` +
      (damaged.newestBackup ? '' : `\n\n${w.noBackup}`),
    buttons: choices.map((c) => c.label),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  return choices[response]?.choice ?? 'quit';
}

export type StartupResult = { ok: true; host: DatabaseHost; notice: string | null } | { ok: false; message: string };

export interface StartupOptions {
  file: string;
  appVersion: string;
  /** out/main/worker.js: the database worker built beside main. */
  workerScript: string;
  hostServices: HostServices;
  onNotice: (notice: HostNotice) => void;
  /** The dialogs' words in the chosen language; English when not given. */
  words?: () => NativeWords;
}

/** Starts the database host on `file` with recovery and automatic backups; never throws (a message instead). */
export async function openRegisterAtStartup(options: StartupOptions): Promise<StartupResult> {
  const { file } = options;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const host = await DatabaseHost.start({
      workerScript: options.workerScript,
      databaseFile: file,
      transport: 'ipc',
      appVersion: options.appVersion,
      hostServices: { ...options.hostServices, askAboutDamage: (d) => askAboutDamage(d, options.words?.()) },
      backups: true,
      recovery: { backupDir: defaultBackupDir(file) },
      owner: 'desktop',
      onNotice: options.onNotice,
    });
    return { ok: true, host, notice: host.startupNotice };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Cannot open the database ${file}: ${reason}` };
  }
}
