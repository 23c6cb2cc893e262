/**
 * `npm run cli -- <command> …`: the register from a terminal. Parsing and help are commander's (every command has
 * its own --help; the overall help fits 80 columns); each command reaches the register only through dispatch()
 * (register.ts). One clear line on stderr and an exit code for every failure — 2 bad input, 3 not found,
 * 4 a database this version cannot use or a damaged one, 5 busy (another Entente owns the register, or another
 * program holds its lock: try again later), 1 anything else — and stack traces only with ENTENTE_DEBUG=1. A reader that
 * stops reading (`… | head -1`) is a normal end: exit 0, no EPIPE trace.
 *
 * `npm run cli` runs scripts/cli.mjs, which runs a bundle of this file (built once per change of the sources) with
 * plain node; `tsx electron/node/cli/main.ts …` runs it from the sources.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { AppError } from '../../common/domain/errors';
import { labelOf } from '../../common/domain/vocab';
import { CLI_WORDS } from '../../common/domain/words/cli';
import { fill, isWordLanguage, languageOfLocale, lookUp, type WordLanguage } from '../../common/domain/words/fill';
import { PROBLEM_WORDS, sayError } from '../../common/domain/words/problems';
import { BUSY_EXIT, RUN, textOption, type CliCommand, type CliIo, type CliRun } from './command';
import { COMMANDS } from './commands';
import type { OpenRegister } from './register';

const EXIT_CODES: Partial<Record<AppError['code'], number>> = {
  VALIDATION: 2,
  NOT_FOUND: 3,
  NEWER_SCHEMA: 4,
  NOT_A_DATABASE: 4,
  DAMAGED: 4,
  BUSY: BUSY_EXIT,
};
/** Wrong command line (unknown option, missing argument…): commander's errors. */
const USAGE_EXIT = 2;
const HELP_WIDTH = 80;

/** "error: unknown option '--bogus'" → "Unknown option '--bogus'." */
function sentence(commanderMessage: string): string {
  const text = commanderMessage.replace(/^error:\s*/, '').trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!)]$/.test(capital) ? capital : `${capital}.`;
}

function positional(command: Command): string[] {
  return command.processedArgs.flatMap((a: unknown) =>
    a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)],
  );
}

/**
 * `--lang it|en` anywhere on the line (issue 18), taken out before commander reads it; without it, LC_ALL, else
 * LANG, decides ("it_IT.UTF-8" → it), else English. `bad`: a value that is not a language Entente ships.
 */
export function takeLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { language: WordLanguage; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') given = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (given !== undefined)
    return isWordLanguage(given) ? { language: given, rest } : { language: 'en', rest, bad: given };
  return { language: languageOfLocale(env.LC_ALL || env.LANG), rest };
}

/** An error from the register in `language`: by its key where the table has one, else its English message. */
function errorLine(error: AppError, language: WordLanguage): string {
  if (language === 'en') return error.message;
  const table = PROBLEM_WORDS[language];
  const say = (key: string, values?: Record<string, string | number>) => {
    const template = lookUp(table, key);
    return template === undefined ? undefined : fill(template, values);
  };
  // Vocabulary labels in Italian live with the renderer; the command line shows the model's own labels.
  return sayError(error.toInfo(), say, labelOf);
}

/** Runs `spec` with the arguments commander parsed; the registers it opened are closed whatever happens. */
async function runCommand(spec: CliCommand, command: Command, io: CliIo, language: WordLanguage): Promise<number> {
  const opened: OpenRegister[] = [];
  const cli: CliRun = {
    args: positional(command),
    opts: command.opts(),
    io,
    language,
    usage: `${spec.name} ${command.usage()}`,
    async register(mode, options) {
      const file = textOption(cli, 'db');
      if (!file) throw new AppError('VALIDATION', `--db FILE is required. Usage: ${cli.usage}`);
      // Store, handlers and services load here, when a command first needs the register — not for --help.
      const { openRegister } = await import('./register');
      const register = openRegister(file, mode, options, io);
      opened.push(register);
      return register;
    },
  };
  try {
    return await spec.run(cli);
  } finally {
    for (const register of opened) register.close();
  }
}

/** The program: one commander command per CLI command, printing through `io`, throwing instead of exiting. */
function program(io: CliIo, exit: { code: number }, language: WordLanguage = 'en'): Command {
  const words = CLI_WORDS[language];
  const root = new Command('npm run cli --')
    .description(words.headline)
    // Listed for the help only: runCli takes --lang out of the line before commander reads it.
    .option('--lang <it|en>', words.language)
    .configureHelp({
      helpWidth: HELP_WIDTH,
      // The overall list leaves out " [options]" (every command has some; its own --help lists them), so a command
      // with several arguments (attach <kind> <id> <files...>) still leaves room for the summaries within 80 columns.
      subcommandTerm: (command) =>
        [
          command.name(),
          ...command.registeredArguments.map((a) => {
            const name = `${a.name()}${a.variadic ? '...' : ''}`;
            return a.required ? `<${name}>` : `[${name}]`;
          }),
        ].join(' '),
    })
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      outputError: () => undefined, // errors are printed once, as one line, by runCli
    })
    .exitOverride()
    .addHelpText('after', `\n${fill(words.eachHelp, { run: RUN })}`);
  for (const spec of COMMANDS) {
    const command = root
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.description ?? spec.summary);
    spec.configure(command);
    command.action(async (...params: unknown[]) => {
      exit.code = await runCommand(spec, params[params.length - 1] as Command, io, language);
    });
  }
  return root;
}

export async function runCli(
  line: string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const { language, rest: argv, bad } = takeLanguage(line, env);
  const words = CLI_WORDS[language];
  if (bad !== undefined) {
    io.err(`entente: ${fill(words.badLanguage, { value: bad })}`);
    return USAGE_EXIT;
  }
  const exit = { code: 0 };
  const root = program(io, exit, language);
  if (argv.length === 0) {
    root.outputHelp();
    return USAGE_EXIT;
  }
  const spec = COMMANDS.find((c) => c.name === argv[0]);
  const name = spec?.name;
  const command = root.commands.find((c) => c.name() === name);
  const args = spec?.prepare && command ? [argv[0]!, ...spec.prepare(argv.slice(1), command)] : argv;
  try {
    await root.parseAsync(args, { from: 'user' });
    return exit.code;
  } catch (error) {
    if (process.env.ENTENTE_DEBUG === '1')
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, help <command>
      const hint = name ? fill(words.seeHelp, { run: RUN, command: name }) : fill(words.listHelp, { run: RUN });
      io.err(`entente${name ? ` ${name}` : ''}: ${sentence(error.message)} ${hint}`);
      return USAGE_EXIT;
    }
    const prefix = name ? `entente ${name}` : 'entente';
    if (error instanceof AppError) {
      io.err(`${prefix}: ${errorLine(error, language)}`);
      return EXIT_CODES[error.code] ?? 1;
    }
    io.err(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * Runs the CLI as this process: exit code from runCli. A closed standard output (the reader stopped: `| head -1`)
 * ends output quietly; the command still finishes and closes the register.
 */
export async function runProcess(argv: string[] = process.argv.slice(2)): Promise<void> {
  let outputClosed = false;
  const closedReader = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') outputClosed = true;
    else throw error;
  };
  process.stdout.on('error', closedReader);
  process.stderr.on('error', () => undefined); // nowhere left to say anything
  const io: CliIo = {
    out: (text) => {
      if (!outputClosed) process.stdout.write(`${text}\n`);
    },
    err: (text) => process.stderr.write(`${text}\n`),
    interactive: process.stderr.isTTY === true,
    bytes: (data) => {
      if (!outputClosed) process.stdout.write(data);
    },
  };
  process.exitCode = await runCli(argv, io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void runProcess();
