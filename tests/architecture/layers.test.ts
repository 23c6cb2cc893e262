/**
 * Guards the layer table (DESIGN.md §1, eslint.config.js LAYERS): for every layer, lint probe snippets
 * through the real ESLint config with a virtual file path inside that layer and check that forbidden
 * imports fail with a "Layer rule (<folder>)" message and allowed imports pass. If someone loosens or
 * breaks a pattern in eslint.config.js, this fails.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYER_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
  await lint('db/model/__warmup.ts', 'export const a = 1;');
}, 60_000);

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  if (!result) throw new Error(`no lint result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`parse error in probe for ${file}: ${fatal.map((m) => m.message).join('; ')}`);
  if (result.messages.some((m) => m.message.includes('File ignored'))) throw new Error(`${file} is ignored by ESLint`);
  return result.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
}

const staticImport = (spec: string) => `import * as probe from '${spec}';\nexport { probe };\n`;
const typeImport = (spec: string) => `import type { Probe } from '${spec}';\nexport type { Probe };\n`;
const dynamicImport = (spec: string) => `export const probe = () => import('${spec}');\n`;

interface LayerCase {
  /** repo folder of the layer (a key of the config's layer table) */
  dir: string;
  /** virtual file inside the layer */
  file: string;
  forbidden: string[];
  allowed: string[];
}

const CASES: LayerCase[] = [
  {
    dir: 'db/model',
    file: 'db/model/__probe.ts',
    forbidden: [
      'node:fs', 'fs', 'path', 'crypto', 'child_process', 'os', 'better-sqlite3', 'electron', 'react', 'exceljs',
      '../store/open', '../../db/store/open', '../migrations', '../demo/seed',
      '../../electron/contract', '../../electron/services/search', '../../renderer/src/App',
    ],
    allowed: ['zod', 'date-fns', './partial-date', './vocab'],
  },
  {
    dir: 'db/migrations',
    file: 'db/migrations/__probe.ts',
    forbidden: ['node:fs', 'fs', 'zod', 'better-sqlite3', '../model/types', '../store/open', '../../electron/main'],
    allowed: ['./0001-initial', './index'],
  },
  {
    dir: 'db/store',
    file: 'db/store/__probe.ts',
    forbidden: [
      'electron', 'react', '@mantine/core', '@tabler/icons-react', '../demo/seed', '../../electron/services/search',
      '../../electron/contract', '../../electron/main/index', '../../renderer/src/App',
    ],
    allowed: ['better-sqlite3', 'node:os', 'node:fs', 'ulid', 'zod', '../model/types', '../migrations', './sql'],
  },
  {
    dir: 'db/store',
    file: 'db/store/kinds/__probe.ts',
    forbidden: ['electron', '../../../electron/handlers', '../../../renderer/src/App'],
    allowed: ['../../model/types', '../open', './common'],
  },
  {
    dir: 'db/demo',
    file: 'db/demo/__probe.ts',
    forbidden: ['electron', 'react', '../../electron/main/index', '../../electron/services/x', '../../renderer/src/x'],
    allowed: ['../store/open', '../model/types', '../migrations', 'better-sqlite3', 'node:path', 'ulid'],
  },
  {
    dir: 'electron/services',
    file: 'electron/services/__probe.ts',
    forbidden: [
      'electron', 'electron/main', 'react', '../main/window', '../preload/index', '../handlers/records',
      '../contract', '../preview/server', '../cli/main', '../../renderer/src/App',
    ],
    allowed: [
      '../../db/store/open', '../../db/model/types', '../../db/migrations', 'node:fs/promises', 'docx',
      'exceljs', 'ical-generator', 'playwright-core', './search',
    ],
  },
  {
    dir: 'electron/contract',
    file: 'electron/contract/__probe.ts',
    forbidden: [
      'node:fs', 'path', 'better-sqlite3', 'electron', 'react', '../../db/store/open', '../../db/migrations',
      '../../db/demo/seed', '../services/search', '../handlers', '../main/index', '../preload/index',
      '../../renderer/src/x',
    ],
    allowed: ['zod', '../../db/model/schemas', './channels'],
  },
  {
    dir: 'electron/handlers',
    file: 'electron/handlers/__probe.ts',
    forbidden: ['electron', '../main/ipc', '../preload/index', '../../renderer/src/x', '../preview/server'],
    allowed: ['../contract', '../services/search', '../../db/store/open', '../../db/model/types', 'zod'],
  },
  {
    dir: 'electron/main',
    file: 'electron/main/__probe.ts',
    forbidden: ['../../renderer/src/App', '../preload/index', '../preview/server', '../cli/main', 'react'],
    allowed: [
      'electron', 'electron/main', '../handlers', '../contract', '../services/pdf', '../../db/store/open',
      'node:path', './windows',
    ],
  },
  {
    dir: 'electron/preload',
    file: 'electron/preload/__probe.ts',
    forbidden: [
      '../../db/store/x', '../../db/model/types', '../services/x', '../handlers/x', '../main/x', 'node:fs',
      'fs', 'better-sqlite3', '../../renderer/src/x',
      // the contract's schemas/model code must not be bundled into the sandboxed preload
      '../contract', '../contract/index', '../contract/records', '../../electron/contract',
    ],
    allowed: ['electron', 'electron/renderer', '../contract/channels', '../contract/events', '../contract/channels.ts'],
  },
  {
    dir: 'electron/preview',
    file: 'electron/preview/__probe.ts',
    forbidden: ['electron', '../../renderer/src/App', '../../renderer/src/api/client', '../main/index', '../preload'],
    allowed: ['../handlers', '../contract', '../services/x', '../../db/store/open', 'node:http', 'node:fs'],
  },
  {
    dir: 'electron/cli',
    file: 'electron/cli/__probe.ts',
    forbidden: ['electron', '../../renderer/src/App', '../main/index'],
    allowed: ['../handlers', '../contract', '../services/report', '../../db/store/open', '../../db/demo/seed', 'node:fs'],
  },
  {
    dir: 'renderer',
    file: 'renderer/src/components/__probe.tsx',
    forbidden: [
      '../../../db/store/open', '../../../db/migrations', '../../../db/demo/seed', '../../../electron/services/search',
      '../../../electron/handlers', '../../../electron/main/index', '../../../electron/preload',
      '../../../electron/cli/main', '../../../electron/preview/server', 'electron', 'electron/renderer',
      'node:fs', 'fs', 'path', 'better-sqlite3', 'exceljs',
      // runtime (non-type) import of the contract
      '../../../electron/contract', '../../../electron/contract/records',
    ],
    allowed: [
      'react', 'react-dom/client', '@mantine/core', '@tanstack/react-table', 'i18next', 'react-i18next',
      '../../../db/model/partial-date', '../api/client', './Other', '../store/selection',
      '../../../electron/contract/channels', '../../../electron/contract/events',
    ],
  },
  // Depth-exact matching: a layer's own files named like another layer are not mistaken for it, and the
  // same folders are still caught from deeper files.
  {
    dir: 'electron/main',
    file: 'electron/main/windows/__probe.ts',
    forbidden: ['../../../renderer/src/App', '../../preload/index', '../../cli/main', '../../preview'],
    allowed: ['../renderer', '../preload', '../index', '../../handlers', '../../../db/store/open'],
  },
  {
    dir: 'electron/main',
    file: 'electron/main/index.ts',
    forbidden: ['../../renderer/src/App', '../preload'],
    allowed: ['./renderer', './preload', './windows/renderer'],
  },
  {
    dir: 'electron/cli',
    file: 'electron/cli/commands/__probe.ts',
    forbidden: ['../../main/index', '../../main', '../../../renderer/src/x', 'electron'],
    allowed: ['../main', '../command', '../../handlers', '../../../db/store/records'],
  },
  {
    dir: 'db/model',
    file: 'db/model/dates/__probe.ts',
    forbidden: ['../../store/open', '../../../db/store/open', '../../../electron/main'],
    allowed: ['../store', '../vocab', './parse'],
  },
  {
    dir: 'renderer',
    file: 'renderer/src/features/agreements/list/__probe.tsx',
    forbidden: ['../../../../../db/store/open', '../../../../../electron/services/search', 'node:path'],
    allowed: ['../../../../../db/model/types', '../store/selection', '../../../api/client', '@mantine/core'],
  },
];

describe('layer table is enforced by eslint.config.js', () => {
  it('every layer in the config has a case here', () => {
    const FOLDER_OF: Record<string, string> = {
      model: 'db/model', migrations: 'db/migrations', store: 'db/store', demo: 'db/demo',
      services: 'electron/services', contract: 'electron/contract', handlers: 'electron/handlers',
      main: 'electron/main', preload: 'electron/preload', preview: 'electron/preview', cli: 'electron/cli',
      renderer: 'renderer',
    };
    const configured = LAYERS.map((l) => FOLDER_OF[l.layer]).sort();
    const covered = [...new Set(CASES.map((c) => c.dir))].sort();
    expect(covered).toEqual(configured);
  });

  for (const c of CASES) {
    describe(c.file, () => {
      it.each(c.forbidden)(`forbids %s`, async (spec) => {
        const messages = await lint(c.file, staticImport(spec));
        expect(messages.map((m) => m.message).join('\n')).toContain(`Layer rule (${c.dir})`);
        expect(messages[0]?.ruleId).toBe('@typescript-eslint/no-restricted-imports');
      });

      it('forbids the same specifiers through dynamic import()', async () => {
        for (const spec of c.forbidden.slice(0, 3)) {
          const messages = await lint(c.file, dynamicImport(spec));
          expect(messages.map((m) => `${m.ruleId}: ${m.message}`), spec).toEqual([
            expect.stringMatching(new RegExp(`^no-restricted-syntax: Layer rule \\(${c.dir}\\)`)),
          ]);
        }
      });

      it.each(c.allowed)(`allows %s`, async (spec) => {
        expect(await lint(c.file, staticImport(spec))).toEqual([]);
      });
    });
  }

  it('preload may import the rest of electron/contract as types only', async () => {
    expect(await lint('electron/preload/index.ts', typeImport('../contract'))).toEqual([]);
    const runtime = await lint('electron/preload/index.ts', staticImport('../contract/records'));
    expect(runtime[0]?.message).toContain('runtime imports only from electron/contract/channels, electron/contract/events');
  });

  it('renderer may import electron/contract as types only', async () => {
    expect(await lint('renderer/src/App.tsx', typeImport('../../electron/contract'))).toEqual([]);
    expect(
      await lint('renderer/src/App.tsx', `import { type Channels } from '../../electron/contract';\nexport type { Channels };\n`),
    ).toEqual([]);
    const runtime = await lint('renderer/src/App.tsx', staticImport('../../electron/contract'));
    expect(runtime[0]?.message).toContain('only with `import type`');
  });

  it('type-only imports do not bypass other layers', async () => {
    const messages = await lint('renderer/src/App.tsx', typeImport('../../db/store/open'));
    expect(messages[0]?.message).toContain('Layer rule (renderer): renderer may not import db/store');
  });

  it('require() is caught too', async () => {
    const messages = await lint('electron/services/x.ts', `export const e = require('electron');\n`);
    expect(messages.map((m) => m.message).join('\n')).toContain("Layer rule (electron/services): electron/services may not import the 'electron' module");
  });

  describe('window.entente', () => {
    const uses = [
      'export const api = window.entente;',
      "export const api = window['entente'];",
      'export const api = globalThis.entente;',
      'const { entente } = window;\nexport const api = entente;',
      'export const api = entente;',
    ];

    it.each(uses)('is forbidden outside renderer/src/api: %s', async (code) => {
      const messages = await lint('renderer/src/components/Panel.tsx', code);
      expect(messages.map((m) => m.message).join('\n')).toContain('only renderer/src/api/** may touch window.entente');
    });

    it.each(uses)('is allowed in renderer/src/api: %s', async (code) => {
      expect(await lint('renderer/src/api/client.ts', code)).toEqual([]);
    });

    it('renderer/src/api keeps the import restrictions', async () => {
      const messages = await lint('renderer/src/api/client.ts', staticImport('../../../db/store/open'));
      expect(messages[0]?.message).toContain('Layer rule (renderer): renderer may not import db/store');
    });
  });

  it('tests and scripts are not layer-restricted', async () => {
    expect(await lint('tests/db/x.test.ts', staticImport('../../db/store/open'))).toEqual([]);
    expect(await lint('tests/main/x.test.ts', staticImport('electron'))).toEqual([]);
    expect(await lint('scripts/x.mjs', staticImport('node:child_process'))).toEqual([]);
  });
});
