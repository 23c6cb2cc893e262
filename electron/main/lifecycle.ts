/**
 * The app's life, in order: name and profile folder → app:// scheme privileges (before ready) →
 * single-instance lock → on ready: open the database (or explain and quit) → harden the session,
 * serve app://, register IPC, build the menu → open the window. Nothing here runs on import;
 * index.ts calls runApp(), tests call it with a fake `electron`.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { version as packageVersion } from '../../package.json';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../common/contract/events';
import { UploadStore } from '../node/services/attachments/uploads';
import type { DatabaseHost } from '../node/worker/host';
import { argValue, resolveDatabaseFile } from './database';
import { createHostServices } from './host';
import { openRegisterAtStartup } from './startup';
import { registerIpc, senderProblem, type SenderPolicy } from './ipc';
import { mainLanguage, registerLanguageChannel } from './language';
import { aboutText, buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, installAppProtocol, registerAppScheme } from './protocol';
import { appOrigins, guardAllWebContents, hardenSession, type GuardOptions } from './security';
import { createMainWindow, focusWindow } from './window';
import { fitToDisplays, readWindowState } from './window-state';

export interface RunOptions {
  argv?: readonly string[];
  env?: Readonly<Record<string, string | undefined>>;
  /** Folder of the built main script (out/main); preload and renderer are found next to it. */
  mainDir?: string;
  cwd?: string;
}

export interface AppRuntime {
  /** Settles once start-up has finished (window opened, or the error shown and the app quitting). */
  ready: Promise<void>;
  windows: ReadonlySet<BrowserWindow>;
  /** The database host once the register is open (its workers hold every connection; main holds none). */
  database: () => DatabaseHost | null;
}

const log = (message: string) => console.error(`[entente] ${message}`);

export function runApp(options: RunOptions = {}): AppRuntime {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const mainDir = options.mainDir ?? import.meta.dirname;
  const windows = new Set<BrowserWindow>();
  let database: DatabaseHost | null = null;
  const runtime: AppRuntime = { ready: Promise.resolve(), windows, database: () => database };

  // Launched as `electron out/main/index.js` Electron would call itself "Electron" and keep its data
  // under that name; pin both so dev, tests and the packaged app agree. --user-data-dir lets tests
  // (and a second profile) run beside an open Entente without tripping the single-instance lock.
  app.setName('Entente');
  const profileDir = argValue(argv, '--user-data-dir');
  app.setPath(
    'userData',
    profileDir ? path.resolve(options.cwd ?? process.cwd(), profileDir) : path.join(app.getPath('appData'), 'Entente'),
  );

  // Menus and native dialogs speak the window's language (main/language.ts); the system's until it says.
  const language = mainLanguage(app.getPath('userData'), app.getLocale(), log);
  const words = () => language.words();

  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    // Another Entente owns this profile; it receives 'second-instance' and comes to the front.
    app.quit();
    return runtime;
  }

  const devServerUrl = app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
  const allowedOrigins = appOrigins(devServerUrl);
  // A link that leaves the app opens in the system browser only after the person has seen the full address and agreed
  // (a register's text is not trusted: it may hold a look-alike address).
  const confirmExternal = async (url: string) => {
    const parent = appWindow();
    const w = words().dialog.openExternal;
    const box = {
      type: 'question' as const,
      title: 'Entente',
      message: w.message,
      detail: url,
      buttons: [w.open, w.cancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const { response } = parent ? await dialog.showMessageBox(parent, box) : await dialog.showMessageBox(box);
    if (response === 0) await shell.openExternal(url);
  };
  const guards: GuardOptions = { allowedOrigins, openExternal: (url) => confirmExternal(url) };
  guardAllWebContents(app, guards);

  const appWindow = (): BrowserWindow | undefined => {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && windows.has(focused)) return focused;
    return [...windows].find((w) => !w.isDestroyed());
  };

  const openWindow = () => {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const state = fitToDisplays(
      readWindowState(stateFile),
      screen.getAllDisplays().map((d) => d.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    return createMainWindow({
      preloadPath: path.join(mainDir, '../preload/index.cjs'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      state,
      guards,
      windows,
      stateFile,
      log,
      words,
    });
  };

  const showAbout = async () => {
    const info = database ? await database.call('app.info', {}) : null;
    const w = words().dialog;
    const unknown = w.about.unknown;
    const detail = aboutText(
      {
        app: packageVersion,
        electron: process.versions.electron ?? unknown,
        chromium: process.versions.chrome ?? unknown,
        node: process.versions.node,
        sqlite: info?.ok ? info.value.sqliteVersion : unknown,
        schema: info?.ok ? info.value.schemaVersion : 0,
      },
      words(),
    );
    const parent = appWindow();
    const box = { type: 'info' as const, title: w.about.title, message: 'Entente', detail, buttons: [w.ok] };
    void (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  };

  const start = async () => {
    const databaseFile = resolveDatabaseFile({
      argv,
      env,
      userDataDir: app.getPath('userData'),
      cwd: options.cwd ?? process.cwd(),
    });
    const uploads = new UploadStore();
    const opened = await openRegisterAtStartup({
      file: databaseFile,
      appVersion: packageVersion,
      workerScript: path.join(mainDir, 'worker.js'),
      // No backupDir: backups default to a folder next to the database file, so a database opened
      // with --db never shares (or restores from) another database's backups.
      hostServices: createHostServices({
        parentWindow: appWindow,
        defaultDir: () => app.getPath('documents'),
        uploads,
        words,
      }),
      words,
      // A restarted worker is also reported on the call it could not finish, so the window says so where it happened.
      onNotice: (notice) => log(notice.message),
    });
    if (!opened.ok) {
      dialog.showErrorBox(words().dialog.cannotOpen, opened.message);
      app.exit(1);
      return;
    }
    database = opened.host;

    hardenSession(session.defaultSession);
    installAppProtocol(session.defaultSession.protocol, path.join(mainDir, '../renderer'));
    const policy: SenderPolicy = {
      allowedOrigins,
      isAppContents: (contents) => [...windows].some((w) => !w.isDestroyed() && w.webContents === contents),
    };
    registerIpc(ipcMain, () => database, policy, undefined, uploads);
    registerLanguageChannel(ipcMain, language, (event) => senderProblem(event, policy) === null, log);
    const send = (command: MenuCommand) => appWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
    const installMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            isPackaged: app.isPackaged,
            platform: process.platform,
            send,
            showAbout: () => void showAbout(),
            words: words(),
          }),
        ),
      );
    installMenu();
    language.onChange(installMenu);
    openWindow();
    if (opened.notice)
      void dialog.showMessageBox({
        type: 'info',
        title: 'Entente',
        message: opened.notice,
        buttons: [words().dialog.ok],
      });
  };

  app.on('second-instance', () => {
    const win = appWindow();
    if (win) focusWindow(win);
  });
  app.on('activate', () => {
    if (database && windows.size === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    if (!database) return;
    if (!closing) {
      // Let a backup in progress finish and every worker close its connection, then quit again.
      event.preventDefault();
      const host = database;
      closing = host.close().finally(() => {
        database = null;
        app.quit();
      });
    }
  });

  runtime.ready = app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      log(`start-up failed: ${reason}`);
      dialog.showErrorBox(words().dialog.couldNotStart, reason);
      app.exit(1);
    });
  return runtime;
}
