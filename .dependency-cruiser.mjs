// @ts-check
/**
 * THE LAYER TABLE (ARCHITECTURE.md §1), enforced by dependency-cruiser in `npm run lint`.
 * Each layer is a folder; a file may import its own layer, the layers listed under `code` and the packages
 * listed under `packages` — nothing else (everything not allowed is an error). Type-only imports count too,
 * and so do cycles. Files outside every layer (tests, scripts, configs) are not restricted.
 */

/** Folder of each layer (a regex on the repo-relative path). The names say where the code runs. */
const FOLDERS = {
  domain: 'electron/common/domain', //   anywhere: vocabularies, schemas, partial dates, status rules
  contract: 'electron/common/contract', // anywhere: channel name → zod input, output type
  timeline: 'electron/common/timeline', // anywhere: THE timeline chart, pure React → SVG
  migrations: 'db/migrations', //        Node: frozen schema steps
  store: 'db/(store|demo)', //           Node: the only SQL; one store interface
  services: 'electron/node/services', // Node: search, reports, backups, exchange, PDF
  handlers: 'electron/node/handlers', // Node: contract entry → store/service call; dispatch()
  worker: 'electron/node/worker', //     Node: the database host and its worker threads
  cli: 'electron/node/cli', //           Node: the command line
  preview: 'electron/node/preview', //   Node: the browser preview server (dev tool)
  main: 'electron/main', //              Electron main process
  preload: 'electron/preload', //        Electron preload (sandboxed)
  renderer: 'renderer', //               the browser window: React UI
};

const UI = ['react', 'react-dom', 'react-i18next', 'i18next', '@mantine/[^/]+', '@tanstack/[^/]+', '@tabler/[^/]+'];
const NODE = 'node:'; // Node's built-in modules

/** @type {Record<keyof FOLDERS, { code: (keyof FOLDERS)[], packages: string[], files?: string[] }>} */
const MAY_IMPORT = {
  domain: { code: [], packages: ['zod', 'date-fns', 'chrono-node', 'fold-to-ascii'] },
  contract: { code: ['domain'], packages: ['zod'] },
  timeline: { code: ['domain'], packages: ['react'] },
  migrations: { code: [], packages: [] },
  store: { code: ['domain', 'migrations'], packages: [NODE, 'better-sqlite3', 'ulid', 'zod'] },
  services: {
    code: ['domain', 'timeline', 'store'],
    packages: [
      NODE,
      'zod',
      'docx',
      'exceljs',
      'csv-parse',
      'csv-stringify',
      'chardet',
      'iconv-lite',
      'ical-generator',
      'jszip',
      'stream-json',
      'playwright-core',
      'react',
      'react-dom/server[^/]*',
      // attachments: type from content, text from PDF / DOCX / e-mail (electron/node/services/attachments)
      'file-type',
      'unpdf',
      'mammoth',
      'postal-mime',
    ],
  },
  handlers: { code: ['domain', 'contract', 'store', 'services'], packages: [NODE, 'zod'] },
  worker: {
    code: ['domain', 'contract', 'store', 'services', 'handlers'],
    packages: [NODE],
    files: ['scripts/source-bundle.mjs'], // builds the worker for hosts that run from sources (not the app)
  },
  // The CLI reaches the register only through dispatch(): its commands see the contract, never the store, the
  // services or the handlers (issue 10). The two files that may are listed in CLI_DOORS below.
  cli: { code: ['domain', 'contract'], packages: [NODE, 'commander', 'string-width'], files: ['package.json'] },
  preview: {
    code: ['domain', 'contract', 'store', 'services', 'handlers', 'worker'],
    packages: [NODE, 'vite'],
    files: ['electron.vite.config.ts'],
  },
  main: {
    // No store: main holds no connection; every call goes to the database host's workers.
    code: ['domain', 'contract', 'services', 'handlers', 'worker'],
    packages: [NODE, 'electron', 'zod'],
    files: ['package.json'],
  },
  preload: { code: ['contract'], packages: ['electron'] },
  renderer: { code: ['domain', 'contract', 'timeline'], packages: UI },
};

/**
 * Single files of the cli layer allowed more than their layer, each for a reason that cannot be met otherwise.
 * @type {{ file: string, to: string[], why: string }[]}
 */
const CLI_DOORS = [
  {
    file: 'electron/node/cli/register.ts',
    to: ['^db/store/index\\.ts$', '^electron/node/handlers/'],
    why: 'the host of the CLI: opens the Store a HandlerContext holds and calls dispatch(), as worker/thread.ts does',
  },
  {
    file: 'electron/node/cli/offline.ts',
    to: ['^db/store/index\\.ts$', '^electron/node/services/(backup|integrity)/'],
    why:
      'restore --from FILE and the check of a file that cannot be opened: no register to build a context on, ' +
      'and the contract names backups, never paths',
  },
];

const under = (/** @type {string} */ folder) => `^${folder}/`;
const pkg = (/** @type {string} */ name) => (name === NODE ? NODE : `node_modules/${name}(/|$)`);
const layerOf = (/** @type {keyof FOLDERS} */ layer) => under(FOLDERS[layer]);
/** @type {import('dependency-cruiser').DependencyType[]} */
const CORE = ['core'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  allowedSeverity: 'error',
  allowed: [
    // Outside the layers (tests, scripts, config files): anything.
    { from: { pathNot: Object.values(FOLDERS).map(under) }, to: {} },
    // Inside a layer: its own folder, the layers and packages of the table, Node built-ins where listed.
    ...Object.entries(MAY_IMPORT).flatMap(([layer, may]) => {
      const from = { path: layerOf(/** @type {keyof FOLDERS} */ (layer)) };
      const code = [layer, ...may.code].map((l) => layerOf(/** @type {keyof FOLDERS} */ (l)));
      code.push(...(may.files ?? []).map((f) => `^${f.replaceAll('.', '\\.')}$`));
      const packages = may.packages.filter((p) => p !== NODE).map(pkg);
      return [
        { from, to: { path: code } },
        ...(packages.length ? [{ from, to: { path: packages, dependencyTypesNot: CORE } }] : []),
        ...(may.packages.includes(NODE) ? [{ from, to: { dependencyTypes: CORE } }] : []),
      ];
    }),
    ...CLI_DOORS.map((door) => ({ from: { path: `^${door.file.replaceAll('.', '\\.')}$` }, to: { path: door.to } })),
  ],
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle (type-only imports included) means two modules cannot be understood or changed apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'store-through-its-interface',
      comment:
        'Outside db/, the register is reached only through the store interface (db/store/index.ts): no connection, ' +
        'no SQL, no store internals.',
      severity: 'error',
      from: { pathNot: '^db/' },
      to: { path: '^db/', pathNot: '^db/store/index\\.ts$' },
    },
    {
      name: 'no-dev-bundler-in-the-app',
      comment: 'worker/bundle.ts builds the worker with esbuild for tsx hosts; the desktop app ships a built worker.',
      severity: 'error',
      from: { path: layerOf('main') },
      to: { path: 'electron/node/worker/bundle\\.ts$' },
    },
    {
      name: 'ui-gets-the-contract-as-types',
      comment:
        'The renderer and the preload use the contract as types; only the plain-data channel and event lists ' +
        'are runtime imports, so zod schemas and model code stay out of those bundles.',
      severity: 'error',
      from: { path: [layerOf('renderer'), layerOf('preload')] },
      to: { path: layerOf('contract'), pathNot: 'contract/(channels|events)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist|\\.cache)/|\\.test\\.tsx?$' },
    tsPreCompilationDeps: true, // type-only imports are dependencies too
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
