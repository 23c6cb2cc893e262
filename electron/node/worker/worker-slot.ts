/**
 * One worker thread of the database host (host.ts) and the calls it owes: starting it with its config, answering the
 * host capabilities it asks for by message (print, save dialog, reveal…), and letting it finish and exit. Which
 * worker takes a call, and what happens when one dies or the register changes, stays with the host.
 */
import { Worker } from 'node:worker_threads';
import type { Reply } from '../../common/contract';
import { AppError } from '../../common/domain/errors';
import type { HostServices } from '../handlers/context';
import type { FromWorker, HostCapability, ToWorker, WorkerConfig, WorkerRole } from './protocol';

interface Pending {
  resolve(bytes: Uint8Array): void;
  channel: string;
}

export interface Slot {
  role: WorkerRole;
  worker: Worker;
  /** Calls sent (or about to be sent) to this worker, by call id, until its reply arrives. */
  inFlight: Map<number, Pending>;
  ready: Promise<void>;
  /** Set while the host is deliberately stopping it (close, reopen): its exit is not a crash. */
  retiring: boolean;
  /** Told when the worker has reopened its connection for writing (or has stopped): see host.ts #reopenWritable. */
  reopened: (() => void) | null;
}

/** What the host does with a slot's messages and its end; `markReady`/`failReady` settle `slot.ready`. */
export interface SlotEvents {
  onMessage(slot: Slot, message: FromWorker, markReady: () => void, failReady: (e: Error) => void): void;
  onExit(slot: Slot, reason: string, failReady: (e: Error) => void): void;
}

const encoder = new TextEncoder();

/** A reply as the JSON bytes the host hands on (the window decodes them itself). */
export const bytesOf = (reply: Reply<unknown>): Uint8Array => encoder.encode(JSON.stringify(reply));

/** The reply a caller gets for a call its worker could not finish. */
export function workerStopped(reason: string): Reply<never> {
  return {
    ok: false,
    error: {
      code: 'UNAVAILABLE',
      message: `The database worker stopped unexpectedly (${reason}). It has been restarted and the register is intact; try again.`,
    },
  };
}

const CAPABILITIES = [
  'printPdf',
  'deliverFile',
  'revealFile',
  'screenshotElements',
  'askAboutDamage',
  'pickFolder',
  'takeUpload',
  'openFile',
] as const satisfies readonly HostCapability[];

/** The host capabilities this host can serve (a worker offers a channel only when its capability is here). */
export function capabilitiesOf(services: HostServices): HostCapability[] {
  return CAPABILITIES.filter((c) => typeof services[c] === 'function');
}

/** Starts a worker thread on `script` with `config`; its messages and its exit go to `events`. */
export function spawnSlot(script: string, config: WorkerConfig, events: SlotEvents): Slot {
  const worker = new Worker(script, { workerData: config, name: `entente-${config.role}` });
  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const slot: Slot = {
    role: config.role,
    worker,
    inFlight: new Map(),
    retiring: false,
    reopened: null,
    ready: new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    }),
  };
  slot.ready.catch(() => undefined); // observed by start() / callers; never an unhandled rejection
  worker.on('message', (message: FromWorker) => events.onMessage(slot, message, markReady, failReady));
  worker.on('error', (error) => events.onExit(slot, error.message, failReady));
  worker.on('exit', (code) => events.onExit(slot, `exit code ${code}`, failReady));
  return slot;
}

/**
 * Answers a worker's request for a host capability (host-call id `id`). A failure goes back to the worker as its
 * message and, for an AppError, its code; a worker being retired is not answered.
 */
export async function serveHostCall(
  services: HostServices,
  slot: Slot,
  id: number,
  method: HostCapability,
  args: unknown[],
): Promise<void> {
  const fn = services[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
  let reply: ToWorker;
  try {
    if (!fn) throw new AppError('UNAVAILABLE', 'This window cannot do that.');
    const value = await fn.apply(services, args);
    reply = { type: 'host-reply', id, ok: true, value };
  } catch (error) {
    const info = error instanceof AppError ? error : null;
    reply = {
      type: 'host-reply',
      id,
      ok: false,
      message: info?.message ?? (error instanceof Error ? error.message : String(error)),
      ...(info ? { code: info.code } : {}),
    };
  }
  if (!slot.retiring) slot.worker.postMessage(reply);
}

/** Lets a worker finish what it is answering, close its connection and exit; calls it still owed are told so. */
export async function retireSlot(slot: Slot): Promise<void> {
  slot.retiring = true;
  const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
  slot.worker.postMessage({ type: 'close' } satisfies ToWorker);
  await exited;
  for (const pending of slot.inFlight.values()) pending.resolve(bytesOf(workerStopped('closed')));
}
