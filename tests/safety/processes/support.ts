/** Spawning the second processes of the processes suite (actor.ts), bundled once per test file with esbuild. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../../../db/store/open';

const ROOT = join(import.meta.dirname, '../../..');
// Inside the repo, so the bundle's package imports resolve from node_modules.
const CACHE = join(ROOT, 'node_modules/.cache/entente-processes');

let built: Promise<string> | null = null;

export function actorScript(): Promise<string> {
  built ??= (async () => {
    mkdirSync(CACHE, { recursive: true });
    const outfile = join(CACHE, `actor-${process.pid}.mjs`);
    await build({
      entryPoints: [join(import.meta.dirname, 'actor.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      packages: 'external',
      logLevel: 'error',
    });
    return outfile;
  })();
  return built;
}

export interface Actor {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first line (from now on, or already seen) that matches. */
  line(match: RegExp): Promise<string>;
  /** Sends one JSON call (host actors) and resolves with the reply line parsed. */
  call(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Closes its stdin (it finishes what it holds and exits) and waits for it to end. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a power cut would end it. */
  kill(): Promise<void>;
}

export async function startActor(action: string, file: string, extra?: string): Promise<Actor> {
  const child = spawn(process.execPath, [await actorScript(), action, file, ...(extra ? [extra] : [])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  let stderr = '';
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.match.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const line = (match: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => match.test(l));
      if (seen) return resolve(seen);
      waiters.push({ match, resolve });
      void ended.then(() => reject(new Error(`the ${action} process ended before saying ${match}: ${stderr.trim()}`)));
    });
  // Host actors answer calls in order, one line each: the n-th call's reply is the n-th reply line.
  let nextCall = 0;
  const replyLine = (n: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const replies = lines.filter((l) => l.startsWith('{"ok":'));
        if (replies.length >= n) return resolve(replies[n - 1]!);
        waiters.push({ match: /^\{"ok":/, resolve: () => check() });
      };
      check();
      void ended.then(() => reject(new Error(`the ${action} process ended before its reply ${n}: ${stderr.trim()}`)));
    });
  return {
    child,
    line,
    async call(channel, input) {
      const n = ++nextCall;
      child.stdin.write(`${JSON.stringify({ channel, input })}\n`);
      return JSON.parse(await replyLine(n)) as never;
    },
    async stop() {
      child.stdin.end();
      await ended;
    },
    async kill() {
      child.kill('SIGKILL');
      await ended;
    },
  };
}

/**
 * Overwrites 512 bytes of the page holding `table`'s root, as a bad sector or another program would; returns the
 * file's bytes after (to see later that nothing more was written).
 */
export function damagePage(file: string, table: string): Buffer {
  const db = openDatabase(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = (db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).get(table) as { rootpage: number })
    .rootpage;
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0x5a, (page - 1) * pageSize, (page - 1) * pageSize + 512);
  writeFileSync(file, bytes);
  return bytes;
}
