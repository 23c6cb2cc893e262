/**
 * CLI: backup (backups.create, backups.list), restore (by path: offline.ts says why it is no channel) and check
 * (integrity.check on the register opened as it is; the read-only file check when it cannot even be opened).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import type { IntegrityCheckReport } from '../../../common/contract/safety';
import {
  BUSY_EXIT,
  flagOption,
  printJson,
  registerOptions,
  required,
  RUN,
  textOption,
  type CliCommand,
} from '../command';

/** "2026-11-28 01:33:50 UTC"; a backup whose time is unknown says so (never "( UTC)"). */
const when = (iso: string) => (iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : 'time unknown');

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Take a verified backup, or --list them',
  description:
    'Take a verified backup (a consistent copy, VACUUM INTO: the register stays usable meanwhile, also in the app) ' +
    'and rotate old ones; --list shows the backups.',
  configure: (command) =>
    registerOptions(command)
      .option('--dir <dir>', 'backup folder, when the register names none (default: backups/ beside it)')
      .option('--list', 'list the backups instead'),
  async run(cli) {
    const dir = textOption(cli, 'dir');
    // A backup only reads the register (backups.create writes nothing into it), so it needs no claim: it may be taken
    // while the app has the register open.
    const register = await cli.register('read', dir ? { backupDir: dir } : {});
    if (flagOption(cli, 'list')) {
      const listing = await register.call('backups.list', {});
      if (flagOption(cli, 'json')) printJson(cli.io, listing);
      else if (listing.backups.length === 0) cli.io.out(`No backups in ${listing.dir}.`);
      else
        for (const b of listing.backups)
          cli.io.out(
            `${b.name}  ${when(b.takenAt)}  ${b.verified ? `${b.records ?? 0} records, verified` : 'not verified'}`,
          );
      return 0;
    }
    const backup = await register.call('backups.create', {});
    const { dir: folder } = await register.call('backups.list', {});
    const path = join(folder, backup.name);
    if (flagOption(cli, 'json')) printJson(cli.io, { ...backup, path });
    else cli.io.out(`Backed up ${backup.records ?? 0} records to ${path} (verified: integrity ok, row counts equal).`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the register with a backup file',
  description:
    'Replace the register with a verified backup, keeping a safety copy of the current one (a damaged one is ' +
    'moved aside unchanged). Prints how to undo it.',
  configure: (command) =>
    registerOptions(command)
      .option('--from <backup>', 'the backup file to restore (required)')
      .option('--dir <dir>', 'where the safety copy goes (default: the register’s backup folder)'),
  async run(cli) {
    const file = required(textOption(cli, 'db'), '--db FILE', cli);
    const from = required(textOption(cli, 'from'), '--from BACKUP', cli);
    const { restoreFromFile } = await import('../offline');
    const result = await restoreFromFile(file, from, textOption(cli, 'dir'));
    if (flagOption(cli, 'json')) printJson(cli.io, result);
    else {
      if (result.movedAside)
        cli.io.out(`The current database was damaged; it was moved aside, unchanged, to ${result.movedAside}.`);
      cli.io.out(
        `Restored ${result.restoredFrom.records} records from ${result.restoredFrom.name} (${when(result.restoredFrom.takenAt)}) into ${file}.`,
      );
      if (result.safetyCopy)
        cli.io.out(
          `The database as it was is kept in ${result.safetyCopy}; to undo: ${RUN} restore --db ${file} --from ${result.safetyCopy}`,
        );
    }
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a register for damage (exit 1 if so)',
  description:
    'Check a register without changing it: structure, references, search index. Exit 1 when something is wrong, ' +
    '5 when another program’s lock kept a check from running (try again).',
  configure: (command) =>
    registerOptions(command).option('--deep', 'the full integrity_check (every index entry against its row)'),
  async run(cli) {
    const file = required(textOption(cli, 'db'), '--db FILE', cli);
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `The database ${file} does not exist.`);
    const deep = flagOption(cli, 'deep');
    // First SQLite's checks on the file opened read-only: a damaged register (perhaps with a journal still beside
    // it) must not be opened for writing, which could change it. Only a sound file is opened as it is, for the
    // register's own check through the contract (references, and the search index, whose check needs a writable
    // connection). The structure is read twice for a sound file; a check is rare and must not harm.
    const onFile = (await import('../offline')).fileCheck(file, deep);
    const report: IntegrityCheckReport = onFile.ok
      ? await (await cli.register('unmigrated')).call('integrity.check', { deep })
      : onFile;
    if (flagOption(cli, 'json')) printJson(cli.io, report);
    else {
      // A check another program's lock kept from running says nothing about the file: "busy", never "FAIL".
      for (const c of report.checks) cli.io.out(`${c.ok ? 'ok  ' : c.busy ? 'busy' : 'FAIL'}  ${c.name}: ${c.detail}`);
      cli.io.out(report.ok ? `${file} is healthy.` : `${file}: ${report.problem}`);
    }
    return report.ok ? 0 : report.busy && !report.damaged ? BUSY_EXIT : 1;
  },
};
