#!/usr/bin/env node
// `npm start [-- --db FILE …]`: build with electron-vite, then launch the desktop app with Electron,
// passing every argument after `--` through to the app.
//
// Electron 45 fetches its binary on first launch. On machines that cannot reach the download host we print
// one clear message (no stack trace) and exit non-zero instead of letting electron's installer dump one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const appArgs = process.argv.slice(2);

/**
 * @param {string} message
 * @param {number} [code]
 * @returns {never}
 */
function fail(message, code = 1) {
  process.stderr.write(`\n${message.trim()}\n\n`);
  process.exit(code);
}

/** Path of the Electron executable inside an unpacked Electron distribution, as electron/install.js lays it out. */
function executableInDist() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * @param {string} reason
 * @param {string} version
 * @param {string} [headline]
 * @returns {never}
 */
function cannotGetElectron(
  reason,
  version,
  headline = `Electron ${version} is not installed and could not be downloaded.`,
) {
  const platform = `${process.platform}-${process.arch}`;
  const setVar = process.platform === 'win32' ? 'set ' : '';
  const join = process.platform === 'win32' ? ' && ' : ' ';
  fail(
    `Entente could not start: ${headline}
  Reason: ${reason}

  Fix it one of these ways, then run \`npm start\` again:
    • Use a local Electron ${version} build (an unzipped electron-v${version}-${platform}.zip):
        ${setVar}ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-v${version}-${platform}${join}npm start
    • Download from a mirror you can reach:
        ${setVar}ELECTRON_MIRROR=https://your-mirror.example/electron/${join}npm start

  Meanwhile, \`npm run preview\` serves the same UI in your browser.`,
  );
}

/**
 * Returns the Electron executable, downloading it once if needed; exits with a clear message on failure.
 * @returns {string}
 */
function resolveElectron() {
  /** @type {string} */
  let pkgDir;
  /** @type {string} */
  let version;
  try {
    const pkgJson = require.resolve('electron/package.json');
    pkgDir = path.dirname(pkgJson);
    version = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
  } catch {
    return fail(
      'Entente could not start: the `electron` package is not installed. Run `npm install` (or `npm ci`) first.',
    );
  }

  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = path.resolve(override, executableInDist());
    if (existsSync(exe)) return exe;
    return cannotGetElectron(
      `ELECTRON_OVERRIDE_DIST_PATH is set to "${override}", but ${exe} does not exist.`,
      version,
      `no Electron executable found in ELECTRON_OVERRIDE_DIST_PATH.`,
    );
  }

  const pathFile = path.join(pkgDir, 'path.txt');
  const installed = () => {
    if (!existsSync(pathFile)) return undefined;
    const exe = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : undefined;
  };

  const already = installed();
  if (already) return already;

  process.stdout.write(`Electron ${version} is not installed yet; downloading it (one time)…\n`);
  const result = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], {
    cwd: pkgDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  const exe = installed();
  if (result.status === 0 && exe) return exe;

  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const firstLine = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at ') && !l.startsWith('Downloading'));
  const reason =
    result.error?.message ??
    (result.signal ? `the download was stopped (${result.signal})` : undefined) ??
    firstLine ??
    `electron's installer exited with code ${result.status}`;
  const from =
    process.env.ELECTRON_MIRROR ??
    process.env.npm_config_electron_mirror ??
    'https://github.com/electron/electron/releases/download/';
  return cannotGetElectron(`downloading from ${from} failed: ${reason}`, version);
}

// 1. Build main, preload and renderer into out/.
const electronViteCli = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);
const build = spawnSync(process.execPath, [electronViteCli, 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.error) fail(`Entente could not start: electron-vite did not run (${build.error.message}).`);
if (build.status !== 0) fail('Entente could not start: the build failed (see the errors above).', build.status ?? 1);

// 2. Find (or fetch) Electron and launch the app from the repository root (package.json "main" → out/main).
const electron = resolveElectron();
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.', ...appArgs], { cwd: ROOT, stdio: 'inherit', env });
child.on('error', (err) => fail(`Entente could not start Electron (${electron}): ${err.message}`));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
