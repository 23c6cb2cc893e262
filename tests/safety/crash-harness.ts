/**
 * The crash campaign shared by the test (≥ 200 kills) and `npm run bench -- crash` (1,000):
 * a child process (fixtures/crash-writer.ts) commits numbered transactions through the store
 * and reports each commit; the parent SIGKILLs it at a seeded random moment — a quarter of
 * the time while it is still starting (opening, recovering the WAL, migrating), otherwise
 * a few milliseconds after its n-th reported commit, i.e. mostly in the middle of the next
 * transaction. After every kill the parent opens the database as the app would and checks:
 * integrity_check is "ok", no broken reference, every reported commit is present, the
 * commits present are exactly 1..N (a transaction is all there or not at all), and the audit
 * trail holds exactly one entry per record. Spawning is the cost that matters, so the child
 * is bundled once with esbuild (plain `node`, V8 compile cache) and the kills run in lanes,
 * one database per lane.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { openUnmigrated } from '../../db/store/open';
import { checkSearchIndex } from '../../db/store/search-index';
import { prng } from '../support/random';

const ROOT = join(import.meta.dirname, '../..');
const CACHE = join(ROOT, 'node_modules/.cache/entente-safety');

/** Bundles the child into node_modules/.cache (inside the repo, so it finds better-sqlite3). */
export function buildCrashWriter(): string {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, 'crash-writer.cjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'fixtures/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed (tests/support/random.ts). */
export const seededRandom = prng;

export interface CrashFigures {
  kills: number;
  killsWhileStarting: number;
  killsWhileWriting: number;
  commitsReported: number;
  commitsFound: number;
  /** Committed but killed before it could say so: present, and allowed. */
  committedUnreported: number;
  /** Every check that failed, with the kill it followed. Must be empty. */
  problems: string[];
  ms: number;
  meanMsToFirstCommit: number;
}

interface KillOutcome {
  reported: number[];
  /** PRAGMA synchronous of the writer's connection, as it said when ready (2 = FULL). */
  synchronous: number | null;
  whileStarting: boolean;
  killedByUs: boolean;
  stderr: string;
  msToFirstCommit: number | null;
}

function killOnce(writer: string, file: string, start: number, random: () => number): Promise<KillOutcome> {
  const whileStarting = random() < 0.25;
  const afterCommits = 1 + Math.floor(random() * 6);
  const delayMs = whileStarting ? Math.floor(random() * 200) : Math.floor(random() * 12);
  const child = spawn(process.execPath, [writer, file, String(start), String(Math.floor(random() * 2 ** 31))], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: join(CACHE, 'compile-cache') },
  });
  const spawnedAt = performance.now();
  const outcome: KillOutcome = {
    reported: [],
    synchronous: null,
    whileStarting,
    killedByUs: false,
    stderr: '',
    msToFirstCommit: null,
  };
  let pending = '';
  let scheduled = false;
  const kill = () => {
    outcome.killedByUs = true;
    child.kill('SIGKILL');
  };
  if (whileStarting) {
    scheduled = true;
    setTimeout(kill, delayMs);
  }
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const ready = /^ready synchronous=(\d+)$/.exec(line);
      if (ready) outcome.synchronous = Number(ready[1]);
      if (!/^\d+$/.test(line)) continue;
      outcome.reported.push(Number(line));
      outcome.msToFirstCommit ??= performance.now() - spawnedAt;
      if (!scheduled && outcome.reported.length >= afterCommits) {
        scheduled = true;
        setTimeout(kill, delayMs);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (outcome.stderr += chunk));
  return new Promise((resolve) => child.on('close', () => resolve(outcome)));
}

interface LaneState {
  file: string;
  next: number;
  everReported: Set<number>;
}

/** Opens the database as the app would after a crash and checks everything; returns problems. */
function checkAfterKill(
  lane: LaneState,
  outcome: KillOutcome,
  label: string,
  deep: boolean,
): { problems: string[]; found: number } {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${label}: ${what}`);
  if (!outcome.killedByUs)
    say(`the writer stopped by itself: ${outcome.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  if (outcome.reported.length > 0 && outcome.synchronous === null)
    say('the writer did not say how durable its commits are');
  if (outcome.synchronous !== null && outcome.synchronous < 2)
    say(`the writer ran with synchronous=${outcome.synchronous}, below FULL: commits would not survive a power cut`);
  // Opened as it is — no migration, no index repair — so what the kill left is what is checked.
  const db = openUnmigrated(lane.file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') say(`integrity_check says ${String(integrity)}`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) say(`${broken.length} broken references`);
    const numbers = (
      db.prepare(`SELECT title FROM meetings WHERE title LIKE 'crash %'`).all() as { title: string }[]
    ).map((r) => Number(r.title.slice(6)));
    const present = new Set(numbers);
    for (const n of outcome.reported) lane.everReported.add(n);
    const lost = [...lane.everReported].filter((n) => !present.has(n));
    if (lost.length > 0) say(`reported commits missing: ${lost.slice(0, 5).join(', ')}`);
    const max = numbers.length ? Math.max(...numbers) : 0;
    if (present.size !== max || numbers.length !== max)
      say(`commits present are not exactly 1..${max} (${numbers.length} rows, ${present.size} distinct)`);
    const audit = db
      .prepare(
        `SELECT (SELECT count(*) FROM audit) AS audit, (SELECT count(*) FROM records) AS records,
      (SELECT count(*) FROM audit a WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = a.record_id)) AS orphans`,
      )
      .get() as { audit: number; records: number; orphans: number };
    if (audit.audit !== audit.records || audit.orphans !== 0)
      say(
        `audit rows do not match records (${audit.audit} audit, ${audit.records} records, ${audit.orphans} without record)`,
      );
    // One index row per record, row by row, after every kill; FTS5's own integrity-check too on deep checks.
    const search = checkSearchIndex(db, { repair: false, fts: deep, rowByRow: true });
    if (!search.ok) say(`search index: ${search.problems.join(' ')}`);
    lane.next = max + 1;
    return { problems, found: max };
  } finally {
    db.close();
  }
}

export interface CampaignOptions {
  dir: string;
  kills: number;
  seed: number;
  lanes?: number;
  onProgress?: (done: number, figures: CrashFigures) => void;
}

export async function runCrashCampaign(options: CampaignOptions): Promise<CrashFigures> {
  const writer = buildCrashWriter();
  const started = performance.now();
  const lanes = options.lanes ?? 2;
  const figures: CrashFigures = {
    kills: 0,
    killsWhileStarting: 0,
    killsWhileWriting: 0,
    commitsReported: 0,
    commitsFound: 0,
    committedUnreported: 0,
    problems: [],
    ms: 0,
    meanMsToFirstCommit: 0,
  };
  let firstCommitTotal = 0;
  let firstCommitCount = 0;
  const runLane = async (laneIndex: number, kills: number) => {
    const lane: LaneState = { file: join(options.dir, `crash-${laneIndex}.sqlite`), next: 1, everReported: new Set() };
    const random = seededRandom(options.seed * 7919 + laneIndex);
    for (let k = 1; k <= kills; k++) {
      const outcome = await killOnce(writer, lane.file, lane.next, random);
      const { problems, found } = checkAfterKill(
        lane,
        outcome,
        `lane ${laneIndex} kill ${k}`,
        k % 25 === 0 || k === kills,
      );
      figures.kills += 1;
      if (outcome.whileStarting) figures.killsWhileStarting += 1;
      else figures.killsWhileWriting += 1;
      figures.commitsReported += outcome.reported.length;
      if (outcome.msToFirstCommit !== null) {
        firstCommitTotal += outcome.msToFirstCommit;
        firstCommitCount += 1;
      }
      figures.problems.push(...problems);
      if (k === kills) figures.commitsFound += found;
      options.onProgress?.(figures.kills, figures);
    }
    return lane;
  };
  const perLane = Math.ceil(options.kills / lanes);
  const finished = await Promise.all(
    Array.from({ length: lanes }, (_, i) =>
      runLane(i, i === lanes - 1 ? options.kills - perLane * (lanes - 1) : perLane),
    ),
  );
  figures.committedUnreported = finished.reduce((sum, lane) => sum + (lane.next - 1 - lane.everReported.size), 0);
  figures.ms = Math.round(performance.now() - started);
  figures.meanMsToFirstCommit = firstCommitCount ? Math.round(firstCommitTotal / firstCommitCount) : 0;
  return figures;
}

export function describeFigures(f: CrashFigures): string {
  return (
    `${f.kills} SIGKILLs (${f.killsWhileStarting} while starting, ${f.killsWhileWriting} while writing) in ${(f.ms / 1000).toFixed(1)} s; ` +
    `${f.commitsReported} commits reported, ${f.commitsFound} found (${f.committedUnreported} committed but killed before reporting); ` +
    `${f.problems.length} problems; mean ${f.meanMsToFirstCommit} ms from spawn to first commit`
  );
}
