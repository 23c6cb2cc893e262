/**
 * CLI: export / import exchange bundles (bundle.export, bundle.import) and undo / redo the last changes (history.*).
 * The bundle file is the host's to read and write: import reads --in and sends a JSON bundle's text, or hands a ZIP
 * bundle (one carrying attachments) over as an upload; export's file is written to --out by the register's
 * deliverFile, as JSON or as a ZIP as the name of --out says.
 */
import { basename } from 'node:path';
import type { ImportOutcome, UndoOutcome } from '../../../common/contract/safety';
import {
  flagOption,
  printJson,
  registerOptions,
  required,
  STDOUT,
  textOption,
  type CliCommand,
  type CliIo,
} from '../command';
import { readNamedFile } from '../files';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write every record to an exchange bundle',
  description:
    'Write every record (events, links, tags, stable ids) to a versioned exchange bundle; .zip also carries attachments.',
  configure: (command) =>
    registerOptions(command).option(
      '--out <file>',
      'the bundle to write, BUNDLE.json or BUNDLE.zip; - for standard output (JSON) (required)',
    ),
  async run(cli) {
    const out = required(textOption(cli, 'out'), '--out BUNDLE.json', cli);
    const register = await cli.register('read', { out });
    const result = await register.call('bundle.export', { format: /\.zip$/i.test(out) ? 'zip' : 'json' });
    const { path: file, records, attachments, bytes } = result;
    // Standard output carries the bundle itself: the summary goes to standard error.
    const say = out === STDOUT ? { ...cli.io, out: cli.io.err } : cli.io;
    if (flagOption(cli, 'json')) printJson(say, { file, records, ...(attachments ? { attachments } : {}), bytes });
    else {
      const documents = attachments ? ` and ${attachments} attachments` : '';
      const where = out === STDOUT ? 'standard output' : file;
      say.out(`Exported ${records} records${documents} to ${where} (${bytes.toLocaleString('en')} bytes).`);
    }
    return 0;
  },
};

function printReport(io: CliIo, report: ImportOutcome): void {
  const verb = report.dryRun ? 'Would' : 'Did';
  io.out(`${report.dryRun ? 'Dry run — nothing was written. ' : ''}${report.total} records in the bundle:`);
  io.out(`  ${verb.padEnd(5)} create:   ${report.created.length}`);
  io.out(`  ${verb.padEnd(5)} update:   ${report.updated.length}  (the bundle's version is newer)`);
  io.out(`  Skipped, older: ${report.skippedOlder.length}  (the database's version is newer or was kept)`);
  io.out(`  Unchanged:      ${report.unchanged.length}`);
  const docs = report.attachments;
  if (docs.added + docs.versions + docs.described > 0)
    io.out(
      `  Documents:      ${docs.added} new, ${docs.versions} file version(s) to add, ${docs.described} description(s) newer in the bundle`,
    );
  for (const item of report.created) io.out(`  + ${item.kind} “${item.title}” (${item.id})`);
  for (const item of report.updated) io.out(`  ~ ${item.kind} “${item.title}” (${item.id})`);
  if (report.conflicts.length > 0) {
    io.out(`Conflicts (${report.conflicts.length}) — the record differs on both sides; the later change wins:`);
    for (const c of report.conflicts) {
      const winner =
        c.resolution === 'bundle-newer'
          ? 'bundle wins'
          : c.resolution === 'database-newer'
            ? 'database kept (newer)'
            : c.resolution === 'same-time-database-kept'
              ? 'database kept (same time)'
              : 'database kept (different kind)';
      io.out(
        `  ! ${c.id}: bundle “${c.bundle.title}” ${c.bundle.kind} updated ${c.bundle.updatedAt} v${c.bundle.version} | database “${c.database.title}” ${c.database.kind} updated ${c.database.updatedAt} v${c.database.version} → ${winner}`,
      );
    }
  }
}

/** The largest bundle file import reads (the contract takes a JSON bundle's text up to 200 MB). */
const BUNDLE_MAX_BYTES = 2_000_000_000;

const tooLarge = (name: string, size: number) =>
  `"${name}" is ${Math.round(size / 1_000_000).toLocaleString('en')} MB; a bundle can be at most 2,000 MB.`;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
/** JSON bundles up to this many bytes go as text (the contract takes at most 200,000,000 characters). */
const TEXT_BYTES = 100_000_000;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Merge an exchange bundle (newer wins)',
  description: 'Merge a bundle by id (newer wins, conflicts listed) in one transaction; --dry-run only reports.',
  configure: (command) =>
    registerOptions(command)
      .option('--in <file>', 'the bundle to read, BUNDLE.json or BUNDLE.zip (required)')
      .option('--dry-run', 'report what would change, write nothing'),
  async run(cli) {
    const input = required(textOption(cli, 'in'), '--in BUNDLE.json', cli);
    const file = readNamedFile(input, BUNDLE_MAX_BYTES, tooLarge);
    const register = await cli.register('create');
    const report = await register.call('bundle.import', {
      // A ZIP (attachments) or a JSON bundle too large for the contract's text goes as an upload of its bytes, never
      // decoded into one string here (services/exchange/bundle-json.ts reads it in pieces); a smaller JSON goes as
      // text, which a write retried after meeting another program's lock can send again (an upload is taken once).
      ...(isZip(file.bytes) || file.bytes.byteLength > TEXT_BYTES
        ? { upload: register.upload(file) }
        : { text: new TextDecoder().decode(file.bytes) }),
      fileName: basename(input),
      dryRun: flagOption(cli, 'dryRun'),
    });
    if (flagOption(cli, 'json')) printJson(cli.io, report);
    else printReport(cli.io, report);
    return 0;
  },
};

function printStep(io: CliIo, result: UndoOutcome, json: boolean): void {
  if (json) printJson(io, result);
  else
    io.out(
      `${result.action === 'undo' ? 'Undid' : 'Redid'}: ${result.change.label} (${result.records.length} record${result.records.length === 1 ? '' : 's'} written).`,
    );
}

export const undoCommand: CliCommand = {
  name: 'undo',
  summary: 'Undo the last change, or --list the changes',
  description: 'Undo the last change (of the last 50); --list shows them and what undo and redo would do.',
  configure: (command) => registerOptions(command).option('--list', 'list the changes instead'),
  async run(cli) {
    if (flagOption(cli, 'list')) {
      const register = await cli.register('read');
      const history = await register.call('history.list', {});
      if (flagOption(cli, 'json')) printJson(cli.io, history);
      else {
        for (const c of history.changes)
          cli.io.out(
            `${String(c.id).padStart(6)}  ${c.at.slice(0, 19).replace('T', ' ')}  ${c.state === 'undone' ? '(undone) ' : ''}${c.label}`,
          );
        cli.io.out(
          `Next undo: ${history.nextUndo?.label ?? 'nothing'}. Next redo: ${history.nextRedo?.label ?? 'nothing'}.`,
        );
      }
      return 0;
    }
    const register = await cli.register('write');
    printStep(cli.io, await register.call('history.undo', {}), flagOption(cli, 'json'));
    return 0;
  },
};

export const redoCommand: CliCommand = {
  name: 'redo',
  summary: 'Redo the change undone last',
  description: 'Redo the change undone last (possible until a new change is made).',
  configure: (command) => registerOptions(command),
  async run(cli) {
    const register = await cli.register('write');
    printStep(cli.io, await register.call('history.redo', {}), flagOption(cli, 'json'));
    return 0;
  },
};
