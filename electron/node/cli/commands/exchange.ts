/** CLI: export / import exchange bundles, undo / redo the last changes. */
import { existsSync } from 'node:fs';
import { AppError } from '../../../common/domain/errors';
import { type UndoResult } from '../../../../db/store';
import { exportToFile, exportToZipFile, importFromFile, type ImportReport } from '../../services/exchange';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand, type CliIo } from '../command';

function existingDb(command: CliCommand, file: string | undefined): string {
  const path = requireDb(command, file);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `There is no database at ${path}.`);
  return path;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --db FILE --out BUNDLE.json|BUNDLE.zip [--json]',
  summary:
    'Write every record (events, links, tags, stable ids) to a versioned exchange bundle; .zip also carries attachments.',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = existingDb(this, values.db);
    if (!values.out) throw new AppError('VALIDATION', `--out BUNDLE.json is required. Usage: ${this.usage}`);
    const out = values.out;
    return withStore(
      file,
      async (store) => {
        const result = /\.zip$/i.test(out) ? await exportToZipFile(store, out) : exportToFile(store, out);
        const documents = 'attachments' in result ? ` and ${result.attachments} attachments` : '';
        if (values.json) printJson(io, result);
        else
          io.out(
            `Exported ${result.records} records${documents} to ${result.file} (${result.bytes.toLocaleString('en')} bytes).`,
          );
        return 0;
      },
      { readonly: true },
    );
  },
};

function printReport(io: CliIo, report: ImportReport): void {
  const verb = report.dryRun ? 'Would' : 'Did';
  io.out(`${report.dryRun ? 'Dry run — nothing was written. ' : ''}${report.total} records in the bundle:`);
  io.out(`  ${verb.padEnd(5)} create:   ${report.created.length}`);
  io.out(`  ${verb.padEnd(5)} update:   ${report.updated.length}  (the bundle's version is newer)`);
  io.out(`  Skipped, older: ${report.skippedOlder.length}  (the database's version is newer or was kept)`);
  io.out(`  Unchanged:      ${report.unchanged.length}`);
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

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import --db FILE --in BUNDLE.json|BUNDLE.zip [--dry-run] [--json]',
  summary: 'Merge a bundle by id (newer wins, conflicts listed) in one transaction; --dry-run only reports.',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      in: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = requireDb(this, values.db);
    if (!values.in) throw new AppError('VALIDATION', `--in BUNDLE.json is required. Usage: ${this.usage}`);
    const input = values.in;
    return withStore(file, async (store) => {
      const report = await importFromFile(store, input, { dryRun: values['dry-run'] ?? false });
      if (values.json) printJson(io, report);
      else printReport(io, report);
      return 0;
    });
  },
};

function printStep(io: CliIo, result: UndoResult, json: boolean | undefined): void {
  if (json) printJson(io, result);
  else
    io.out(
      `${result.action === 'undo' ? 'Undid' : 'Redid'}: ${result.change.label} (${result.records.length} record${result.records.length === 1 ? '' : 's'} written).`,
    );
}

export const undoCommand: CliCommand = {
  name: 'undo',
  usage: 'undo --db FILE [--list] [--json]',
  summary: 'Undo the last change (of the last 50); --list shows them and what undo/redo would do.',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      list: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    return withStore(existingDb(this, values.db), (store) => {
      if (values.list) {
        const history = store.history();
        if (values.json) printJson(io, history);
        else {
          for (const c of history.changes)
            io.out(
              `${String(c.id).padStart(6)}  ${c.at.slice(0, 19).replace('T', ' ')}  ${c.state === 'undone' ? '(undone) ' : ''}${c.label}`,
            );
          io.out(
            `Next undo: ${history.nextUndo?.label ?? 'nothing'}. Next redo: ${history.nextRedo?.label ?? 'nothing'}.`,
          );
        }
        return 0;
      }
      printStep(io, store.undo(), values.json);
      return 0;
    });
  },
};

export const redoCommand: CliCommand = {
  name: 'redo',
  usage: 'redo --db FILE [--json]',
  summary: 'Redo the change undone last (before any new change).',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    return withStore(existingDb(this, values.db), (store) => {
      printStep(io, store.redo(), values.json);
      return 0;
    });
  },
};
