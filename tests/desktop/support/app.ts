/**
 * Launching the real desktop app for `npm run test:electron`: Playwright's `_electron` starts the
 * Electron binary on the built out/main/index.js with a temp database and a temp profile folder.
 * Without an Electron binary (npm ci with ELECTRON_SKIP_BINARY_DOWNLOAD, or no network) every test
 * FAILS with instructions — it never skips, so a green run always means the app really ran.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const MAIN_SCRIPT = path.join(ROOT, 'out', 'main', 'index.js');

function executableInDist(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

function electronVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '45';
  }
}

/** Where the Electron binary is, or why there is none — without ever triggering a download. */
export function findElectron(): { ok: true; path: string } | { ok: false; message: string } {
  const version = electronVersion();
  const target = `electron-v${version}-${process.platform}-${process.arch}`;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = path.resolve(override, executableInDist());
    if (existsSync(exe)) return { ok: true, path: exe };
    return {
      ok: false,
      message: `ELECTRON_OVERRIDE_DIST_PATH is set to "${override}", but ${exe} does not exist. Point it at an unzipped ${target}.zip.`,
    };
  }
  const pkgDir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (existsSync(pathFile)) {
    const exe = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(exe)) return { ok: true, path: exe };
  }
  return {
    ok: false,
    message: [
      `The real-Electron tests need the Electron ${version} binary, and it is not installed`,
      `(node_modules/electron/dist is missing: npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not download it).`,
      `Install it one of these ways, then run \`npm run test:electron\` again:`,
      `  • node node_modules/electron/install.js          (downloads from GitHub; set ELECTRON_MIRROR=https://your-mirror/electron/ to use a mirror)`,
      `  • ELECTRON_OVERRIDE_DIST_PATH=/path/to/${target} npm run test:electron   (an unzipped ${target}.zip)`,
      `On Linux without a display, run it under a virtual one: xvfb-run -a npm run test:electron`,
      `(The main-process security tests in tests/electron/main run in \`npm test\` without Electron.)`,
    ].join('\n'),
  };
}

/** Fails (never skips) when the app cannot be launched here; the message says how to fix that. */
export function requireLaunchable(): string {
  const electron = findElectron();
  if (!electron.ok) throw new Error(electron.message);
  if (!existsSync(MAIN_SCRIPT))
    throw new Error(
      `${MAIN_SCRIPT} does not exist. Build first: npm run build (npm run test:electron does it for you).`,
    );
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(
      'Electron needs a display and none is set (DISPLAY / WAYLAND_DISPLAY). Run: xvfb-run -a npm run test:electron',
    );
  }
  return electron.path;
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  dbFile: string;
  profileDir: string;
  /** Uncaught page errors and console errors seen so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchApp(options: { dbFile?: string } = {}): Promise<RunningApp> {
  const executablePath = requireLaunchable();
  const work = mkdtempSync(path.join(tmpdir(), 'entente-electron-'));
  const dbFile = options.dbFile ?? path.join(work, 'entente.sqlite');
  const profileDir = path.join(work, 'profile');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // A leftover ELECTRON_RUN_AS_NODE would start plain Node; a dev-server URL would bypass app://.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ENTENTE_DB;
  // Chromium refuses to run its OS sandbox as root (CI containers); the page sandbox (sandbox: true) stays on.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [MAIN_SCRIPT, '--db', dbFile, '--user-data-dir', profileDir, ...rootOnly],
    cwd: ROOT,
    env,
    timeout: 60_000,
  });
  const page = await app.firstWindow({ timeout: 60_000 });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.waitForLoadState('domcontentloaded');
  // As in the browser tests: the app honours reduced motion, so every screen checked is a settled one.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return {
    app,
    page,
    dbFile,
    profileDir,
    pageErrors,
    async close() {
      await app.close().catch(() => undefined);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
