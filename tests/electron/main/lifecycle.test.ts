/**
 * runApp() as a whole, against the fake `electron`: which database it opens, what it does when the
 * database cannot be opened, the single-instance lock, and that the window it opens is wired up —
 * secure, served from app://, answering IPC from a real SQLite file.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../electron/common/contract/channels';
import { resolveDatabaseFile } from '../../../electron/main/database';
import { runApp, type RunOptions } from '../../../electron/main/lifecycle';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/security';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let base: string;
let mainDir: string;
let profile: string;

let workerScript: string;
beforeAll(async () => {
  workerScript = await workerBundle();
});

beforeEach(() => {
  fake.resetFakeElectron();
  base = tempDir();
  mainDir = path.join(base, 'out', 'main');
  mkdirSync(mainDir, { recursive: true });
  // The database worker main starts beside itself (out/main/worker.js in the built app).
  symlinkSync(workerScript, path.join(mainDir, 'worker.js'));
  mkdirSync(path.join(base, 'out', 'renderer'), { recursive: true });
  writeFileSync(path.join(base, 'out', 'renderer', 'index.html'), '<!doctype html><title>Entente UI</title>');
  profile = path.join(base, 'profile');
  fake.app.setPath('appData', path.join(base, 'appData'));
  fake.app.setPath('documents', path.join(base, 'documents'));
});

/** Quits the running fake app (closing its database) and starts a fresh fake process. */
function restart() {
  fake.app.emit('will-quit', fake.cancellable());
  fake.resetFakeElectron();
  fake.app.setPath('appData', path.join(base, 'appData'));
}

afterEach(() => void fake.app.emit('will-quit', fake.cancellable()));

async function start(options: RunOptions = {}) {
  const runtime = runApp({
    argv: ['electron', '.', '--user-data-dir', profile],
    env: {},
    mainDir,
    cwd: base,
    ...options,
  });
  await runtime.ready;
  return runtime;
}

describe('choosing the database', () => {
  const where = (argv: string[], env: Record<string, string> = {}) =>
    resolveDatabaseFile({ argv, env, userDataDir: '/home/u/.config/Entente', cwd: '/work' });

  it('prefers --db, then ENTENTE_DB, then userData/entente.sqlite', () => {
    expect(where(['electron', '.', '--db', 'a.sqlite'], { ENTENTE_DB: '/env.sqlite' })).toBe('/work/a.sqlite');
    expect(where(['electron', '.', '--db=/abs/b.sqlite'])).toBe('/abs/b.sqlite');
    expect(where(['electron', '.'], { ENTENTE_DB: '/env.sqlite' })).toBe('/env.sqlite');
    expect(where(['electron', '.'], { ENTENTE_DB: '  ' })).toBe('/home/u/.config/Entente/entente.sqlite');
    expect(where(['electron', '.', '--db'])).toBe('/home/u/.config/Entente/entente.sqlite');
  });
});

describe('start-up', () => {
  it('opens the database, serves app://, registers IPC and opens one secure window', async () => {
    const file = path.join(base, 'data', 'register.sqlite');
    const runtime = await start({ argv: ['electron', '.', '--db', file, '--user-data-dir', profile] });

    expect(fake.app.name).toBe('Entente');
    expect(fake.app.getPath('userData')).toBe(profile);
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    const win = fake.FakeBrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(base, 'out', 'preload', 'index.cjs'),
    });
    expect(win.loadedUrl).toBe('app://entente/index.html');
    expect(runtime.windows.has(win as never)).toBe(true);

    // The renderer folder next to out/main is what app:// serves.
    const page = await fake.session.defaultSession.protocol.handlers.get('app')!(new Request('app://entente/'));
    expect(await page.text()).toContain('Entente UI');

    // Permissions are denied on the session the window uses.
    let granted: boolean | undefined;
    fake.session.defaultSession.permissionRequestHandler!({}, 'media', (g: boolean) => (granted = g), {});
    expect(granted).toBe(false);

    // IPC: all channels, answering from the file given with --db.
    // Every contract channel, plus entente:upload (the bytes of files the person picked or dropped) and
    // entente:language (the window's language, for the menus and native dialogs).
    expect(fake.ipcMain.handlers.size).toBe(CHANNEL_NAMES.length + 2);
    expect(fake.ipcMain.handlers.has(`${IPC_PREFIX}upload`)).toBe(true);
    expect(fake.ipcMain.handlers.has(`${IPC_PREFIX}language`)).toBe(true);
    const bytes = (await fake.ipcMain.handlers.get(`${IPC_PREFIX}app.info`)!(
      fake.invokeEvent(win.webContents),
      {},
    )) as Uint8Array;
    const info = JSON.parse(new TextDecoder().decode(bytes)) as {
      ok: boolean;
      value: { databaseFile: string; isEmpty: boolean };
    };
    expect(info).toMatchObject({ ok: true, value: { databaseFile: file, isEmpty: true, transport: 'ipc' } });
    expect(runtime.database()?.databaseFile).toBe(file);

    expect(fake.Menu.applicationMenu).toBeDefined();
    expect(fake.dialog.errorBoxes).toEqual([]);
  });

  it('uses ENTENTE_DB, else entente.sqlite in the profile folder', async () => {
    const envFile = path.join(base, 'env.sqlite');
    expect((await start({ env: { ENTENTE_DB: envFile } })).database()?.databaseFile).toBe(envFile);
    restart();
    expect((await start()).database()?.databaseFile).toBe(path.join(profile, 'entente.sqlite'));
  });

  it('without --user-data-dir keeps its data in appData/Entente', async () => {
    const runtime = await start({ argv: ['electron', '.'] });
    expect(runtime.database()?.databaseFile).toBe(path.join(base, 'appData', 'Entente', 'entente.sqlite'));
  });

  it('explains a database from a newer Entente in a native dialog and quits without touching it', async () => {
    const file = path.join(base, 'newer.sqlite');
    const newer = new Database(file);
    newer.pragma('user_version = 999');
    newer.close();

    const runtime = await start({ argv: ['electron', '.', '--db', file, '--user-data-dir', profile] });

    expect(fake.dialog.errorBoxes).toHaveLength(1);
    expect(fake.dialog.errorBoxes[0]!.title).toBe('Entente cannot open its database');
    expect(fake.dialog.errorBoxes[0]!.content).toMatch(/newer version of Entente/);
    expect(fake.dialog.errorBoxes[0]!.content).not.toMatch(/\n\s+at /);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(runtime.database()).toBeNull();
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('a damaged file (not a database) is moved aside untouched, the person is asked, and an empty register opens', async () => {
    const file = path.join(base, 'notes.sqlite');
    const content = 'these are my notes, not a database'.repeat(50);
    writeFileSync(file, content);
    const runtime = await start({ argv: ['electron', '.', '--db', file, '--user-data-dir', profile] });
    const asked = fake.dialog.messageBoxes[0]!;
    expect(asked).toMatchObject({ type: 'warning', message: 'The Entente database is damaged.' });
    expect(asked.buttons).toEqual(['Start with an empty register', 'Quit']);
    const kept = readdirSync(base).find((f) => f.startsWith('notes.sqlite.damaged-'));
    expect(kept).toBeDefined();
    expect(readFileSync(path.join(base, kept!), 'utf8')).toBe(content);
    expect(runtime.database()).not.toBeNull();
    expect(fake.app.exitCode).toBeUndefined();
  });
});

describe('single instance', () => {
  it('a second launch quits at once and opens nothing', async () => {
    fake.app.lockAvailable = false;
    await start();
    expect(fake.app.quitCount).toBe(1);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('the first instance comes to the front when a second one starts', async () => {
    await start();
    const win = fake.FakeBrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', fake.cancellable(), ['electron', '.'], base);
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focusCount).toBe(1);
  });
});

describe('development and shutdown', () => {
  it('loads the electron-vite dev server when not packaged, never when packaged', async () => {
    await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(fake.FakeBrowserWindow.instances[0]!.loadedUrl).toBe('http://localhost:5173');

    restart();
    fake.app.isPackaged = true;
    await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(fake.FakeBrowserWindow.instances[0]!.loadedUrl).toBe('app://entente/index.html');
  });

  it('remembers the window on close and closes the database on quit', async () => {
    const runtime = await start();
    const win = fake.FakeBrowserWindow.instances[0]!;
    win.close();
    expect(runtime.windows.size).toBe(0);
    expect(readJson(path.join(profile, 'window-state.json'))).toMatchObject({ width: 1000, height: 700 });
    const host = runtime.database()!;
    const quitsBefore = fake.app.quitCount;
    const first = fake.cancellable();
    fake.app.emit('will-quit', first);
    // The first will-quit waits for the database host (a running backup, every worker's connection), then quits again.
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quitCount).toBe(quitsBefore + 1), { timeout: 30_000 });
    expect(runtime.database()).toBeNull();
    expect(await host.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('reopens at a remembered on-screen position, centred when it was off-screen', async () => {
    mkdirSync(profile, { recursive: true });
    writeFileSync(
      path.join(profile, 'window-state.json'),
      JSON.stringify({ width: 1100, height: 750, x: 40, y: 30, maximized: false }),
    );
    await start();
    expect(fake.FakeBrowserWindow.instances[0]!.options).toMatchObject({ width: 1100, height: 750, x: 40, y: 30 });

    restart();
    writeFileSync(
      path.join(profile, 'window-state.json'),
      JSON.stringify({ width: 1100, height: 750, x: 9000, y: 30, maximized: false }),
    );
    await start();
    const options = fake.FakeBrowserWindow.instances[0]!.options;
    expect(options).toMatchObject({ width: 1100, height: 750, center: true });
    expect(options).not.toHaveProperty('x');
  });
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
