/**
 * Handlers for data safety: thin calls into the backup, integrity and exchange services and
 * the store's undo. A restore REPLACES ctx.store with the reopened connection; if it fails after
 * the old connection was closed, the current file is reopened so the app keeps working.
 * Backups are named, never given as paths: the UI can only touch files in the backup folder.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '../../common/domain/errors';
import { currentOwner, Store } from '../../../db/store';
import {
  createVerifiedBackup,
  getBackupSettings,
  listBackups,
  readManifest,
  resolveBackupDir,
  restoreBackup,
  setBackupSettings,
  verifyBackupFile,
  type BackupInfo,
} from '../services/backup';
import { bundleBytes, bundleZip, exportBundle, importBundleBytes, importBundleText } from '../services/exchange';
import { checkOpenDatabase } from '../services/integrity';
import type { BackupSummary, safetyChannels } from '../../common/contract/safety';
import type { HandlerContext, Handlers } from './context';

function backupDir(ctx: HandlerContext): string {
  return resolveBackupDir(ctx.store, ctx.backupDir, ctx.databaseFile);
}

function summary(b: BackupInfo): BackupSummary {
  return {
    name: b.name,
    takenAt: b.takenAt,
    kind: b.kind,
    reason: b.manifest?.reason ?? (b.kind === 'pre-restore' ? 'pre-restore' : 'unknown'),
    bytes: b.bytes,
    records: b.manifest?.records ?? null,
    verified: b.manifest !== null,
  };
}

/**
 * A backup folder typed into a form must be inside the register's own folder: a folder a page can name is hostile
 * input, and writing files anywhere on the machine is not something a form should do. Any other folder is chosen in
 * the system's folder dialog (`backups.chooseFolder`), by the person.
 */
function insideRegisterFolder(ctx: HandlerContext, dir: string): string {
  const base = resolve(dirname(ctx.databaseFile));
  const wanted = resolve(base, dir);
  // Symlinks resolved (issue 15): a link inside the folder that points outside it must not lead backups out.
  const realBase = realOrNearest(base);
  const realWanted = realOrNearest(wanted);
  const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);
  if (!inside(base, wanted) || !inside(realBase, realWanted))
    throw new AppError(
      'VALIDATION',
      `Backups can be put in a folder inside the register’s folder (${base}); choose any other folder with “Choose folder…” in the desktop app.`,
      { fields: [{ path: 'dir', message: `Must be inside ${base}` }] },
    );
  return wanted;
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (a folder not yet made). */
function realOrNearest(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrNearest(parent), basename(path));
  }
}

function backupPath(ctx: HandlerContext, name: string): string {
  const dir = backupDir(ctx);
  if (!listBackups(dir, ctx.databaseFile).some((b) => b.name === name))
    throw new AppError('NOT_FOUND', `There is no backup named ${name} in ${dir}.`);
  return join(dir, name);
}

function totalRecords(ctx: HandlerContext): number {
  return Object.values(ctx.store.countRecords()).reduce((a, b) => a + b, 0);
}

export const safetyHandlers: Handlers<typeof safetyChannels> = {
  'backups.list': (_input, ctx) => {
    const dir = backupDir(ctx);
    return { dir, keep: getBackupSettings(ctx.store).keep, backups: listBackups(dir, ctx.databaseFile).map(summary) };
  },
  'backups.create': async (_input, ctx) => {
    const { keep } = getBackupSettings(ctx.store);
    const dir = backupDir(ctx);
    // A folder typed into the form is checked again at use: it may since have become a symlink leading out.
    const chosen = getBackupSettings(ctx.store).dir;
    if (chosen !== null && chosen.startsWith(resolve(dirname(ctx.databaseFile)) + sep))
      insideRegisterFolder(ctx, chosen);
    const info = await createVerifiedBackup(ctx.store, {
      dir,
      reason: 'manual',
      source: ctx.databaseFile,
      appVersion: ctx.appVersion,
      retention: { keep, hourly: Math.min(5, keep), keepSafetyCopies: 5 },
      // While another Entente owns the register (this is a read-only window, or a CLI run beside the app) a backup
      // may be taken but none is deleted: clean-up is the owner's.
      rotate: currentOwner(ctx.databaseFile) === null,
    });
    return summary(info);
  },
  'backups.verify': (input, ctx) => {
    const path = backupPath(ctx, input.name);
    const verification = verifyBackupFile(path, readManifest(path)?.tables);
    return {
      name: input.name,
      ok: verification.ok,
      problem: verification.problem && `The backup ${verification.problem}.`,
      records: verification.records,
    };
  },
  'backups.restore': async (input, ctx) => {
    const path = backupPath(ctx, input.name);
    try {
      const result = await restoreBackup({
        store: ctx.store,
        databaseFile: ctx.databaseFile,
        backupPath: path,
        backupDir: backupDir(ctx),
        appVersion: ctx.appVersion,
      });
      ctx.store = result.store;
      return {
        restoredFrom: result.restoredFrom,
        safetyCopy: result.safetyCopy && summary(result.safetyCopy),
        records: totalRecords(ctx),
      };
    } catch (error) {
      if (!ctx.store.isOpen) ctx.store = Store.open(ctx.databaseFile);
      throw error;
    }
  },
  'backups.settings': (input, ctx) => {
    const change: { dir?: string | null; keep?: number } = {};
    if (input.dir !== undefined && input.dir !== null) change.dir = insideRegisterFolder(ctx, input.dir);
    else if (input.dir === null) change.dir = null;
    if (input.keep !== undefined) change.keep = input.keep;
    const settings = setBackupSettings(ctx.store, change);
    return { dir: backupDir(ctx), keep: settings.keep, custom: settings.dir !== null };
  },
  'backups.chooseFolder': async (_input, ctx) => {
    if (!ctx.host.pickFolder)
      throw new AppError(
        'UNAVAILABLE',
        'This window cannot show a folder dialog: type a folder inside the register’s folder under Backup folder instead.',
      );
    const picked = await ctx.host.pickFolder({ title: 'Backup folder', defaultPath: backupDir(ctx) });
    const settings = picked === null ? getBackupSettings(ctx.store) : setBackupSettings(ctx.store, { dir: picked });
    return { dir: backupDir(ctx), keep: settings.keep, custom: settings.dir !== null, cancelled: picked === null };
  },
  'integrity.check': (input, ctx) => checkOpenDatabase(ctx.store, { deep: input.deep ?? false }),
  'bundle.export': async (input, ctx) => {
    if (!ctx.host.deliverFile)
      throw new AppError(
        'UNAVAILABLE',
        'This window cannot save files; use the command line: npm run cli -- export --db FILE --out bundle.json',
      );
    const bundle = exportBundle(ctx.store, { appVersion: ctx.appVersion });
    // With attachments the bundle is a ZIP carrying their files; without, the plain JSON it always was.
    const documents = bundle.attachments?.length ?? 0;
    if (input.format === 'json' && documents > 0)
      throw new AppError(
        'VALIDATION',
        `This register has ${documents} attachment(s); a JSON bundle cannot carry their files. Export to a .zip file instead.`,
      );
    const zipped = input.format === 'zip' || documents > 0;
    if (!zipped) delete bundle.attachments;
    const bytes = zipped ? await bundleZip(ctx.store, bundle) : bundleBytes(bundle);
    const fileName = `entente-${bundle.exportedAt.slice(0, 10)}.entente.${zipped ? 'zip' : 'json'}`;
    const mime = zipped ? 'application/zip' : 'application/json';
    const delivered = await ctx.host.deliverFile({ name: fileName, mime, bytes });
    const attachments = zipped ? documents : 0;
    return { fileName, records: bundle.records.length, attachments, bytes: bytes.byteLength, ...delivered };
  },
  'bundle.import': async (input, ctx) => {
    const options = { dryRun: input.dryRun, ...(input.fileName ? { source: input.fileName } : {}) };
    if (input.text !== undefined) return importBundleText(ctx.store, input.text, options);
    if (!input.upload || !ctx.host.takeUpload) throw new AppError('VALIDATION', 'Choose a bundle file to import.');
    // A ZIP bundle (with attachments) comes as an upload: its bytes, never a path.
    return importBundleBytes(ctx.store, (await ctx.host.takeUpload(input.upload)).bytes, options);
  },
  'history.list': (_input, ctx) => ctx.store.history(),
  'history.undo': (input, ctx) =>
    ctx.store.undo(input.expectedChangeId === undefined ? {} : { expectedChangeId: input.expectedChangeId }),
  'history.redo': (input, ctx) =>
    ctx.store.redo(input.expectedChangeId === undefined ? {} : { expectedChangeId: input.expectedChangeId }),
};
