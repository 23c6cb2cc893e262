/** CLI: backup, restore, check — the same services the app uses. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { Store } from '../../../../db/store';
import {
  createVerifiedBackup,
  defaultBackupDir,
  getBackupSettings,
  listBackups,
  resolveBackupDir,
  restoreBackup,
} from '../../services/backup';
import { checkDatabaseFile, checkSearchTables, moveAside, type IntegrityReport } from '../../services/integrity';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand } from '../command';

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 19)} UTC`;

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE [--dir DIR] [--list] [--json]',
  summary: 'Take a verified backup (SQLite online backup) and rotate old ones; --list shows the backups.',
  async run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      dir: { type: 'string' },
      list: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = requireDb(this, values.db);
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `There is no database at ${file}.`);
    return withStore(file, async (store) => {
      const dir = values.dir ? resolve(values.dir) : resolveBackupDir(store, undefined, file);
      if (values.list) {
        const backups = listBackups(dir);
        if (values.json) printJson(io, { dir, backups });
        else if (backups.length === 0) io.out(`No backups in ${dir}.`);
        else
          for (const b of backups)
            io.out(
              `${b.name}  ${when(b.takenAt)}  ${b.manifest ? `${b.manifest.records} records, verified` : 'not verified'}`,
            );
        return 0;
      }
      const { keep } = getBackupSettings(store);
      const info = await createVerifiedBackup(store, {
        dir,
        reason: 'manual',
        source: resolve(file),
        retention: { keep, hourly: Math.min(5, keep), keepSafetyCopies: 5 },
      });
      if (values.json) printJson(io, info);
      else
        io.out(
          `Backed up ${info.manifest?.records ?? 0} records to ${info.path} (verified: integrity ok, row counts equal).`,
        );
      return 0;
    });
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore --db FILE --from BACKUP [--dir DIR] [--json]',
  summary: 'Replace the database with a verified backup, keeping a safety copy of the current one.',
  async run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      from: { type: 'string' },
      dir: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = resolve(requireDb(this, values.db));
    if (!values.from) throw new AppError('VALIDATION', `--from BACKUP is required. Usage: ${this.usage}`);
    const backupPath = resolve(values.from);
    // A damaged database is moved aside untouched (as the app does on start); a healthy one gets a safety copy.
    let movedAside: string | null = null;
    if (existsSync(file) && checkDatabaseFile(file).damaged) movedAside = moveAside(file).movedTo;
    const store = existsSync(file) ? Store.open(file) : null;
    const dir = values.dir
      ? resolve(values.dir)
      : store
        ? resolveBackupDir(store, undefined, file)
        : defaultBackupDir(file);
    let result;
    try {
      result = await restoreBackup({ store, databaseFile: file, backupPath, backupDir: dir });
    } finally {
      store?.close();
    }
    result.store.close();
    if (values.json)
      printJson(io, { restoredFrom: result.restoredFrom, safetyCopy: result.safetyCopy?.path ?? null, movedAside });
    else {
      if (movedAside) io.out(`The current database was damaged; it was moved aside, unchanged, to ${movedAside}.`);
      io.out(
        `Restored ${result.restoredFrom.records} records from ${result.restoredFrom.name} (${when(result.restoredFrom.takenAt)}) into ${file}.`,
      );
      if (result.safetyCopy)
        io.out(
          `The database as it was is kept in ${result.safetyCopy.path}; to undo: npm run cli -- restore --db ${file} --from ${result.safetyCopy.path}`,
        );
    }
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --db FILE [--deep] [--json]',
  summary: 'Check a database without changing it: structure, references, search index. Exit 1 when damaged.',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      deep: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = requireDb(this, values.db);
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `There is no database at ${file}.`);
    const report: IntegrityReport = checkDatabaseFile(file, { deep: values.deep ?? false });
    if (report.ok) {
      // The search index's own check needs a writable connection (it runs in a rolled-back savepoint); no migration runs here.
      const store = Store.openUnmigrated(file);
      try {
        const search = checkSearchTables(store);
        report.checks.push(search);
        if (!search.ok) {
          report.ok = false;
          report.problem = `the search index does not match the records (${search.detail})`;
        }
      } finally {
        store.close();
      }
    }
    if (values.json) printJson(io, report);
    else {
      for (const c of report.checks) io.out(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
      io.out(report.ok ? `${file} is healthy.` : `${file}: ${report.problem}`);
    }
    return report.ok ? 0 : 1;
  },
};
