/**
 * Builds the renderer for the preview with the SAME Vite settings as the desktop build (the `renderer`
 * section of electron.vite.config.ts), into .cache/preview-renderer. A build goes to a fresh folder that is
 * renamed into place when complete, so a server never serves a half-written bundle and parallel test files
 * that all ask for a build do not trip over each other.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const PREVIEW_RENDERER_DIR = join(REPO_ROOT, '.cache', 'preview-renderer');
const STAMP_FILE = '.built-from';
/** What the bundle is made of: newer files here make a build stale. */
const SOURCE_DIRS = ['renderer', 'db/model', 'electron/contract'].map((d) => join(REPO_ROOT, d));
const SOURCE_FILES = ['electron.vite.config.ts', 'package.json'].map((f) => join(REPO_ROOT, f));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function sourcesMtime(): number {
  return Math.max(...SOURCE_DIRS.map(newestMtime), ...SOURCE_FILES.map(newestMtime));
}

/** True when the last build is older than the newest source file. */
export function isRendererBuildStale(outDir = PREVIEW_RENDERER_DIR): boolean {
  const stamp = join(outDir, STAMP_FILE);
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(stamp)) return true;
  return Number(readFileSync(stamp, 'utf8')) < sourcesMtime();
}

export async function buildRenderer(options: { outDir?: string; quiet?: boolean } = {}): Promise<string> {
  const outDir = options.outDir ?? PREVIEW_RENDERER_DIR;
  const startedFrom = sourcesMtime();
  const { build } = await import('vite');
  const config = (await import('../../electron.vite.config')).default as { renderer?: Record<string, unknown> };
  const renderer = (config.renderer ?? {}) as { build?: Record<string, unknown> } & Record<string, unknown>;
  const staging = `${outDir}.staging-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    await build({
      ...renderer,
      configFile: false,
      base: './',
      logLevel: options.quiet ? 'warn' : 'info',
      build: { ...renderer.build, outDir: staging, emptyOutDir: true, reportCompressedSize: !options.quiet },
    });
    writeFileSync(join(staging, STAMP_FILE), String(startedFrom));
    const old = `${outDir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}
