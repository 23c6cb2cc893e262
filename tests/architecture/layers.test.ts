/**
 * The layer table (.dependency-cruiser.mjs) can fail: probe files in a scratch tree laid out like the repo are
 * cruised with the project's own rules. A forbidden import, a forbidden package, a runtime import of contract
 * schemas from the renderer and a cycle made only of type imports are each reported; the allowed forms are not.
 */
import { describe, expect, it } from 'vitest';
import { violations } from '../support/cruise';

describe('the layer table is enforced', () => {
  it('refuses an import the table does not allow (renderer → store)', async () => {
    expect(
      await violations({
        'renderer/src/probe.ts':
          "import { openDatabase } from '../../db/store/open';\nexport const x = openDatabase;\n",
        'db/store/open.ts': 'export const openDatabase = 1;\n',
      }),
    ).toEqual([
      'not-in-allowed: renderer/src/probe.ts → db/store/open.ts',
      'store-through-its-interface: renderer/src/probe.ts → db/store/open.ts',
    ]);
  });

  it('allows what the table lists (renderer → domain, store → domain)', async () => {
    expect(
      await violations({
        'renderer/src/probe.ts': "import { a } from '../../electron/common/domain/a';\nexport const x = a;\n",
        'db/store/probe.ts': "import { a } from '../../electron/common/domain/a';\nexport const y = a;\n",
        'electron/common/domain/a.ts': 'export const a = 1;\n',
      }),
    ).toEqual([]);
  });

  it('refuses a type-only import across a forbidden boundary too (domain → store)', async () => {
    expect(
      await violations({
        'electron/common/domain/probe.ts': "import type { Db } from '../../../db/store/sql';\nexport type X = Db;\n",
        'db/store/sql.ts': 'export type Db = { file: string };\n',
      }),
    ).toEqual([
      'not-in-allowed: electron/common/domain/probe.ts → db/store/sql.ts',
      'store-through-its-interface: electron/common/domain/probe.ts → db/store/sql.ts',
    ]);
  });

  it('lets services reach the register only through the store interface (db/store/index.ts)', async () => {
    expect(
      await violations({
        'electron/node/services/probe.ts':
          "import { Store } from '../../../db/store';\nimport { all } from '../../../db/store/sql';\nexport const x = [Store, all];\n",
        'db/store/index.ts': 'export class Store {}\n',
        'db/store/sql.ts': 'export const all = 1;\n',
      }),
    ).toEqual(['store-through-its-interface: electron/node/services/probe.ts → db/store/sql.ts']);
  });

  it('finds a cycle made of type imports', async () => {
    const found = await violations({
      'db/store/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
      'db/store/b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
    });
    expect(found.filter((v) => v.startsWith('no-cycles:')).length).toBeGreaterThan(0);
  });

  it('keeps contract schemas out of the renderer bundle: types and the channel list only', async () => {
    expect(
      await violations({
        'renderer/src/probe.ts':
          "import type { X } from '../../electron/common/contract/records';\n" +
          "import { CHANNEL_NAMES } from '../../electron/common/contract/channels';\n" +
          "import { schema } from '../../electron/common/contract/records';\n" +
          'export const all: [X | undefined, unknown, unknown] = [undefined, CHANNEL_NAMES, schema];\n',
        'electron/common/contract/records.ts': 'export type X = 1;\nexport const schema = 1;\n',
        'electron/common/contract/channels.ts': 'export const CHANNEL_NAMES = [];\n',
      }),
    ).toEqual(['ui-gets-the-contract-as-types: renderer/src/probe.ts → electron/common/contract/records.ts']);
  });
});
