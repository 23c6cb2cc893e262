/** CLI: init — create (or upgrade) a register (app.info), optionally with the seed article's records (demo.load). */
import { existsSync } from 'node:fs';
import { AppError } from '../../../common/domain/errors';
import { flagOption, printJson, registerOptions, required, textOption, type CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create or upgrade a register (--demo: examples)',
  description: 'Create a register, or upgrade an older one; --demo loads the seed article’s records into an empty one.',
  configure: (command) => registerOptions(command).option('--demo', 'load the example records (empty register only)'),
  async run(cli) {
    const file = required(textOption(cli, 'db'), '--db FILE', cli);
    const existed = existsSync(file);
    const register = await cli.register('create');
    if (flagOption(cli, 'demo')) {
      const before = await register.call('app.info', {});
      const total = Object.values(before.counts).reduce((a, b) => a + b, 0);
      if (total > 0)
        throw new AppError(
          'CONFLICT',
          `${file} already holds ${total} records; demo data is only loaded into an empty database.`,
        );
      await register.call('demo.load', {});
    }
    const info = await register.call('app.info', {});
    const result = { file, created: !existed, schemaVersion: info.schemaVersion, counts: info.counts };
    if (flagOption(cli, 'json')) printJson(cli.io, result);
    else {
      const counts = Object.entries(result.counts)
        .map(([k, n]) => `${n} ${k.replace('_', ' ')}`)
        .join(', ');
      cli.io.out(`${existed ? 'Opened' : 'Created'} ${file} (schema ${result.schemaVersion}): ${counts}.`);
    }
    return 0;
  },
};
