/**
 * The register behind a command: a Store opened on --db, a HandlerContext with host services suited to a terminal,
 * and dispatch() — the one door the app, the preview and the CLI all go through, so the contract's zod checks,
 * limits and wording apply to the command line too (issue 10). This is the one CLI module that opens a Store (as
 * worker/thread.ts does for the app); main.ts loads it only when a command runs, never for --help.
 *
 * Host services: `deliverFile` writes the produced file to the path given with --out (atomically: a partial file,
 * then a rename); `printPdf` and `screenshotElements` are absent, so reports print with Chromium (services/pdf), as
 * the preview and tests do.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/domain/errors';
import type { Output } from '../../common/contract';
import { Store } from '../../../db/store';
import type { HandlerContext, HostServices } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { version } from '../../../package.json';
import { fileProblem, type OpenMode, type Register, type RegisterOptions } from './command';

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
      return Store.open(file);
    case 'create':
      return Store.open(file);
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

function terminalHost(options: RegisterOptions): HostServices {
  return {
    async deliverFile(file) {
      if (!options.out) throw new AppError('VALIDATION', `Give the file to write with --out (${file.name}).`);
      const path = resolve(options.out);
      writeWhole(path, file.bytes);
      return { saved: true, path };
    },
  };
}

/**
 * Opens `file` as `mode` says and answers calls through dispatch(). Throws what Store.open throws (NOT_FOUND for a
 * missing register, NEWER_SCHEMA, NOT_A_DATABASE, UNAVAILABLE…); a call throws its reply's error as an AppError.
 */
export function openRegister(file: string, mode: OpenMode, options: RegisterOptions = {}): OpenRegister {
  const ctx: HandlerContext = {
    store: openStore(file, mode),
    databaseFile: resolve(file),
    ...(options.backupDir ? { backupDir: resolve(options.backupDir) } : {}),
    transport: 'cli',
    appVersion: version,
    host: terminalHost(options),
  };
  return {
    file,
    async call(channel, input) {
      const reply = await dispatch(ctx, channel, input);
      if (!reply.ok)
        throw new AppError(reply.error.code, reply.error.message, {
          ...(reply.error.fields ? { fields: reply.error.fields } : {}),
          ...(reply.error.details !== undefined ? { details: reply.error.details } : {}),
        });
      return reply.value as Output<typeof channel>;
    },
    // Read through the context: a restore through the contract replaces its store.
    close: () => ctx.store.close(),
  };
}
