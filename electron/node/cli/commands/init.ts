import { existsSync } from 'node:fs';
import { AppError } from '../../../common/domain/errors';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE [--demo] [--json]',
  summary: 'Create (or upgrade) a database; --demo loads the seed article’s records.',
  async run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      demo: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = requireDb(this, values.db);
    const existed = existsSync(file);
    return withStore(file, (store) => {
      if (values.demo) {
        const total = Object.values(store.countRecords()).reduce((a, b) => a + b, 0);
        if (total > 0)
          throw new AppError(
            'CONFLICT',
            `${file} already holds ${total} records; demo data is only loaded into an empty database.`,
          );
        store.loadDemo();
      }
      const result = { file, created: !existed, schemaVersion: store.schemaVersion(), counts: store.countRecords() };
      if (values.json) printJson(io, result);
      else {
        const counts = Object.entries(result.counts)
          .map(([k, n]) => `${n} ${k.replace('_', ' ')}`)
          .join(', ');
        io.out(`${existed ? 'Opened' : 'Created'} ${file} (schema ${result.schemaVersion}): ${counts}.`);
      }
      return 0;
    });
  },
};
