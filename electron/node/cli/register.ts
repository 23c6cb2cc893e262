/**
 * The register behind a command: a Store opened on --db, a HandlerContext with host services suited to a terminal,
 * and dispatch() — the one door the app, the preview and the CLI all go through, so the contract's zod checks,
 * limits and wording apply to the command line too (issue 10). This is the one CLI module that opens a Store (as
 * worker/thread.ts does for the app); main.ts loads it only when a command runs, never for --help.
 *
 * Host services: `deliverFile` writes the produced file to the path given with --out (atomically: a partial file,
 * then a rename); `takeUpload` hands over a file the command read from a path on its command line (Register.upload); `printPdf` and `screenshotElements` are absent, so reports print with Chromium (services/pdf), as
 * the preview and tests do.
 *
 * Other processes (issue 15). A command that changes the register (`write`, `create`) first claims it as its owner
 * (db/store/owner.ts: the `<register>.owner` file the app and the preview claim too) and holds the claim until it
 * ends: when another live Entente owns it, the command is refused naming that owner, and nothing is opened. It then
 * refuses a register that fails SQLite's check (nothing is written into a damaged file). A read (`read`) answers
 * from a damaged register but warns on stderr (see offline.ts damageBeforeReading for the size limit). A write that
 * meets another program's lock is tried again for a bounded time (BUSY_WAIT_MS), saying so once on stderr.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/domain/errors';
import { CONTRACT, type ChannelName, type Output, type Reply } from '../../common/contract';
import { claimRegister, Store, type Claim } from '../../../db/store';
import type { HandlerContext, HostServices } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { version } from '../../../package.json';
import { fileProblem, RUN, STDOUT, type CliIo, type OpenMode, type Register, type RegisterOptions } from './command';
import { damageBeforeReading } from './offline';

/**
 * How long a write waits for another program's lock in all, in ms (ENTENTE_BUSY_WAIT_MS overrides it: tests, or a
 * script that would rather fail at once). Each try waits up to TRY_MS inside SQLite (its busy timeout).
 */
const BUSY_WAIT_MS = Number(process.env.ENTENTE_BUSY_WAIT_MS ?? 15_000);
const TRY_MS = 1_000;

export interface OpenRegister extends Register {
  close(): void;
}

function openStore(file: string, mode: OpenMode): Store {
  switch (mode) {
    case 'read':
      return Store.open(file, { readonly: true });
    case 'write':
      // Store.open would create a missing file; a command that changes a register must find one.
      if (!existsSync(file)) throw new AppError('NOT_FOUND', `The database ${file} does not exist.`);
      return Store.open(file, { busyTimeoutMs: TRY_MS });
    case 'create':
      return Store.open(file, { busyTimeoutMs: TRY_MS });
    case 'unmigrated':
      return Store.openUnmigrated(file);
  }
}

/** Writes `bytes` to `path` whole or not at all: a crash never leaves half a file under that name. */
export function writeWhole(path: string, bytes: Uint8Array): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes, { flush: true });
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new AppError('UNAVAILABLE', `Cannot write ${path}: ${fileProblem(error, 'write')}.`);
  }
}

/** Files a command read and staged (Register.upload), by upload id; each is taken once. */
type Staged = Map<string, { name: string; bytes: Uint8Array }>;

function terminalHost(options: RegisterOptions, staged: Staged, io: CliIo): HostServices {
  return {
    async takeUpload(id) {
      const file = staged.get(id);
      if (!file) throw new AppError('NOT_FOUND', 'That file was already used or never given.');
      staged.delete(id);
      return file;
    },
    async deliverFile(file) {
      if (!options.out) throw new AppError('VALIDATION', `Give the file to write with --out (${file.name}).`);
      if (options.out === STDOUT) {
        if (!io.bytes)
          throw new AppError('VALIDATION', 'Standard output cannot take a file here: give --out a file name.');
        io.bytes(file.bytes);
        return { saved: true, path: STDOUT };
      }
      const path = resolve(options.out);
      writeWhole(path, file.bytes);
      return { saved: true, path };
    },
  };
}

/** The way back from damage, for messages: see what is wrong, then restore a good backup. */
export function recoveryAdvice(file: string): string {
  return (
    `See what is wrong with “${RUN} check --db ${file}”, then put a good backup in its place with ` +
    `“${RUN} restore --db ${file} --from BACKUP” (“${RUN} backup --list --db ${file}” lists the backups).`
  );
}

/** The app's advice on damage names its menus; at a terminal the way back is the CLI's own commands. */
function forTerminal(code: string, message: string, file: string): string {
  if (code !== 'DAMAGED') return message;
  return `${message.replace(/\s*Run Data & backups ▸ Check, and restore the newest good backup\.$/, '')} ${recoveryAdvice(file)}`;
}

/** Claims and checks a register a command is about to change: the claim, or throws BUSY / DAMAGED. */
function claimForWriting(file: string): Claim {
  const claim = claimRegister(file, 'cli');
  try {
    const damage = existsSync(file) ? damageBeforeReading(file, { always: true }) : null;
    if (damage)
      throw new AppError(
        'DAMAGED',
        `The register is damaged (${damage}): nothing was changed. ${recoveryAdvice(file)}`,
      );
  } catch (error) {
    claim.release();
    throw error;
  }
  return claim;
}

/** Sends one call, trying a write again while another program holds the register's lock (up to BUSY_WAIT_MS). */
async function send(ctx: HandlerContext, io: CliIo, channel: ChannelName, input: unknown): Promise<Reply<unknown>> {
  const writes = Object.prototype.hasOwnProperty.call(CONTRACT, channel) && CONTRACT[channel].writes;
  const started = Date.now();
  for (let told = false; ; told = true) {
    const reply = await dispatch(ctx, channel, input);
    if (reply.ok || reply.error.code !== 'BUSY' || !writes) return reply;
    if (Date.now() - started + TRY_MS > BUSY_WAIT_MS) {
      const seconds = Math.round((Date.now() - started) / 1000);
      return {
        ok: false,
        error: {
          code: 'BUSY',
          message:
            `The register is busy in another program (it holds the register's lock; waited ${seconds} s): ` +
            'nothing was changed. Try again when that program has finished.',
        },
      };
    }
    if (!told) io.err('The register is busy in another program; trying again…');
  }
}

/**
 * Opens `file` as `mode` says and answers calls through dispatch(). Throws what Store.open throws (NOT_FOUND for a
 * missing register, NEWER_SCHEMA, NOT_A_DATABASE, DAMAGED, UNAVAILABLE…), and for `write` / `create` BUSY naming
 * another Entente that owns the register, or DAMAGED for a register that fails its check; a call throws its reply's
 * error as an AppError. Warnings (a damaged register read anyway, a busy one tried again) go to `io.err`.
 */
export function openRegister(file: string, mode: OpenMode, options: RegisterOptions = {}, io?: CliIo): OpenRegister {
  const path = resolve(file);
  const say: CliIo = io ?? { out: () => undefined, err: () => undefined };
  const claim = mode === 'write' || mode === 'create' ? claimForWriting(path) : null;
  let store: Store;
  try {
    store = openStore(file, mode);
  } catch (error) {
    claim?.release();
    throw error;
  }
  if (mode === 'read') {
    const damage = damageBeforeReading(path);
    if (damage)
      say.err(
        `Warning: the register is damaged (${damage}); what follows may be incomplete or wrong. Nothing was changed. ` +
          recoveryAdvice(file),
      );
  }
  const staged: Staged = new Map();
  let toldDamaged = false;
  const ctx: HandlerContext = {
    store,
    databaseFile: path,
    ...(options.backupDir ? { backupDir: resolve(options.backupDir) } : {}),
    transport: 'cli',
    appVersion: version,
    host: terminalHost(options, staged, say),
  };
  return {
    file,
    async call(channel, input) {
      const reply = await send(ctx, say, channel, input);
      if (reply.ok && reply.damaged && !toldDamaged) {
        toldDamaged = true;
        say.err(`Warning: ${reply.damaged} could not be read (damaged) and are missing from what follows.`);
      }
      if (!reply.ok)
        throw new AppError(reply.error.code, forTerminal(reply.error.code, reply.error.message, file), {
          // The wording's key travels on (main.ts words it for --lang), except where the terminal words it its own way.
          ...(reply.error.key && reply.error.code !== 'DAMAGED'
            ? { key: reply.error.key, ...(reply.error.values ? { values: reply.error.values } : {}) }
            : {}),
          ...(reply.error.fields ? { fields: reply.error.fields } : {}),
          ...(reply.error.details !== undefined ? { details: reply.error.details } : {}),
        });
      return reply.value as Output<typeof channel>;
    },
    upload(file) {
      const id = randomBytes(16).toString('hex');
      staged.set(id, file);
      return id;
    },
    // Read through the context: a restore through the contract replaces its store.
    close: () => {
      ctx.store.close();
      claim?.release();
    },
  };
}
