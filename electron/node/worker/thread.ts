/**
 * A database worker thread (node:worker_threads): opens its own connection to the register and answers contract
 * calls through the same dispatch() as every other door. The host (host.ts) starts one writer, reader workers and a
 * jobs worker; this file is the whole of what runs inside each. Host capabilities (print to PDF, save dialog,
 * reveal, chart pictures) are asked of the host by message, so a handler calls `ctx.host.printPdf` the same way here
 * as in the CLI.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../common/domain/errors';
import { Store } from '../../../db/store';
import type { HandlerContext, HostServices } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { resolveBackupDir } from '../services/backup/settings';
import { startBackupScheduler, type BackupScheduler } from '../services/backup/schedule';
import { checkDatabaseFile } from '../services/integrity/check';
import { openAtStartup, type RecoveryChoice } from '../services/integrity/startup';
import type { FromWorker, HostCapability, ToWorker, WorkerConfig } from './protocol';
import { REOPENS_REGISTER } from './protocol';

if (!parentPort) throw new Error('thread.ts runs only as a worker thread (see host.ts).');
const port = parentPort;
/** A copy: a takeover (reopenWritable) makes a read-only worker writable. */
const config: WorkerConfig = { ...(workerData as WorkerConfig) };
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const encoder = new TextEncoder();

// ---- host capabilities, asked of the host by message ---------------------------------------------------------
let nextHostCall = 1;
const pendingHostCalls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

function askHost(method: HostCapability, args: unknown[]): Promise<unknown> {
  const id = nextHostCall++;
  return new Promise((resolve, reject) => {
    pendingHostCalls.set(id, { resolve, reject });
    const transfer = args.flatMap((a) =>
      a && typeof a === 'object' && 'bytes' in a && (a as { bytes: unknown }).bytes instanceof Uint8Array
        ? [(a as { bytes: Uint8Array }).bytes.buffer as ArrayBuffer]
        : [],
    );
    post({ type: 'host-call', id, method, args }, transfer);
  });
}

const host: HostServices = {};
for (const capability of config.capabilities) {
  (host as Record<HostCapability, unknown>)[capability] = (...args: unknown[]) => askHost(capability, args);
}

// ---- the connection ----------------------------------------------------------------------------------------
let ctx: HandlerContext;
let scheduler: BackupScheduler | null = null;

/**
 * The writer opens (creating or migrating) first and defers a search index rebuild to the background; readers hold
 * read-only connections (a write there is refused by SQLite itself). The jobs worker's connection is writable only
 * because the search index's own check runs in a rolled-back savepoint; it serves reads and backups.
 */
interface Opened {
  store: Store;
  notice: string | null;
  damaged?: string;
}

async function openRegister(): Promise<Opened> {
  const file = config.databaseFile;
  // Only the writer rebuilds a search index, in the background; no other worker's opening ever does.
  if (config.role !== 'writer' || config.readOnly)
    return {
      store: Store.open(file, { readonly: config.role === 'reader' || config.readOnly === true, searchIndex: 'defer' }),
      notice: null,
    };
  if (config.recovery) {
    const outcome = await openAtStartup(
      file,
      config.recovery.backupDir,
      (damaged) => askHost('askAboutDamage', [damaged]) as Promise<RecoveryChoice>,
      { appVersion: config.appVersion, open: { searchIndex: 'defer' } },
    );
    if ('quit' in outcome) throw new AppError('DAMAGED', outcome.message);
    return outcome;
  }
  // No one to ask (the preview): a register that fails its check is not written to — opened read-only, said why.
  const report = existsSync(file) ? checkDatabaseFile(file) : null;
  if (report?.damaged) {
    return {
      store: Store.open(file, { readonly: true }),
      notice: null,
      damaged: `This register is damaged (${report.problem ?? 'it failed its integrity check'}); it is open read-only so nothing more is written into it. Restore a good backup (Data & backups).`,
    };
  }
  return { store: Store.open(file, { searchIndex: 'defer' }), notice: null };
}

/** How long opening waits for another program to let go of the register, in all (ms). */
const BUSY_OPEN_MS = 10 * 60_000;

/**
 * Opens the register, waiting while another program holds it (issue 15: a plain SQLite program in exclusive
 * locking mode, or a long write): each try waits within SQLite's busy timeout; the window is told once, then it
 * opens as soon as the program lets go. Gives up with the BUSY error after BUSY_OPEN_MS.
 */
async function openWhenFree(): Promise<Opened> {
  const started = Date.now();
  for (let told = false; ; told = true) {
    try {
      return await openRegister();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'BUSY' || Date.now() - started > BUSY_OPEN_MS) throw error;
      if (!told)
        post({
          type: 'event',
          name: 'busy',
          detail:
            'Another program is using this register (it holds the file’s lock): waiting for it, and opening as ' +
            'soon as it lets go. Nothing has been changed.',
        });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function startScheduler(): void {
  if (config.role !== 'jobs' || !config.backups) return;
  scheduler = startBackupScheduler({
    getStore: () => ctx.store,
    backupDir: () => resolveBackupDir(ctx.store, ctx.backupDir, ctx.databaseFile),
    onError: (error) => post({ type: 'event', name: 'backup-failed', detail: error.message }),
    onBackup: (backup) => post({ type: 'event', name: 'backup-done', detail: backup.name }),
    appVersion: config.appVersion,
  });
}

/** Writer: the search index needs rebuilding (in steps, in the background: the host asks for it). */
function indexNeedsRebuild(store: Store): boolean {
  const needed = config.role === 'writer' && !store.readonly && store.searchIndexProblems.length > 0;
  if (needed) store.markSearchRebuildPending();
  return needed;
}

async function start(): Promise<void> {
  try {
    const { store, notice, damaged } = await openWhenFree();
    ctx = {
      store,
      databaseFile: config.databaseFile,
      ...(config.backupDir ? { backupDir: config.backupDir } : {}),
      transport: config.transport,
      appVersion: config.appVersion,
      host,
    };
    startScheduler();
    post({
      type: 'ready',
      role: config.role,
      indexNeedsRebuild: indexNeedsRebuild(store),
      notice,
      ...(damaged ? { damaged } : {}),
    });
  } catch (error) {
    const info = error instanceof AppError ? error : new AppError('UNAVAILABLE', String(error));
    post({ type: 'open-failed', code: info.code, message: info.message });
    port.close();
  }
}

/** Writer: the search index rebuilt in short transactions, writes going on in between (search says it is indexing). */
async function rebuildIndex(): Promise<void> {
  const store = ctx.store;
  try {
    const report = await store.rebuildSearchIndexInSteps({ pause: () => new Promise((r) => setImmediate(r)) });
    post({ type: 'event', name: 'index-rebuilt', detail: `${report.records} records in ${report.ms} ms` });
  } catch (error) {
    // A restore replaced the register meanwhile (its index is whole), or the app is closing: nothing to finish.
    if (store.isOpen) post({ type: 'event', name: 'index-progress', detail: `stopped: ${String(error)}` });
  }
}

/** Settles once the connection is open (again, after a takeover): every call waits for it. */
let opened = start();

/** The calls being answered (readers and the jobs worker answer several at once): a reopen lets them finish. */
const answering = new Set<Promise<void>>();

/**
 * A takeover (issue 15): the Entente that owned the register has ended and the host has claimed it, so this worker
 * closes its read-only connection and opens the register for writing — in this same thread, so the first save waits
 * for one connection to open, not for workers to start (restarting the writer and the jobs worker made that save
 * take 10–20 s on a loaded machine). Calls being answered finish on the old connection first; calls arriving
 * meanwhile wait for the new one. A failure to open ends the worker, which the host starts again (its crash path).
 */
async function reopenWritable(before: Promise<void>[]): Promise<void> {
  await Promise.allSettled(before);
  await scheduler?.stop();
  scheduler = null;
  ctx.store.close();
  config.readOnly = false;
  delete config.recovery; // the start-up recovery flow is the first writer's alone
  try {
    const { store, damaged } = await openWhenFree();
    ctx = { ...ctx, store };
    startScheduler();
    post({
      type: 'reopened',
      role: config.role,
      indexNeedsRebuild: indexNeedsRebuild(store),
      ...(damaged ? { damaged } : {}),
    });
  } catch (error) {
    const info = error instanceof AppError ? error : new AppError('UNAVAILABLE', String(error));
    post({ type: 'open-failed', code: info.code, message: info.message });
    port.close();
  }
}

// ---- calls -------------------------------------------------------------------------------------------------
/** Writes run one at a time even when a handler awaits (a restore awaits its safety backup). */
let writeQueue: Promise<unknown> = Promise.resolve();

async function answer(id: number, channel: string, input: unknown): Promise<void> {
  const reply = await dispatch(ctx, channel, input);
  const bytes = encoder.encode(JSON.stringify(reply));
  const reopen = reply.ok && REOPENS_REGISTER.has(channel);
  post({ type: 'reply', id, bytes, ...(reopen ? { reopen } : {}) }, [bytes.buffer as ArrayBuffer]);
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'call': {
      const run = () => {
        const answered = opened.then(() => answer(message.id, message.channel, message.input));
        answering.add(answered);
        return answered.finally(() => answering.delete(answered));
      };
      if (config.role === 'writer') writeQueue = writeQueue.then(run, run);
      else void run();
      return;
    }
    case 'host-reply': {
      const pending = pendingHostCalls.get(message.id);
      pendingHostCalls.delete(message.id);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new AppError(message.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'UNAVAILABLE', message.message));
      return;
    }
    case 'reopen-writable': {
      const before = [...answering]; // those that came later wait for the new connection
      opened = opened.then(() => reopenWritable(before));
      return;
    }
    case 'rebuild-index':
      void opened.then(rebuildIndex);
      return;
    case 'close':
      void (async () => {
        await opened; // a reopen under way finishes first, so its connection is the one closed
        await scheduler?.stop();
        await writeQueue.catch(() => undefined);
        ctx.store.close();
        post({ type: 'closed' });
        port.close();
      })();
      return;
  }
});
