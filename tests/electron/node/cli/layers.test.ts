/**
 * The CLI reaches the register only through dispatch() (issue 10): no command module imports the store, a service or
 * a handler. Checked twice — by reading the real dependency graph of electron/node/cli (so loosening the rules in
 * .dependency-cruiser.mjs cannot hide a command that calls a service), and by probing the rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { cruiseWithRules, violations, violationsOf } from '../../../support/cruise';

const FORBIDDEN_FOR_COMMANDS = /^(db\/|electron\/node\/(services|handlers|worker|preview)\/)/;

describe('cli: one door to the register', () => {
  it('no CLI command module imports db/, services or handlers; only register.ts and offline.ts reach past it', async () => {
    const result = await cruiseWithRules(process.cwd(), ['electron/node/cli'], true);
    expect(violationsOf(result)).toEqual([]);
    const cliModules = result.modules.filter((m) => m.source.startsWith('electron/node/cli/'));
    expect(cliModules.map((m) => m.source)).toContain('electron/node/cli/commands/records.ts');
    const reachingPast = cliModules
      .filter((m) => m.dependencies.some((d) => FORBIDDEN_FOR_COMMANDS.test(d.resolved)))
      .map((m) => m.source)
      .sort();
    expect(reachingPast).toEqual(['electron/node/cli/offline.ts', 'electron/node/cli/register.ts']);
    const offline = cliModules.find((m) => m.source === 'electron/node/cli/offline.ts')!;
    expect(offline.dependencies.map((d) => d.resolved).filter((p) => FORBIDDEN_FOR_COMMANDS.test(p))).toEqual(
      expect.arrayContaining(['db/store/index.ts', expect.stringMatching(/^electron\/node\/services\/backup\//)]),
    );
  });

  it('the rules refuse a command module that calls a service, the store or dispatch() directly', async () => {
    expect(
      await violations({
        'electron/node/cli/commands/probe.ts':
          "import { searchRecords } from '../../services/search/search';\n" +
          "import { Store } from '../../../../db/store';\n" +
          "import { dispatch } from '../../handlers/dispatch';\n" +
          'export const x = [searchRecords, Store, dispatch];\n',
        'electron/node/services/search/search.ts': 'export const searchRecords = 1;\n',
        'db/store/index.ts': 'export class Store {}\n',
        'electron/node/handlers/dispatch.ts': 'export const dispatch = 1;\n',
      }),
    ).toEqual([
      'not-in-allowed: electron/node/cli/commands/probe.ts → db/store/index.ts',
      'not-in-allowed: electron/node/cli/commands/probe.ts → electron/node/handlers/dispatch.ts',
      'not-in-allowed: electron/node/cli/commands/probe.ts → electron/node/services/search/search.ts',
    ]);
  });

  it('the two named doors get exactly their exception: the store and dispatch; backup and integrity services', async () => {
    expect(
      await violations({
        'electron/node/cli/register.ts':
          "import { Store } from '../../../db/store';\nimport { dispatch } from '../handlers/dispatch';\n" +
          'export const x = [Store, dispatch];\n',
        'electron/node/cli/offline.ts':
          "import { restoreBackup } from '../services/backup/restore';\n" +
          "import { searchRecords } from '../services/search/search';\n" +
          'export const y = [restoreBackup, searchRecords];\n',
        'db/store/index.ts': 'export class Store {}\n',
        'electron/node/handlers/dispatch.ts': 'export const dispatch = 1;\n',
        'electron/node/services/backup/restore.ts': 'export const restoreBackup = 1;\n',
        'electron/node/services/search/search.ts': 'export const searchRecords = 1;\n',
      }),
    ).toEqual(['not-in-allowed: electron/node/cli/offline.ts → electron/node/services/search/search.ts']);
  });
});
