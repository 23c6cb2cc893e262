/**
 * Builds the renderer for the preview with the SAME Vite settings as the desktop build (the `renderer`
 * section of electron.vite.config.ts). Each build goes to its own folder under .cache/preview-builds/, and
 * .cache/preview-renderer is a symlink switched atomically to the newest one. A running server resolves
 * the link once at start, so a build made meanwhile by another test run never swaps the files (and the
 * lazily loaded chunks) under a page that is open.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const PREVIEW_RENDERER_DIR = join(REPO_ROOT, '.cache', 'preview-renderer');
const BUILDS_DIR = join(REPO_ROOT, '.cache', 'preview-builds');
/** Old builds are removed once nobody can still be serving them. */
const KEEP_OLD_BUILDS_MS = 3 * 60 * 60 * 1000;
const STAMP_FILE = '.built-from';
/** What the bundle is made of: newer files here make a build stale. */
const SOURCE_DIRS = ['renderer', 'electron/common'].map((d) => join(REPO_ROOT, d));
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
  const config = (await import('../../../electron.vite.config')).default as { renderer?: Record<string, unknown> };
  const renderer = (config.renderer ?? {}) as { build?: Record<string, unknown> } & Record<string, unknown>;
  mkdirSync(BUILDS_DIR, { recursive: true });
  const target = join(BUILDS_DIR, `${Date.now()}-${process.pid}`);
  try {
    await build({
      ...renderer,
      configFile: false,
      base: './',
      logLevel: options.quiet ? 'warn' : 'info',
      build: { ...renderer.build, outDir: target, emptyOutDir: true, reportCompressedSize: !options.quiet },
    });
    writeFileSync(join(target, STAMP_FILE), String(startedFrom));
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
  // Switch the link atomically: a new link under a temporary name, renamed over the old one.
  const link = `${outDir}.link-${process.pid}-${Date.now()}`;
  symlinkSync(target, link, 'dir');
  if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) rmSync(outDir, { recursive: true, force: true });
  renameSync(link, outDir);
  removeOldBuilds(target);
  return outDir;
}

function removeOldBuilds(current: string): void {
  const now = Date.now();
  for (const entry of readdirSync(BUILDS_DIR)) {
    const dir = join(BUILDS_DIR, entry);
    if (dir === current) continue;
    if (now - statSync(dir).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(dir, { recursive: true, force: true });
  }
}
