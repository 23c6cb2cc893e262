/**
 * The messages between the database host (the thread that serves windows: Electron main, the preview server) and
 * its worker threads. Replies travel as UTF-8 JSON bytes in a transferred buffer: the host never parses or copies a
 * reply, it only hands the bytes on (to IPC, or to an HTTP response), so a 20 MB list costs the serving thread
 * nothing but a pointer.
 */
/** Which connection a worker holds and what it serves (see host.ts for the routing). */
export type WorkerRole = 'writer' | 'reader' | 'jobs';

/** Host capabilities a worker may ask for; a host offers only those it has. */
export type HostCapability =
  | 'printPdf'
  | 'deliverFile'
  | 'revealFile'
  | 'screenshotElements'
  | 'askAboutDamage'
  | 'pickFolder'
  | 'takeUpload'
  | 'openFile';

export interface WorkerConfig {
  role: WorkerRole;
  databaseFile: string;
  backupDir?: string;
  transport: 'ipc' | 'preview';
  appVersion: string;
  capabilities: HostCapability[];
  /** Jobs worker only: run automatic backups (scheduler) in this worker. */
  backups?: boolean;
  /**
   * Writer only: open through the start-up recovery flow (check read-only first; a damaged file is moved aside and
   * the host is asked what to do: restore the newest good backup, start empty, or quit).
   */
  recovery?: { backupDir: string };
  /** Open without writing anything (another process owns the register): no migration, no index work. */
  readOnly?: boolean;
}

/** Host → worker. */
export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'host-reply'; id: number; ok: true; value: unknown }
  | { type: 'host-reply'; id: number; ok: false; message: string; code?: string }
  /**
   * Writer and jobs worker, after a takeover (the owner ended and the host claimed the register): close the read-only
   * connection and open the register for writing, in the same thread; answered with `reopened`.
   */
  | { type: 'reopen-writable' }
  /** Writer: rebuild the search index in chunks, answering calls in between. */
  | { type: 'rebuild-index' }
  /** Close the connection (after letting a running backup finish) and exit. */
  | { type: 'close' };

/** Worker → host. */
export type FromWorker =
  | {
      type: 'ready';
      role: WorkerRole;
      indexNeedsRebuild: boolean;
      notice: string | null;
      /** Writer: the register failed its check at open; it was opened read-only and this says why. */
      damaged?: string;
    }
  | { type: 'open-failed'; code: string; message: string }
  /** The connection was reopened for writing (reopen-writable); the fields as in `ready`. */
  | { type: 'reopened'; role: WorkerRole; indexNeedsRebuild: boolean; damaged?: string }
  | { type: 'reply'; id: number; bytes: Uint8Array; reopen?: boolean }
  | { type: 'host-call'; id: number; method: HostCapability; args: unknown[] }
  | {
      type: 'event';
      name: 'backup-done' | 'backup-failed' | 'index-rebuilt' | 'index-progress' | 'busy';
      detail: string;
    }
  | { type: 'closed' };

/** Channels whose success means the register file was replaced: every other connection must be reopened. */
export const REOPENS_REGISTER = new Set(['backups.restore']);
