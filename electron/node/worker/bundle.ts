/**
 * The database worker as one JavaScript file, for hosts that run from TypeScript sources (the preview server under
 * tsx, tests, benches): a worker thread cannot load our .ts files itself. esbuild bundles thread.ts (our code only;
 * packages stay imports resolved from node_modules) into .cache/worker/<hash>/, named by a hash of the sources'
 * sizes and times, so it is built once per change and processes that start together share one build (written,
 * then renamed).
 * The desktop app does not use this: electron-vite builds out/main/worker.js beside main.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'electron/node/worker/thread.ts');
/** Attachment text extraction runs in threads of its own, started by the database workers (beside thread.js). */
const EXTRACT_ENTRY = join(ROOT, 'electron/node/services/attachments/extract-thread.ts');
const OUT_DIR = join(ROOT, '.cache/worker');
const SOURCE_DIRS = ['electron/common', 'electron/node', 'db'].map((d) => join(ROOT, d));

function sourcesFingerprint(): string {
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|json)$/.test(entry.name)) {
        const stat = statSync(path);
        hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  SOURCE_DIRS.forEach(walk);
  return hash.digest('hex').slice(0, 16);
}

/** Path of the worker bundle for the sources as they are now, building it first when they changed. */
export async function workerBundle(): Promise<string> {
  const dir = join(OUT_DIR, sourcesFingerprint());
  const file = join(dir, 'thread.js');
  if (existsSync(file)) return file;
  mkdirSync(OUT_DIR, { recursive: true });
  const partial = `${dir}.${process.pid}.partial`;
  // esbuild is a devDependency: loaded only here, never by the desktop app.
  const { build } = await import('esbuild');
  await build({
    entryPoints: { thread: ENTRY, 'extract-thread': EXTRACT_ENTRY },
    outdir: partial,
    outExtension: { '.js': '.js' },
    // Modules loaded with import() (the report writers) become chunks of their own, loaded when first used.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'error',
    // Bundled ESM has no require(); a few dependencies' CommonJS interop needs one.
    banner: {
      js: "import { createRequire as __entente_cr } from 'node:module'; const require = __entente_cr(import.meta.url);",
    },
  });
  // package.json "type": "module" at the root makes these .js files ES modules.
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process built the same sources meanwhile: use theirs.
    if (!existsSync(file)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  return file;
}
