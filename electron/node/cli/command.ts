/**
 * The CLI's shape. A command is a name, a one-line summary, its arguments and options (declared on a commander
 * Command, which also writes its `--help`) and a `run` that reaches the register only through `cli.register(mode)`:
 * dispatch() on a HandlerContext opened in this process (register.ts), so the contract's checks and wording apply
 * here exactly as in the app. Errors are AppErrors; main.ts turns them into one line on stderr and an exit code.
 *
 * Command modules import no store, service or handler code: that is loaded with the register, when a command runs,
 * which keeps `--help`, `list`, `show` and `status` quick to start (issue 19).
 */
import type { Command } from 'commander';
import { AppError } from '../../common/domain/errors';
import type { ChannelName, Input, Output } from '../../common/contract';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** stderr is a terminal: a long command may show its progress there. */
  interactive?: boolean;
  /** Raw bytes to standard output: a file written with `--out -` (absent: "-" is refused). */
  bytes?: (data: Uint8Array) => void;
}

/** `--out -`: write the file to standard output (the Unix convention), its summary to standard error. */
export const STDOUT = '-';

/**
 * How a command opens the --db register: `read` read-only (it must exist; a damaged one is read with a warning);
 * `write` it must exist; `create` created (and migrated) when absent; `unmigrated` exactly as it is, for checks (no
 * migration, no index repair). `write` and `create` claim the register for the command's duration and refuse one
 * that another Entente owns or that is damaged (register.ts).
 */
export type OpenMode = 'read' | 'write' | 'create' | 'unmigrated';

export interface RegisterOptions {
  /** Where a produced file goes (the host's deliverFile): the path the person gave with --out. */
  out?: string;
  /** Where backups go when the register names no backup folder of its own. */
  backupDir?: string;
}

/** The register behind one command: one call per contract channel; a reply error is thrown as an AppError. */
export interface Register {
  readonly file: string;
  call<N extends ChannelName>(channel: N, input: Input<N>): Promise<Output<N>>;
  /**
   * Stages a file the command read (the person named it on the command line, as they would pick it in the app's
   * open dialog) and gives its upload id for a channel that takes uploads (attachments.add, bundle.import); the
   * terminal host hands it over once, as the app's host does. Paths never reach the register.
   */
  upload(file: { name: string; bytes: Uint8Array }): string;
}

export interface CliRun {
  /** Positional arguments, as commander collected them (a variadic last argument is spread). */
  args: string[];
  /** Option values by camel-cased name (`--as-of` → `asOf`). */
  opts: Readonly<Record<string, unknown>>;
  io: CliIo;
  /** The language asked for (`--lang`, else LC_ALL/LANG; main.ts takeLanguage): messages, and a report's words. */
  language: 'en' | 'it';
  /** The command's usage line, for messages ("Usage: list [options] <kind>"). */
  usage: string;
  /** Opens the --db register for this run; it is closed when the run ends, whatever happens. */
  register(mode: OpenMode, options?: RegisterOptions): Promise<Register>;
}

export interface CliCommand {
  name: string;
  /** One short line for the overall help (it fits 80 columns beside the usage). */
  summary: string;
  /** What the command's own --help says it does (default: the summary). */
  description?: string;
  /** Arguments, options and extra help text, declared on the command's commander Command. */
  configure(command: Command): void;
  /** Rewrites the command's arguments before they are parsed (search: "-japan" is a query word, not an option). */
  prepare?(argv: string[], command: Command): string[];
  run(cli: CliRun): Promise<number> | number;
}

/** The options every command that reads a register takes: --db FILE and --json. */
export function registerOptions(command: Command): Command {
  return command
    .option('--db <file>', 'the register: an Entente database file (.sqlite)')
    .option('--json', 'print JSON for scripts instead of text');
}

/** A whole number given as an option, or undefined when absent; its range is the contract's to check. */
export function wholeNumberOption(cli: CliRun, name: string, flag: string): number | undefined {
  const text = textOption(cli, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) throw new AppError('VALIDATION', `${flag} must be a whole number, not “${text}”.`);
  return Number(text);
}

/** A text option's value (the last one given), or undefined. */
export function textOption(cli: CliRun, name: string): string | undefined {
  const value = cli.opts[name];
  if (Array.isArray(value)) return value.length ? String(value[value.length - 1]) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable option's values, also split at commas ("--party a,b --party c" → a, b, c); undefined when none. */
export function listOption(cli: CliRun, name: string): string[] | undefined {
  const raw = cli.opts[name];
  const values = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

export function flagOption(cli: CliRun, name: string): boolean {
  return cli.opts[name] === true;
}

/** commander's collector for repeatable options. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function required<T>(value: T | undefined, what: string, cli: CliRun): T {
  if (value === undefined || value === '') throw new AppError('VALIDATION', `${what} is required. Usage: ${cli.usage}`);
  return value;
}

/** Why a file could not be read or written, in words (never Node's "ENOENT: no such file or directory, open …"). */
export function fileProblem(error: unknown, doing: 'read' | 'write'): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return doing === 'read' ? 'there is no such file' : 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'that is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** The exit code for "busy": another Entente owns the register, or another program holds its lock. Try again later. */
export const BUSY_EXIT = 5;

/** "Run “npm run cli -- list --help” for …": the documented way to run the CLI, in messages. */
export const RUN = 'npm run cli --';
