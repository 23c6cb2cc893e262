/**
 * The packaged app contains out/main/index.js plus production dependencies — nothing else. This builds the
 * main bundle with the real electron.vite.config.ts and checks that it can start there: every package it
 * still imports at run time is a production dependency (or Node / electron), and evaluating it in Node
 * (with a stand-in `electron`) gets all the way to runApp() without a missing module. A devDependency
 * bundled or imported by main would otherwise only show up as an app that does not open.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePagePdf, runExtractThread, THREAD_CHECK_WORDS } from '../../support/thread-check';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// Inside the repo so the bundle's bare imports resolve from node_modules, as they do from out/main.
const OUT = path.join(ROOT, 'node_modules', '.cache', `entente-main-bundle-${process.pid}`);
const BUNDLE = path.join(OUT, 'index.js');

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const PRODUCTION = new Set(Object.keys(packageJson.dependencies));
const BUILTINS = new Set(builtinModules);

beforeAll(async () => {
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const resolved = await resolveConfig(
    { configFile: path.join(ROOT, 'electron.vite.config.ts'), logLevel: 'silent' },
    'build',
    'production',
  );
  const main = resolved.config?.main;
  if (!main) throw new Error('electron.vite.config.ts has no main build');
  await build({ ...main, logLevel: 'silent', build: { ...main.build, outDir: OUT, emptyOutDir: true, minify: false } });
}, 120_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('the desktop main bundle', () => {
  it('imports at run time only production dependencies, Node and electron', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const specifiers = new Set<string>();
    for (const match of code.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm))
      specifiers.add(match[1]!);
    for (const match of code.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)) specifiers.add(match[1]!);
    const outside = [...specifiers]
      .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !BUILTINS.has(s) && s !== 'electron')
      .map(packageOf)
      .filter((p) => !PRODUCTION.has(p));
    expect(outside).toEqual([]);
    expect(code).not.toMatch(/node_modules\/playwright-core\//);
  });

  it('loads completely, up to starting the app', () => {
    const stub = path.join(OUT, 'stub-electron.mjs');
    const loader = path.join(OUT, 'load.mjs');
    writeFileSync(
      stub,
      `const started = new Proxy({}, { get() { throw new Error('ENTENTE_REACHED_RUNAPP'); } });
export const app = started, BrowserWindow = started, dialog = started, ipcMain = started, Menu = started,
  protocol = started, screen = started, session = started, shell = started, contextBridge = started, ipcRenderer = started;
export default {};\n`,
    );
    writeFileSync(
      loader,
      `import { registerHooks } from 'node:module';
registerHooks({ resolve: (spec, ctx, next) => spec === 'electron' ? { url: ${JSON.stringify(`file://${stub}`)}, shortCircuit: true } : next(spec, ctx) });
try { await import(${JSON.stringify(`file://${BUNDLE}`)}); console.log('finished without starting'); }
catch (error) { console.log(String(error?.message ?? error).split('\\n')[0]); }\n`,
    );
    mkdirSync(OUT, { recursive: true });
    const run = spawnSync(process.execPath, [loader], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '' },
    });
    expect(run.stdout.trim()).toBe('ENTENTE_REACHED_RUNAPP');
  }, 60_000);

  it('carries the text extraction thread beside the code that starts it, and the thread reads a PDF', async () => {
    // extract.ts looks for extract-thread.js beside its own module (new URL('./extract-thread.js', import.meta.url)).
    const starters = (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.js') && readFileSync(path.join(OUT, f), 'utf8').includes('./extract-thread.js'))
      .map((f) => path.join(OUT, f));
    expect(starters.length).toBeGreaterThan(0);
    for (const starter of starters)
      expect(existsSync(path.join(path.dirname(starter), 'extract-thread.js'))).toBe(true);
    const result = await runExtractThread(path.join(OUT, 'extract-thread.js'), await onePagePdf());
    expect(result.state).toBe('text');
    expect(result.pages[0]!.text).toContain(THREAD_CHECK_WORDS);
  }, 60_000);
});
