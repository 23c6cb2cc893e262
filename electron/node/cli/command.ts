/**
 * The CLI's shape: each command is a module with a name, a usage line and a `run` that
 * returns what to print. Errors are AppErrors; main.ts turns them into one line on stderr
 * and a non-zero exit code, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../common/domain/errors';
import { Store } from '../../../db/store';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], io: CliIo): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict option parsing with messages a person can act on. */
export function parseCommandArgs<O extends Options>(command: CliCommand, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('VALIDATION', `${reason}. Usage: ${command.usage}`);
  }
}

export function requireDb(command: CliCommand, file: string | undefined): string {
  if (!file) throw new AppError('VALIDATION', `--db FILE is required. Usage: ${command.usage}`);
  return file;
}

/** Opens the register for the duration of `work` and always closes it. */
export async function withStore<T>(
  file: string,
  work: (store: Store) => T | Promise<T>,
  options: { readonly?: boolean } = {},
): Promise<T> {
  const store = Store.open(file, options);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
