/**
 * `npm run cli -- <command> …`: the register from a terminal. One clear line on stderr
 * and a non-zero exit for every failure; stack traces only with ENTENTE_DEBUG=1.
 */
import { pathToFileURL } from 'node:url';
import { AppError } from '../../common/domain/errors';
import type { CliIo } from './command';
import { COMMANDS } from './commands';

const EXIT_CODES: Partial<Record<AppError['code'], number>> = {
  VALIDATION: 2,
  NOT_FOUND: 3,
  NEWER_SCHEMA: 4,
  NOT_A_DATABASE: 4,
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Entente command line. Usage: npm run cli -- <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`entente: unknown command “${name}”. Run “npm run cli -- help” for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (process.env.ENTENTE_DEBUG === '1')
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof AppError) {
      io.err(`entente ${name}: ${error.message}`);
      return EXIT_CODES[error.code] ?? 1;
    }
    io.err(`entente ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: CliIo = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
