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
import type { HandlerContext } from '../node/handlers/context';
import { argValue, resolveDatabaseFile } from './database';
import { createHostServices } from './host';
import { openRegisterAtStartup, startBackups } from './startup';
import type { BackupScheduler } from '../node/services/backup/schedule';
import { registerIpc } from './ipc';
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
  context: () => HandlerContext | null;
}

const log = (message: string) => console.error(`[entente] ${message}`);

export function runApp(options: RunOptions = {}): AppRuntime {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const mainDir = options.mainDir ?? import.meta.dirname;
  const windows = new Set<BrowserWindow>();
  let ctx: HandlerContext | null = null;
  let scheduler: BackupScheduler | null = null;
  const runtime: AppRuntime = { ready: Promise.resolve(), windows, context: () => ctx };

  // Launched as `electron out/main/index.js` Electron would call itself "Electron" and keep its data
  // under that name; pin both so dev, tests and the packaged app agree. --user-data-dir lets tests
  // (and a second profile) run beside an open Entente without tripping the single-instance lock.
  app.setName('Entente');
  const profileDir = argValue(argv, '--user-data-dir');
  app.setPath(
    'userData',
    profileDir ? path.resolve(options.cwd ?? process.cwd(), profileDir) : path.join(app.getPath('appData'), 'Entente'),
  );

  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    // Another Entente owns this profile; it receives 'second-instance' and comes to the front.
    app.quit();
    return runtime;
  }

  const devServerUrl = app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
  const allowedOrigins = appOrigins(devServerUrl);
  const guards: GuardOptions = { allowedOrigins, openExternal: (url) => shell.openExternal(url) };
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
    });
  };

  const showAbout = () => {
    const store = ctx?.store;
    const detail = aboutText({
      app: packageVersion,
      electron: process.versions.electron ?? 'unknown',
      chromium: process.versions.chrome ?? 'unknown',
      node: process.versions.node,
      sqlite: store ? store.sqliteVersion() : 'unknown',
      schema: store ? store.schemaVersion() : 0,
    });
    const parent = appWindow();
    const box = { type: 'info' as const, title: 'About Entente', message: 'Entente', detail, buttons: ['OK'] };
    void (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  };

  const start = async () => {
    const databaseFile = resolveDatabaseFile({
      argv,
      env,
      userDataDir: app.getPath('userData'),
      cwd: options.cwd ?? process.cwd(),
    });
    const opened = await openRegisterAtStartup(databaseFile, packageVersion);
    if (!opened.ok) {
      dialog.showErrorBox('Entente cannot open its database', opened.message);
      app.exit(1);
      return;
    }
    ctx = {
      store: opened.store,
      databaseFile,
      // No backupDir: backups default to a folder next to the database file, so a database opened
      // with --db never shares (or restores from) another database's backups.
      transport: 'ipc',
      appVersion: packageVersion,
      host: createHostServices({ parentWindow: appWindow, defaultDir: () => app.getPath('documents') }),
    };

    hardenSession(session.defaultSession);
    installAppProtocol(session.defaultSession.protocol, path.join(mainDir, '../renderer'));
    registerIpc(ipcMain, () => ctx, {
      allowedOrigins,
      isAppContents: (contents) => [...windows].some((w) => !w.isDestroyed() && w.webContents === contents),
    });
    const send = (command: MenuCommand) => appWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform, send, showAbout }),
      ),
    );
    openWindow();
    scheduler = startBackups(() => ctx!, packageVersion, log);
    if (opened.notice)
      void dialog.showMessageBox({ type: 'info', title: 'Entente', message: opened.notice, buttons: ['OK'] });
  };

  app.on('second-instance', () => {
    const win = appWindow();
    if (win) focusWindow(win);
  });
  app.on('activate', () => {
    if (ctx && windows.size === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let backupsStopped = false;
  app.on('will-quit', (event) => {
    if (!ctx) return;
    if (scheduler && !backupsStopped) {
      // Let a backup in progress finish before the connection closes, then quit again.
      backupsStopped = true;
      event.preventDefault();
      void scheduler.stop().finally(() => app.quit());
      return;
    }
    ctx.store.close();
  });

  runtime.ready = app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      log(`start-up failed: ${reason}`);
      dialog.showErrorBox('Entente could not start', reason);
      app.exit(1);
    });
  return runtime;
}
