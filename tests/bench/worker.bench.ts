/**
 * `npm run bench -- worker`: the register off the serving thread (issue 10). On the search corpus (20,000 meetings +
 * 2,000 agreements by default), for each long call of the table — the whole meeting list, a one-party report,
 * a whole-register report, a search index check, a full index rebuild — it measures, on the thread that serves
 * windows, the longest event-loop stall (a 5 ms timer) and the latency of `records.get` calls made meanwhile:
 *   in-process: dispatch() on this thread, exactly as Electron main called it before;
 *   host:       the database host (worker threads), as Electron main and the preview call it now.
 * Targets (host): longest stall ≤ 50 ms for every call; read latency during a long call ≤ 100 ms at p95.
 * Options: --meetings N (default 20000), --agreements N (default 2000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Store } from '../../db/store';
import { openDatabase } from '../../db/store/open';
import type { HandlerContext } from '../../electron/node/handlers/context';
import { dispatch } from '../../electron/node/handlers/dispatch';
import { workerBundle } from '../../electron/node/worker/bundle';
import { DatabaseHost } from '../../electron/node/worker/host';
import { generateCorpus } from '../support/corpus';

interface Figures {
  callMs: number;
  stallMs: number;
  reads: number;
  readP95Ms: number;
}

const option = (args: string[], name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

/**
 * A full garbage collection of this thread's heap, so that each measured call pays only for its own garbage: without
 * it the in-process runs (a whole-register report builds hundreds of MB) or the corpus generation leave a major
 * collection due on this thread, and it lands in whichever measurement comes next. Electron main never holds that
 * garbage. `--expose-gc` set at run time, then `gc` taken from a fresh context (the flag applies to new contexts).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Runs `long` while reading records one after another, with a 5 ms timer on this thread. In-process, the reads can
 * only start once the thread is free again: their latency is what a window would wait for an answer.
 */
async function measure(long: () => Promise<unknown>, read: () => Promise<unknown>): Promise<Figures> {
  collectGarbage();
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 5);
    last = now;
  }, 5);
  const latencies: number[] = [];
  let done = false;
  // A window asks for a record just as the long call starts; each answer is timed from when it was asked. On this
  // thread (in-process) the first one can only be answered once the long call has let go of the thread.
  let askedAt = performance.now();
  const reads = (async () => {
    await new Promise((resolve) => setImmediate(resolve));
    do {
      // Each request arrives as its own message (a macrotask), as IPC does; a loop of bare promises would starve a
      // long call that yields between its steps (report assembly in steps) and never end.
      await new Promise((resolve) => setImmediate(resolve));
      await read();
      const now = performance.now();
      latencies.push(now - askedAt);
      askedAt = now;
    } while (!done);
  })();
  const started = performance.now();
  const pending = long().finally(() => {
    done = true;
  });
  await reads;
  await pending;
  const callMs = performance.now() - started;
  clearInterval(timer);
  return { callMs, stallMs, reads: latencies.length, readP95Ms: p95(latencies) };
}

export async function run(args: string[]): Promise<void> {
  const meetings = option(args, 'meetings', 20_000);
  const agreements = option(args, 'agreements', 2_000);
  const dir = mkdtempSync(join(tmpdir(), 'entente-worker-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    const db = openDatabase(file);
    const t0 = performance.now();
    const ids = generateCorpus(db, { meetings, agreements, seed: 11 });
    Store.over(db).rebuildSearchIndex();
    const meetingIds = (
      db.prepare(`SELECT id FROM records WHERE kind = 'meeting' LIMIT 200`).all() as { id: string }[]
    ).map((r) => r.id);
    db.close();
    console.log(
      `register: ${meetings} meetings + ${agreements} agreements, built in ${fmt(performance.now() - t0)} (not a target)`,
    );

    let i = 0;
    const nextId = () => meetingIds[i++ % meetingIds.length]!;
    const calls: [string, string, unknown][] = [
      ['records.list (all meetings)', 'records.list', { kind: 'meeting' }],
      ['reports.data, one party', 'reports.data', { request: { partyIds: [ids.japan], includeMeetings: true } }],
      ['reports.data, whole register', 'reports.data', { request: { includeMeetings: true } }],
      ['search.reindex check', 'search.reindex', { checkOnly: true }],
      ['full search index rebuild', 'search.reindex', {}],
    ];

    // In-process: one connection on this thread, dispatch() as main used to call it.
    const ctx: HandlerContext = {
      store: Store.open(file),
      databaseFile: file,
      transport: 'ipc',
      appVersion: 'bench',
      host: {},
    };
    const inProcess: Figures[] = [];
    for (const [, channel, input] of calls) {
      inProcess.push(
        await measure(
          () => dispatch(ctx, channel, input),
          () => dispatch(ctx, 'records.get', { kind: 'meeting', id: nextId() }),
        ),
      );
    }
    ctx.store.close();

    // The database host: the same calls, bytes handed on as Electron main does.
    const host = await DatabaseHost.start({
      workerScript: await workerBundle(),
      databaseFile: file,
      transport: 'ipc',
      appVersion: 'bench',
      hostServices: {},
    });
    const viaHost: Figures[] = [];
    try {
      // Every worker answers once before anything is measured: threads that are still starting (readers, the jobs
      // worker) load their modules then, which is start-up, not the cost of a call.
      const warm = performance.now();
      await Promise.all([
        host.callBytes('records.get', { kind: 'meeting', id: nextId() }),
        host.callBytes('records.get', { kind: 'meeting', id: nextId() }),
        host.callBytes('search.reindex', { checkOnly: true }),
      ]);
      console.log(`host: every worker answering ${fmt(performance.now() - warm)} after start (not a target)`);
      for (const [, channel, input] of calls) {
        viaHost.push(
          await measure(
            () => host.callBytes(channel, input),
            () => host.callBytes('records.get', { kind: 'meeting', id: nextId() }),
          ),
        );
      }
    } finally {
      await host.close();
    }

    console.log(
      '\ncall                              in-process: call / stall / read p95      host: stall / read p95 (reads)   targets',
    );
    calls.forEach(([label], k) => {
      const a = inProcess[k]!;
      const b = viaHost[k]!;
      const met = b.stallMs <= 50 && b.readP95Ms <= 100 ? 'met' : 'MISSED';
      console.log(
        `${label.padEnd(34)}${fmt(a.callMs).padStart(8)} / ${fmt(a.stallMs).padStart(7)} / ${fmt(a.readP95Ms).padStart(7)}` +
          `      ${fmt(b.stallMs).padStart(7)} / ${fmt(b.readP95Ms).padStart(7)} (${String(b.reads).padStart(5)})` +
          `   stall ≤ 50 ms, p95 ≤ 100 ms: ${met}; stall ratio host/in-process ${(b.stallMs / Math.max(1, a.stallMs)).toFixed(3)}`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
