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

/** Depth-exact patterns are generated for files up to this many sub-folders below a layer folder. */
const MAX_SUBDIR_DEPTH = 8;

/**
 * Regexes matching a relative import that lands in repo folder `folder`, written in a file of layer folder
 * `from` that sits `k` sub-folders deep (k = 0: directly in the layer folder).
 *
 * Paths are matched DEPTH-EXACTLY: from renderer/src/App.tsx (k = 1) only `../../db/store/...` reaches
 * db/store, and from db/model/x.ts (k = 0) the sibling form `../store/...` does. So a layer's own files
 * that happen to share a name with another layer — electron/main/renderer.ts imported as `./renderer`,
 * electron/cli/main.ts imported as `../main` from electron/cli/commands/ — are not mistaken for it.
 * Bare specifiers (`electron/main`, `electron/renderer`, `zod`) never match: they are npm modules.
 * Alias-style prefixes (`@/db/store`, `~/db/store`) are matched too, in case an alias is ever added.
 * With k = undefined (files deeper than MAX_SUBDIR_DEPTH) a looser depth-agnostic form is used.
 *
 * @param {string} folder  repo-relative target folder, e.g. "db/store"
 * @param {string} from    repo-relative folder of the importing layer, e.g. "db/model"
 * @param {number} [k]     sub-folder depth of the importing file inside `from`
 * @param {string[]} [except]  modules directly inside `folder` that do NOT match (e.g. ["channels"])
 * @returns {string[]}     regex sources
 */
function folderRegexes(folder, from, k, except = []) {
  const target = folder.split('/');
  const source = from.split('/');
  let common = 0;
  while (common < Math.min(target.length, source.length) - 1 && target[common] === source[common]) common++;
  const end =
    except.length === 0 ? '(?:/|$)' : String.raw`(?:$|/(?!(?:${except.map(esc).join('|')})(?:\.[cm]?[jt]sx?)?$))`;
  const out = [String.raw`^[@~]/${esc(folder)}${end}`];
  // c = how many leading segments the import path shares with the importer (0 = climb to repo root).
  for (let c = 0; c <= common; c++) {
    const rest = target.slice(c).map(esc).join('/');
    const ups = k === undefined ? '(?:\\.\\./)+' : `(?:\\.\\./){${source.length - c + k}}`;
    out.push(String.raw`^(?:\./)?${ups}${rest}${end}`);
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
    label: 'React / UI libraries (react, react-dom, react-i18next, @mantine/*, @tanstack/*, @tabler/*)',
    regexes: [String.raw`^(?:react|react-dom|react-i18next)(?:/.*)?$`, String.raw`^@(?:mantine|tanstack|tabler)/`],
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
 *             forbidModules: ModuleKey[], typeOnly?: FolderKey[], typeOnlyExcept?: string[] }} Layer
 * typeOnly: folders importable only with `import type`, except the plain-data modules in typeOnlyExcept.
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
    may: "'electron', electron/contract/channels and /events (plain data) — other contract modules only with `import type`",
    why: 'the sandboxed preload only builds window.entente from the contract channel list; data access happens in main behind IPC',
    forbidFolders: ['model', 'migrations', 'store', 'demo', 'services', 'handlers', 'main', 'preview', 'cli', 'renderer'],
    forbidModules: ['node', 'sqlite', 'ui', 'nodeLibs'],
    typeOnly: ['contract'],
    typeOnlyExcept: ['channels', 'events'],
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
    may: 'db/model (pure), electron/contract (`import type`; channels/events also at runtime), react, @mantine/*, @tanstack/*, i18next',
    why: 'the renderer reaches data only through the contract: call renderer/src/api (window.entente or the preview HTTP transport)',
    forbidFolders: ['migrations', 'store', 'demo', 'services', 'handlers', 'main', 'preload', 'preview', 'cli'],
    forbidModules: ['node', 'sqlite', 'electron', 'nodeLibs'],
    typeOnly: ['contract'],
    typeOnlyExcept: ['channels', 'events'],
  },
];

/**
 * @param {Layer} l
 * @param {number} [k]  sub-folder depth of the linted file inside the layer folder (see folderRegexes)
 * @returns {{ regex: string, message: string, allowTypeImports?: boolean }[]}
 */
function restrictionsFor(l, k) {
  const from = FOLDERS[l.layer];
  const head = `Layer rule (${from}):`;
  const tail = `— ${l.why}. (${from} may import: ${l.may}; table in eslint.config.js)`;
  /** @type {{ regex: string, message: string, allowTypeImports?: boolean }[]} */
  const out = [];
  for (const f of l.forbidFolders) {
    for (const regex of folderRegexes(FOLDERS[f], from, k)) {
      out.push({ regex, message: `${head} ${from} may not import ${FOLDERS[f]} ${tail}` });
    }
  }
  for (const m of l.forbidModules) {
    for (const regex of MODULES[m].regexes) {
      out.push({ regex, message: `${head} ${from} may not import ${MODULES[m].label} ${tail}` });
    }
  }
  for (const f of l.typeOnly ?? []) {
    for (const regex of folderRegexes(FOLDERS[f], from, k, l.typeOnlyExcept)) {
      out.push({
        regex,
        allowTypeImports: true,
        message: `${head} ${from} may import ${FOLDERS[f]} only with \`import type\`${l.typeOnlyExcept ? ` (runtime imports only from ${l.typeOnlyExcept.map((m) => `${FOLDERS[f]}/${m}`).join(', ')})` : ''}: schemas and model code stay out of this bundle ${tail}`,
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

/**
 * One config object per layer and sub-folder depth (renderer/<file>, renderer/<dir>/<file>, …), preceded by a
 * depth-agnostic fallback for anything deeper. Later objects override earlier ones for the same rule.
 * @type {import('eslint').Linter.Config[]}
 */
const layerConfigs = LAYERS.flatMap((l) => {
  const dir = FOLDERS[l.layer];
  const isRenderer = l.layer === 'renderer';
  /**
   * @param {number | undefined} k
   * @returns {import('eslint').Linter.RulesRecord}
   */
  const rulesAt = (k, allowEntente = false) => {
    const restrictions = restrictionsFor(l, k);
    const dynamic = dynamicImportSelectors(restrictions);
    const guardEntente = isRenderer && !allowEntente;
    return {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictions }],
      'no-restricted-syntax': ['error', ...dynamic, ...(guardEntente ? WINDOW_ENTENTE_SELECTORS : [])],
      ...(isRenderer
        ? {
            'no-restricted-globals': guardEntente
              ? ['error', { name: 'entente', message: ENTENTE_OUTSIDE_API }]
              : 'off',
          }
        : {}),
    };
  };
  /** @type {import('eslint').Linter.Config[]} */
  const configs = [
    { name: `entente/layers/${l.layer}`, files: [`${dir}/**/*.${SOURCE_EXT}`], rules: rulesAt(undefined) },
  ];
  for (let k = 0; k <= MAX_SUBDIR_DEPTH; k++) {
    configs.push({
      name: `entente/layers/${l.layer}/depth-${k}`,
      files: [`${dir}/${'*/'.repeat(k)}*.${SOURCE_EXT}`],
      rules: rulesAt(k),
    });
  }
  if (isRenderer) {
    // renderer/src/api/** keeps every import restriction but is the one place allowed to touch window.entente.
    const api = 'renderer/src/api';
    const apiDepth = api.split('/').length - dir.split('/').length; // sub-folders of renderer/ above api files
    configs.push({ name: 'entente/layers/renderer-api', files: [`${api}/**/*.${SOURCE_EXT}`], rules: rulesAt(undefined, true) });
    for (let k = apiDepth; k <= MAX_SUBDIR_DEPTH; k++) {
      configs.push({
        name: `entente/layers/renderer-api/depth-${k}`,
        files: [`${api}/${'*/'.repeat(k - apiDepth)}*.${SOURCE_EXT}`],
        rules: rulesAt(k, true),
      });
    }
  }
  return configs;
});

// ---------------------------------------------------------------------------------------------------------
// THE ONE EXCEPTION to the table (issue #5): electron/services/reports/** renders THE timeline chart —
// renderer/src/timeline, pure React over db/model with no DOM or hooks — to static markup for the HTML, PDF
// and DOCX reports, so the app and every report draw one and the same chart. Report files may therefore
// import renderer/src/timeline/**, `react` and `react-dom/server`; the rest of the renderer, react-dom's
// client entry and every other UI library stay forbidden, and every other services rule still applies.
// ---------------------------------------------------------------------------------------------------------
export const REPORTS_EXCEPTION = { files: 'electron/services/reports', mayImport: 'renderer/src/timeline' };

/** @param {number | undefined} k  sub-folder depth inside electron/services (reports/x.ts is 1) */
function reportRestrictions(k) {
  const services = LAYERS.find((l) => l.layer === 'services');
  if (!services) throw new Error('services layer missing');
  const from = FOLDERS.services;
  const head = `Layer rule (${from}):`;
  const tail = `— only ${REPORTS_EXCEPTION.mayImport}, react and react-dom/server are open to ${REPORTS_EXCEPTION.files} (the shared timeline chart); table in eslint.config.js`;
  const relaxed = {
    ...services,
    forbidFolders: services.forbidFolders.filter((f) => f !== 'renderer'),
    forbidModules: services.forbidModules.filter((m) => m !== 'ui'),
  };
  const timelineEnd = String.raw`(?:$|/(?!src/timeline(?:/|$)))`;
  return [
    ...restrictionsFor(relaxed, k),
    ...folderRegexes(FOLDERS.renderer, from, k).map((regex) => ({
      regex: regex.replace(/\(\?:\/\|\$\)$/, timelineEnd),
      message: `${head} ${from} may not import renderer code other than ${REPORTS_EXCEPTION.mayImport} ${tail}`,
    })),
    {
      regex: String.raw`^(?:react-dom(?!/server$)|react-i18next)(?:/.*)?$|^@(?:mantine|tanstack|tabler)/`,
      message: `${head} ${from} may not import UI libraries other than react and react-dom/server ${tail}`,
    },
  ];
}

/** @type {import('eslint').Linter.Config[]} */
const reportsExceptionConfigs = [undefined, ...Array.from({ length: MAX_SUBDIR_DEPTH }, (_, j) => j)].map((j) => {
  const restrictions = reportRestrictions(j === undefined ? undefined : j + 1);
  return {
    name: `entente/layers/services-reports${j === undefined ? '' : `/depth-${j + 1}`}`,
    files: [j === undefined ? `${REPORTS_EXCEPTION.files}/**/*.${SOURCE_EXT}` : `${REPORTS_EXCEPTION.files}/${'*/'.repeat(j)}*.${SOURCE_EXT}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictions }],
      'no-restricted-syntax': ['error', ...dynamicImportSelectors(restrictions)],
    },
  };
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
  ...reportsExceptionConfigs,
]);
