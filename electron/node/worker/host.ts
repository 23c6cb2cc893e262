/**
 * The database host: the register lives in worker threads, never on the thread that serves windows (Electron main,
 * the preview's HTTP server). One writer takes every call that writes (one at a time, as SQLite allows); reader
 * workers answer ordinary reads on their own WAL connections, so a long write never holds a read back; a jobs worker
 * runs what takes long (report assembly and export, integrity checks, backups, bundle export), so a whole-register
 * report never holds back `records.get`. The serving thread only routes messages and hands reply bytes on.
 *
 * A worker that dies is reported on each call it owed ("The database worker stopped…") and started again on the
 * same file; the register is intact because every write is one SQLite transaction. The model is Signal-Desktop's
 * MainSQL (worker_threads, one writer, reader workers on WAL): see ARCHITECTURE.md §3 for why not a utilityProcess.
 */
import { CONTRACT, type ChannelName, type Input, type Output, type Reply } from '../../common/contract';
import { AppError, type ErrorInfo } from '../../common/domain/errors';
import { damageWords, type OwnerApp } from '../../../db/store';
import type { HostServices } from '../handlers/context';
import { HostClaim, walLostReply, type RegisterChange } from './host-claim';
import type { FromWorker, ToWorker, WorkerConfig, WorkerRole } from './protocol';
import { bytesOf, capabilitiesOf, retireSlot, serveHostCall, spawnSlot, workerStopped, type Slot } from './worker-slot';

export interface DatabaseHostOptions {
  /** The worker script: out/main/worker.js in the desktop app, a bundle made by bundle.ts elsewhere. */
  workerScript: string;
  databaseFile: string;
  backupDir?: string;
  transport: 'ipc' | 'preview';
  appVersion: string;
  /** What only the host can do (print, save dialog, reveal…); workers ask for these by message. */
  hostServices: HostServices;
  /** Reader workers (default 2: two cores; a third would only compete with the writer). */
  readers?: number;
  /** Run automatic backups in the jobs worker. */
  backups?: boolean;
  /** Open through the start-up recovery flow (the desktop app; see protocol.ts). */
  recovery?: { backupDir: string };
  /**
   * Claim the register for this process (db/store/owner.ts) as this kind of Entente. When another live process
   * owns it, the host opens it read-only and answers every write with the owner's name. Absent: no claim (tests
   * of the host itself).
   */
  owner?: OwnerApp;
  /** Something the person should know happened behind the scenes (a worker restarted, a backup failed). */
  onNotice?: (notice: HostNotice) => void;
}

export interface HostNotice {
  kind: 'worker-restarted' | 'backup-failed' | 'backup-done' | 'read-only' | 'reloaded' | 'writable' | 'busy';
  message: string;
}

const decoder = new TextDecoder();

const channelOf = (name: string) =>
  Object.prototype.hasOwnProperty.call(CONTRACT, name) ? CONTRACT[name as ChannelName] : undefined;

export class DatabaseHost {
  readonly databaseFile: string;
  #options: DatabaseHostOptions;
  #writer!: Slot;
  #jobs!: Slot;
  #readers: Slot[] = [];
  #nextId = 1;
  #closed = false;
  #startup: { notice: string | null; indexNeedsRebuild: boolean } = { notice: null, indexNeedsRebuild: false };
  /** Why writes are refused (another owner, a failed integrity check), or null. */
  #readOnly: string | null = null;
  /** The claim on the register, or whose it is instead; the light look around it (host-claim.ts). */
  #whose!: HostClaim;
  /** The refusal's wording as data (problems.ts), when it has one: another Entente owns the register. */
  #readOnlyWording: Pick<ErrorInfo, 'key' | 'values'> = {};

  private constructor(options: DatabaseHostOptions) {
    this.#options = options;
    this.databaseFile = options.databaseFile;
  }

  /**
   * Opens the register: the writer first (it creates or migrates the file), then the readers and the jobs worker.
   * Rejects with the writer's AppError when the register cannot be opened (newer schema, not a database…).
   */
  static async start(options: DatabaseHostOptions): Promise<DatabaseHost> {
    const host = new DatabaseHost(options);
    host.#whose = HostClaim.take(options.databaseFile, options.owner);
    host.#readOnly = host.#whose.refusal;
    host.#readOnlyWording = host.#whose.refusalWording;
    host.#writer = host.#spawn('writer');
    try {
      await host.#writer.ready;
    } catch (error) {
      host.#writer.retiring = true;
      await host.#writer.worker.terminate();
      host.#whose.release();
      throw error;
    }
    host.#readers = Array.from({ length: options.readers ?? 2 }, () => host.#spawn('reader'));
    host.#jobs = host.#spawn('jobs');
    await Promise.all([...host.#readers, host.#jobs].map((slot) => slot.ready));
    host.#whose.noteWal();
    // Start-up never waits on a search index rebuild: the writer does it in steps while the app is in use.
    if (host.#startup.indexNeedsRebuild) host.#writer.worker.postMessage({ type: 'rebuild-index' } satisfies ToWorker);
    return host;
  }

  /** Why this host refuses writes (another Entente owns the register, it failed its check), or null. */
  get readOnly(): string | null {
    return this.#readOnly;
  }

  /** What the person should be told once the window is up (a restore at start-up), or null. */
  get startupNotice(): string | null {
    return this.#startup.notice;
  }

  /** Calls a contract channel; always resolves with the reply as JSON bytes (errors included). */
  async callBytes(channel: string, input: unknown): Promise<Uint8Array> {
    if (this.#closed) return bytesOf({ ok: false, error: { code: 'UNAVAILABLE', message: 'The register is closed.' } });
    const definition = channelOf(channel);
    await this.#whose.lookAround(definition?.writes === true && this.#whose.ownedElsewhere, (change) =>
      this.#follow(change),
    );
    if (definition?.writes && this.#readOnly !== null)
      return bytesOf({
        ok: false,
        error: { code: 'READ_ONLY', message: `Nothing was saved. ${this.#readOnly}`, ...this.#readOnlyWording },
      });
    if (definition?.writes && this.#whose.walReplaced()) {
      // The save that would be lost is refused; every connection reopens the register as it is on disk (host-claim.ts).
      await this.#reopenAll();
      this.#whose.noteWal();
      return bytesOf(walLostReply(this.databaseFile));
    }
    const slot = this.#route(channel);
    // Counted as in flight from the moment it is routed, so the next call routes around it even before it is sent.
    const id = this.#nextId++;
    const reply = new Promise<Uint8Array>((resolve) => slot.inFlight.set(id, { resolve, channel }));
    await slot.ready;
    if (slot.inFlight.has(id)) slot.worker.postMessage({ type: 'call', id, channel, input } satisfies ToWorker);
    return this.#observe(channel, definition?.writes ?? false, await reply);
  }

  /**
   * The few replies the host looks into: a write or a check that found the register damaged turns the register
   * read-only for the rest of the session (nothing more is written into a damaged file), and `app.info` says why
   * writes are refused.
   */
  #observe(channel: string, writes: boolean, bytes: Uint8Array): Uint8Array {
    if (channel === 'app.info' && this.#readOnly !== null) {
      const reply = JSON.parse(decoder.decode(bytes)) as Reply<Record<string, unknown>>;
      return reply.ok ? bytesOf({ ok: true, value: { ...reply.value, readOnly: this.#readOnly } }) : bytes;
    }
    if (!writes && bytes.length > 12 && this.#readOnly === null) {
      // A read answered around damaged parts (dispatch: `damaged` is the reply's last field) makes the window read-only.
      const tail = decoder.decode(bytes.subarray(Math.max(0, bytes.length - 600)));
      const named = /"damaged":"([^"]*)"\}$/.exec(tail);
      if (named) this.#becomeReadOnly(`${damageWords()}: ${named[1]}`);
    }
    if (channel === 'integrity.check') {
      const reply = JSON.parse(decoder.decode(bytes)) as Reply<{ damaged: boolean; problem: string | null }>;
      if (reply.ok && reply.value.damaged) this.#becomeReadOnly(reply.value.problem ?? 'it failed its integrity check');
    } else if (writes && bytes[6] === 0x66 /* {"ok":f… */) {
      const reply = JSON.parse(decoder.decode(bytes)) as Reply<never>;
      // The reply's own message is a whole sentence for the person who saved; the banner says it once, in its words.
      if (!reply.ok && reply.error.code === 'DAMAGED')
        this.#becomeReadOnly(`a change could not be saved: ${damageWords()}`);
    }
    return bytes;
  }

  /**
   * What the light look (host-claim.ts) found: the owner has ended and this host claimed the register (writable
   * now), or the register file was replaced (every connection reopens on the new file).
   */
  async #follow({ replaced, claimed }: RegisterChange): Promise<void> {
    if (claimed) this.#readOnly = null;
    // Taking over the same file needs writable connections only, reopened in the workers this host has: the first
    // save waits for one connection to open (issue 15: restarting workers made it wait 10–40 s on a loaded machine).
    // A replaced file needs every connection reopened.
    if (replaced) await this.#reopenAll();
    else await this.#reopenWritable();
    this.#whose.noteWal();
    this.#options.onNotice?.(
      claimed
        ? { kind: 'writable', message: 'The other window closed this register: this window can change it now.' }
        : { kind: 'reloaded', message: 'The register was replaced (a backup was restored): this window shows it now.' },
    );
  }

  /**
   * After a takeover: the writer and the jobs worker reopen their connections for writing in their own threads
   * (thread.ts reopenWritable) — no worker is started or stopped; the readers' read-only connections stay as they
   * are. Resolves once the writer has reopened (or stopped: the write then waits for the one started in its place).
   */
  async #reopenWritable(): Promise<void> {
    const writer = this.#writer;
    const reopened = new Promise<void>((resolve) => (writer.reopened = resolve));
    for (const slot of [writer, this.#jobs]) slot.worker.postMessage({ type: 'reopen-writable' } satisfies ToWorker);
    await reopened;
  }

  /** Every worker reopens the register as it is now (after a takeover, writable; after a swap, the new file). */
  async #reopenAll(): Promise<void> {
    const fresh = [this.#writer, ...this.#readers, this.#jobs].map((slot) => {
      const next = this.#spawn(slot.role);
      this.#replace(slot, next);
      void retireSlot(slot);
      return next;
    });
    await Promise.all(fresh.map((slot) => slot.ready.catch(() => undefined)));
  }

  #becomeReadOnly(problem: string): void {
    if (this.#readOnly !== null) return;
    this.#readOnlyWording = {};
    this.#readOnly = `This register is damaged (${problem}); it is now read-only so nothing more is written into it. Restore a good backup (Data & backups).`;
    this.#options.onNotice?.({ kind: 'read-only', message: this.#readOnly });
  }

  /** The same, decoded (tests, the CLI, anything that wants a value rather than bytes to pass on). */
  async call<N extends ChannelName>(channel: N, input: Input<N>): Promise<Reply<Output<N>>> {
    return JSON.parse(decoder.decode(await this.callBytes(channel, input))) as Reply<Output<N>>;
  }

  /** Stops every worker after the jobs worker has let a running backup finish and each connection is closed. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([this.#jobs, ...this.#readers, this.#writer].map((slot) => retireSlot(slot)));
    this.#whose.release();
  }

  /** Thread ids of the workers (tests kill one to see the host recover). */
  get threads(): { role: WorkerRole; threadId: number }[] {
    return [this.#writer, ...this.#readers, this.#jobs].map((s) => ({ role: s.role, threadId: s.worker.threadId }));
  }

  /** Terminates a worker as a crash would (tests). */
  async crash(role: WorkerRole): Promise<void> {
    const slot = role === 'writer' ? this.#writer : role === 'jobs' ? this.#jobs : this.#readers[0]!;
    await slot.worker.terminate();
  }

  // ---- routing ---------------------------------------------------------------------------------------------
  #route(channel: string): Slot {
    const definition = channelOf(channel);
    if (!definition) return this.#readers[0]!; // dispatch() answers "Unknown request"
    if (definition.writes) return this.#writer;
    if (definition.long) return this.#jobs;
    // The reader with the fewest calls in flight: a slow read on one never queues the next behind it.
    return this.#readers.reduce((best, slot) => (slot.inFlight.size < best.inFlight.size ? slot : best));
  }

  // ---- workers ---------------------------------------------------------------------------------------------
  #spawn(role: WorkerRole): Slot {
    const o = this.#options;
    const config: WorkerConfig = {
      role,
      databaseFile: o.databaseFile,
      ...(o.backupDir ? { backupDir: o.backupDir } : {}),
      transport: o.transport,
      appVersion: o.appVersion,
      capabilities: capabilitiesOf(o.hostServices),
      backups: role === 'jobs' && (o.backups ?? false),
      // Only the first writer goes through recovery; a writer restarted after a crash opens the file as it is.
      ...(role === 'writer' && o.recovery && !this.#writer && this.#readOnly === null ? { recovery: o.recovery } : {}),
      // Another Entente owns the file: nothing here may write to it, not even a migration or an index rebuild.
      ...(this.#whose.mustNotWrite ? { readOnly: true } : {}),
    };
    return spawnSlot(o.workerScript, config, {
      onMessage: (slot, message, markReady, failReady) => this.#onMessage(slot, message, markReady, failReady),
      onExit: (slot, reason, failReady) => this.#onExit(slot, reason, failReady),
    });
  }

  #onMessage(slot: Slot, message: FromWorker, markReady: () => void, failReady: (e: Error) => void): void {
    switch (message.type) {
      case 'ready':
        if (slot.role === 'writer' && slot === this.#writer) {
          this.#startup = { notice: message.notice, indexNeedsRebuild: message.indexNeedsRebuild };
          if (message.damaged) this.#readOnly ??= message.damaged;
        }
        markReady();
        return;
      case 'reopened':
        if (slot === this.#writer) {
          if (message.damaged) this.#readOnly ??= message.damaged;
          if (message.indexNeedsRebuild) slot.worker.postMessage({ type: 'rebuild-index' } satisfies ToWorker);
        }
        slot.reopened?.();
        slot.reopened = null;
        return;
      case 'open-failed':
        failReady(new AppError(message.code as never, message.message));
        return;
      case 'reply': {
        const pending = slot.inFlight.get(message.id);
        slot.inFlight.delete(message.id);
        pending?.resolve(message.bytes);
        if (message.reopen) void this.#reopenOthers(slot);
        return;
      }
      case 'host-call':
        void serveHostCall(this.#options.hostServices, slot, message.id, message.method, message.args);
        return;
      case 'event':
        if (message.name === 'backup-failed' || message.name === 'backup-done' || message.name === 'busy')
          this.#options.onNotice?.({ kind: message.name, message: message.detail });
        return;
      case 'closed':
        return;
    }
  }

  #onExit(slot: Slot, reason: string, failReady: (e: Error) => void): void {
    failReady(new AppError('UNAVAILABLE', `The database worker could not start (${reason}).`));
    slot.reopened?.();
    if (slot.retiring || this.#closed) return;
    slot.retiring = true;
    for (const pending of slot.inFlight.values()) pending.resolve(bytesOf(workerStopped(reason)));
    slot.inFlight.clear();
    const fresh = this.#spawn(slot.role);
    this.#replace(slot, fresh);
    this.#options.onNotice?.({
      kind: 'worker-restarted',
      message: `The database worker (${slot.role}) stopped unexpectedly (${reason}) and was restarted.`,
    });
  }

  #replace(old: Slot, fresh: Slot): void {
    if (old === this.#writer) this.#writer = fresh;
    else if (old === this.#jobs) this.#jobs = fresh;
    else this.#readers = this.#readers.map((s) => (s === old ? fresh : s));
  }

  /** After the writer replaced the register file (a restore), every other connection opens the new file. */
  async #reopenOthers(except: Slot): Promise<void> {
    this.#whose.noteFile();
    this.#whose.noteWal();
    for (const slot of [...this.#readers, this.#jobs]) {
      if (slot === except) continue;
      const fresh = this.#spawn(slot.role);
      this.#replace(slot, fresh);
      void retireSlot(slot);
    }
  }
}
