// @ts-check
/**
 * One JavaScript file (plus lazily loaded chunks) built from our TypeScript sources with esbuild, for code that runs
 * from the sources without tsx: the database worker (a worker thread cannot load .ts files) and the command line
 * (tsx would add about a second to every command). Each bundle lives in .cache/<name>/<fingerprint>/, named by a hash
 * of the sources' sizes and times (and the versions of the packages it inlines), so it is built once per change and
 * processes that start together share one build (written, then renamed).
 *
 * Plain JavaScript on purpose: `npm run cli` runs this with node alone, before anything is compiled.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['electron/common', 'electron/node', 'db'].map((d) => join(ROOT, d));

/**
 * @typedef {object} SourceBundle
 * @property {string} name     folder under .cache/ ("worker", "cli")
 * @property {string} entry    entry module, relative to the repository root
 * @property {string[]} [inline] packages bundled into the output (pure JavaScript that loads faster as one file);
 *   every other package stays an import resolved from node_modules at run time
 * @property {string[]} [also] more entry modules built beside the entry into the same folder, each named after its
 *   file without .ts (threads the entry starts by file name: attachment text extraction, extract-thread.js)
 */

/**
 * cyrb53, a fast 53-bit string hash (public domain, bryc). Not node:crypto: loading it, and a locale-aware sort, would
 * cost a command-line start more than the whole look at the sources (this runs on every `npm run cli`).
 * @param {string} text
 */
function hash53(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** "path size mtime" of every source file under `dir`, in a stable order. @param {string} dir @returns {string[]} */
function sourceStamps(dir) {
  const names = /** @type {string[]} */ (readdirSync(dir, { recursive: true, encoding: 'utf8' }));
  return names
    .filter((name) => /\.(ts|tsx|json)$/.test(name))
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${dir}/${name}\0${stat.size}\0${stat.mtimeMs}`;
    });
}

/** @param {SourceBundle} bundle */
function fingerprint(bundle) {
  const self = statSync(import.meta.filename); // how bundles are built is part of what they are
  const stamps = [JSON.stringify(bundle), `${self.size}\0${self.mtimeMs}`, ...SOURCE_DIRS.flatMap(sourceStamps)];
  for (const name of bundle.inline ?? []) {
    const stat = statSync(join(ROOT, 'node_modules', name, 'package.json'));
    stamps.push(`${name}\0${stat.size}\0${stat.mtimeMs}`);
  }
  return hash53(stamps.join('\n'));
}

/**
 * Path of the bundle's entry file for the sources as they are now, building it first when they changed.
 * @param {SourceBundle} bundle
 * @returns {Promise<string>}
 */
export async function sourceBundle(bundle) {
  const outDir = join(ROOT, '.cache', bundle.name);
  const dir = join(outDir, fingerprint(bundle));
  const base = bundle.entry.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const file = join(dir, `${base}.js`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  const partial = `${dir}.${process.pid}.partial`;
  const inline = new Set(bundle.inline ?? []);
  // esbuild is a devDependency: loaded only when a bundle is (re)built, never by the desktop app.
  const { build } = await import('esbuild');
  /** @type {Record<string, string>} */
  const entryPoints = { [base]: join(ROOT, bundle.entry) };
  for (const extra of bundle.also ?? [])
    entryPoints[extra.replace(/^.*\//, '').replace(/\.tsx?$/, '')] = join(ROOT, extra);
  await build({
    entryPoints,
    outdir: partial,
    outExtension: { '.js': '.js' },
    // Modules loaded with import() (report writers, a command's own code) become chunks loaded when first used.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    jsx: 'automatic',
    logLevel: 'error',
    plugins: [
      {
        name: 'packages-external-unless-inlined',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            const name = args.path.startsWith('@') ? args.path.split('/', 2).join('/') : args.path.split('/')[0];
            return name && inline.has(name) ? undefined : { path: args.path, external: true };
          });
        },
      },
    ],
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
