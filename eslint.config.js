// @ts-check
// ESLint 10 flat config for Entente.
//
// Besides typescript-eslint's recommended rules, this file ENFORCES THE LAYER TABLE of DESIGN.md §1 /
// ARCHITECTURE.md: every layer folder gets its own `@typescript-eslint/no-restricted-imports` (the
// typescript-eslint extension of core `no-restricted-imports`, needed for `import type` exemptions) listing
// what it must not import, plus `no-restricted-syntax` selectors that catch the same specifiers in dynamic
// `import()` and `require()`. tests/architecture/layers.test.ts lints probe snippets through this file so the
// boundaries cannot silently rot. To change a boundary, edit LAYERS below (and the test), not individual files.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE_EXT = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

// ---------------------------------------------------------------------------------------------------------
// Import specifier matchers (regular expressions over the import string as written).
// ---------------------------------------------------------------------------------------------------------

/** @param {string} s */
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A repo folder is reached either by a relative path that climbs to an ancestor and names the folder
 * (`../../db/store/open`, `./db/store`), by an alias-like prefix (`@/db/store`, `~/db/store`, `/db/store`),
 * or — from a sibling folder under the same parent — by `../store/x` (e.g. db/model → db/store).
 * Bare specifiers (`electron/main`, `zod`) never match a repo folder: they are npm modules.
 *
 * @param {string} folder  repo-relative target folder, e.g. "db/store"
 * @param {string} from    repo-relative folder of the importing layer, e.g. "db/model"
 * @returns {string[]}     regex sources
 */
function folderRegexes(folder, from) {
  const out = [String.raw`^(?:(?:\.\.?/)+|[@~]/|/)${esc(folder)}(?:/|$)`];
  const parent = folder.split('/').slice(0, -1).join('/');
  const fromParent = from.split('/').slice(0, -1).join('/');
  if (parent !== '' && parent === fromParent) {
    // Sibling folder under the same parent: `../store`, `../../store/x` (any depth inside the layer).
    const leaf = folder.split('/').at(-1) ?? folder;
    out.push(String.raw`^(?:\./)?(?:\.\./)+${esc(leaf)}(?:/|$)`);
  }
  return out;
}

const NODE_BUILTINS = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '').split('/')[0] ?? m))];

/** npm / built-in module groups, keyed by name; each is a list of regex sources and a label. */
const MODULES = {
  node: {
    label: 'Node built-in modules (node:*, fs, path, os, crypto, child_process…)',
    regexes: [String.raw`^node:`, String.raw`^(?:${NODE_BUILTINS.map(esc).join('|')})(?:/.*)?$`],
  },
  electron: {
    label: "the 'electron' module",
    regexes: [String.raw`^electron(?:/.*)?$`],
  },
  sqlite: {
    label: 'better-sqlite3',
    regexes: [String.raw`^better-sqlite3(?:/.*)?$`],
  },
  ui: {
    label: 'React / UI libraries (react, react-dom, react-i18next, @mantine/*, @tanstack/*)',
    regexes: [String.raw`^(?:react|react-dom|react-i18next)(?:/.*)?$`, String.raw`^@(?:mantine|tanstack)/`],
  },
  nodeLibs: {
    label: 'Node-side service libraries (docx, exceljs, ical-generator, playwright-core, @axe-core/playwright)',
    regexes: [String.raw`^(?:docx|exceljs|ical-generator|playwright-core|@axe-core/playwright)(?:/.*)?$`],
  },
  anyPackage: {
    label: 'any package or module outside db/migrations',
    regexes: [String.raw`^(?![./])`],
  },
};

// ---------------------------------------------------------------------------------------------------------
// THE LAYER TABLE. `forbid` lists repo folders (keys of FOLDERS) and module groups (keys of MODULES).
// Folders are disjoint, so exactly one entry applies to any file.
// ---------------------------------------------------------------------------------------------------------

const FOLDERS = {
  model: 'db/model',
  migrations: 'db/migrations',
  store: 'db/store',
  demo: 'db/demo',
  services: 'electron/services',
  contract: 'electron/contract',
  handlers: 'electron/handlers',
  main: 'electron/main',
  preload: 'electron/preload',
  preview: 'electron/preview',
  cli: 'electron/cli',
  renderer: 'renderer',
};

/**
 * @typedef {keyof typeof FOLDERS} FolderKey
 * @typedef {keyof typeof MODULES} ModuleKey
 * @typedef {{ layer: FolderKey, may: string, why: string, forbidFolders: FolderKey[],
 *             forbidModules: ModuleKey[], typeOnly?: FolderKey[] }} Layer
 */

/** @type {Layer[]} */
export const LAYERS = [
  {
    layer: 'model',
    may: 'zod, date-fns and other db/model modules',
    why: 'the model is pure domain code (types, schemas, partial dates, status rules) shared by every layer incl. the renderer; put I/O in db/store or electron/services',
    forbidFolders: ['migrations', 'store', 'demo', 'services', 'contract', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['node', 'sqlite', 'electron', 'ui', 'nodeLibs'],
  },
  {
    layer: 'migrations',
    may: 'only other db/migrations modules',
    why: 'a migration is frozen SQL; it must not change when other code changes (db/store applies migrations)',
    forbidFolders: ['model', 'store', 'demo', 'services', 'contract', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['anyPackage'],
  },
  {
    layer: 'store',
    may: 'db/model, db/migrations, better-sqlite3, ulid and Node built-ins',
    why: 'the store is plain Node data access `(db, args) → domain type`; it knows nothing about Electron, IPC or UI (and not about demo data)',
    forbidFolders: ['demo', 'services', 'contract', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'demo',
    may: 'db/model, db/migrations, db/store, better-sqlite3, ulid and Node built-ins',
    why: 'demo data is written through the store and knows nothing about Electron, IPC or UI',
    forbidFolders: ['services', 'contract', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'services',
    may: 'db/**, Node built-ins and npm libraries (docx, exceljs, ical-generator, playwright-core…)',
    why: 'services run under plain Node too (CLI, preview server, tests); Electron-only work belongs in electron/main, IPC wiring in electron/handlers',
    forbidFolders: ['contract', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'contract',
    may: 'db/model and zod',
    why: 'the contract is the pure channel → {input schema, output type} map shared by main, preload, preview and renderer; it must stay free of runtime dependencies',
    forbidFolders: ['migrations', 'store', 'demo', 'services', 'handlers', 'main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['node', 'sqlite', 'electron', 'ui', 'nodeLibs'],
  },
  {
    layer: 'handlers',
    may: 'electron/contract, electron/services and db/**',
    why: 'handlers map contract entries to store/services and are shared by the IPC and HTTP transports; Electron specifics (ipcMain, sender checks) live in electron/main',
    forbidFolders: ['main', 'preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'main',
    may: "db/**, electron/contract, electron/services, electron/handlers and 'electron'",
    why: 'main may not reach into the renderer or the preload source (load them by built file path), nor into the dev-only preview/cli tools, which are not packaged',
    forbidFolders: ['preload', 'preview', 'cli', 'renderer'],
    forbidModules: ['ui'],
  },
  {
    layer: 'preload',
    may: "electron/contract (channel list) and 'electron'",
    why: 'the sandboxed preload only builds window.entente from the contract channel list; data access happens in main behind IPC',
    forbidFolders: ['model', 'migrations', 'store', 'demo', 'services', 'handlers', 'main', 'preview', 'cli', 'renderer'],
    forbidModules: ['node', 'sqlite', 'ui', 'nodeLibs'],
  },
  {
    layer: 'preview',
    may: 'electron/contract, electron/handlers, electron/services and db/**',
    why: "the preview server runs under plain Node (tsx) without Electron; it serves the renderer's BUILD OUTPUT at runtime and never imports renderer source",
    forbidFolders: ['main', 'preload', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'cli',
    may: 'electron/contract, electron/handlers, electron/services and db/**',
    why: 'the CLI runs under plain Node (tsx) without Electron',
    forbidFolders: ['main', 'preload', 'renderer'],
    forbidModules: ['electron', 'ui'],
  },
  {
    layer: 'renderer',
    may: 'db/model (pure), electron/contract (`import type` only), react, @mantine/*, @tanstack/*, i18next',
    why: 'the renderer reaches data only through the contract: call renderer/src/api (window.entente or the preview HTTP transport)',
    forbidFolders: ['migrations', 'store', 'demo', 'services', 'handlers', 'main', 'preload', 'preview', 'cli'],
    forbidModules: ['node', 'sqlite', 'electron', 'nodeLibs'],
    typeOnly: ['contract'],
  },
];

/**
 * @param {Layer} l
 * @returns {{ regex: string, message: string, allowTypeImports?: boolean }[]}
 */
function restrictionsFor(l) {
  const from = FOLDERS[l.layer];
  const head = `Layer rule (${from}):`;
  const tail = `— ${l.why}. (${from} may import: ${l.may}; table in eslint.config.js)`;
  /** @type {{ regex: string, message: string, allowTypeImports?: boolean }[]} */
  const out = [];
  for (const f of l.forbidFolders) {
    for (const regex of folderRegexes(FOLDERS[f], from)) {
      out.push({ regex, message: `${head} ${from} may not import ${FOLDERS[f]} ${tail}` });
    }
  }
  for (const m of l.forbidModules) {
    for (const regex of MODULES[m].regexes) {
      out.push({ regex, message: `${head} ${from} may not import ${MODULES[m].label} ${tail}` });
    }
  }
  for (const f of l.typeOnly ?? []) {
    for (const regex of folderRegexes(FOLDERS[f], from)) {
      out.push({
        regex,
        allowTypeImports: true,
        message: `${head} ${from} may import ${FOLDERS[f]} only with \`import type\` (its runtime values belong to preload/main) ${tail}`,
      });
    }
  }
  return out;
}

/**
 * `no-restricted-imports` only sees static import/export declarations; mirror every restriction for
 * `import('x')` and `require('x')` with esquery selectors (esquery regexes cannot contain "/", hence \x2F).
 * @param {{ regex: string, message: string, allowTypeImports?: boolean }[]} restrictions
 */
function dynamicImportSelectors(restrictions) {
  return restrictions.flatMap(({ regex, message }) => {
    const re = `/${regex.replaceAll('/', String.raw`\x2F`)}/i`;
    return [
      { selector: `ImportExpression[source.value=${re}]`, message },
      { selector: `CallExpression[callee.name='require'][arguments.0.value=${re}]`, message },
    ];
  });
}

const ENTENTE_OUTSIDE_API =
  'Layer rule (renderer): only renderer/src/api/** may touch window.entente — import the typed client from renderer/src/api instead (it also falls back to the preview HTTP transport).';

/** Selectors that catch window.entente / globalThis.entente / self.entente, dotted, computed or destructured. */
const WINDOW_ENTENTE_SELECTORS = [
  `MemberExpression[object.name=/^(?:window|globalThis|self)$/][property.name='entente'][computed=false]`,
  `MemberExpression[object.name=/^(?:window|globalThis|self)$/][property.value='entente']`,
  `VariableDeclarator[init.name=/^(?:window|globalThis|self)$/] > ObjectPattern > Property[key.name='entente']`,
].map((selector) => ({ selector, message: ENTENTE_OUTSIDE_API }));

/** @type {import('eslint').Linter.Config[]} */
const layerConfigs = LAYERS.flatMap((l) => {
  const dir = FOLDERS[l.layer];
  const restrictions = restrictionsFor(l);
  const dynamic = dynamicImportSelectors(restrictions);
  /** @type {import('eslint').Linter.Config[]} */
  const configs = [
    {
      name: `entente/layers/${l.layer}`,
      files: [`${dir}/**/*.${SOURCE_EXT}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictions }],
        'no-restricted-syntax': ['error', ...dynamic, ...(l.layer === 'renderer' ? WINDOW_ENTENTE_SELECTORS : [])],
        ...(l.layer === 'renderer'
          ? { 'no-restricted-globals': ['error', { name: 'entente', message: ENTENTE_OUTSIDE_API }] }
          : {}),
      },
    },
  ];
  if (l.layer === 'renderer') {
    configs.push({
      name: 'entente/layers/renderer-api',
      files: [`renderer/src/api/**/*.${SOURCE_EXT}`],
      rules: {
        // Same import restrictions; window.entente is allowed here and only here.
        '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictions }],
        'no-restricted-syntax': ['error', ...dynamic],
        'no-restricted-globals': 'off',
      },
    });
  }
  return configs;
});

export default defineConfig([
  globalIgnores(
    ['out/', 'dist/', 'node_modules/', 'tests/screenshots/', 'test-results/', '.cache/', 'coverage/'],
    'entente/ignores',
  ),
  {
    name: 'entente/files',
    files: [`**/*.${SOURCE_EXT}`],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'entente/base',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'entente/renderer-globals',
    files: [`renderer/**/*.${SOURCE_EXT}`],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'entente/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  ...layerConfigs,
]);
