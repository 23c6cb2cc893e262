/**
 * `npm run bench -- open [--meetings N] [--agreements N] [--reps R] [--seed S] [--file PATH]`
 *
 * How long opening a large register for writing takes (issue 19 item 6: the open-time search index check must not
 * count every row). Builds the search bench's seeded corpus (default 100,000 meetings + 20,000 agreements,
 * tests/support/corpus.ts) with its search index, or reuses `--file` (a register built by an earlier run with
 * `--keep`), then times, alternately so a busy machine slows them alike:
 *   - `openDatabase(file)` as the app and the CLI open a register for writing (schema version read, WAL, migrations
 *     checked, identity, the search index's open-time check) and close;
 *   - the open-time index check alone (`ensureSearchIndex` on an open connection);
 *   - the same-run baseline: better-sqlite3's `new Database(file)` + one SELECT of one row, and close.
 * Prints medians and minimums (wall and CPU) and the ratio to the baseline. Never fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/store/open';
import { ensureSearchIndex, rebuildSearchIndex } from '../../db/store/search-index';
import { generateCorpus } from '../support/corpus';

const argValue = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};

interface Sample {
  ms: number;
  cpu: number;
}

function timed(work: () => void): Sample {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

export async function run(args: string[]): Promise<void> {
  const meetings = argValue(args, 'meetings', 100_000);
  const agreements = argValue(args, 'agreements', 20_000);
  const reps = argValue(args, 'reps', 15);
  const seed = argValue(args, 'seed', 20_250_601);
  const given = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-open-'));
  const file = given ?? join(dir, 'bench.sqlite');
  try {
    if (!given) {
      const built = performance.now();
      const db = openDatabase(file);
      generateCorpus(db, { meetings, agreements, seed });
      rebuildSearchIndex(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      console.log(
        `register: ${meetings.toLocaleString('en')} meetings + ${agreements.toLocaleString('en')} agreements, seed ${seed}, ` +
          `indexed, built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
      );
    } else console.log(`register: ${file} (given)`);
    // First open: migrates a register built by an older version, and warms the file cache for every run after it.
    const first = timed(() => openDatabase(file).close());
    console.log(
      `first open (migrations if any, file cache filled): ${fmt(first.ms)}; load average ${loadavg()[0]!.toFixed(1)}`,
    );

    const runs = { open: [] as Sample[], check: [] as Sample[], baseline: [] as Sample[] };
    for (let rep = 0; rep < reps; rep++) {
      runs.baseline.push(
        timed(() => {
          const db = new Database(file);
          db.prepare('SELECT id FROM records LIMIT 1').get();
          db.close();
        }),
      );
      runs.open.push(timed(() => openDatabase(file).close()));
      const db = openDatabase(file);
      runs.check.push(timed(() => ensureSearchIndex(db)));
      db.close();
    }
    const figures = (xs: Sample[]) => ({
      wall: median(xs.map((x) => x.ms)),
      min: Math.min(...xs.map((x) => x.ms)),
      cpu: median(xs.map((x) => x.cpu)),
    });
    const base = figures(runs.baseline);
    console.log(
      `\n${'what'.padEnd(58)} ${'wall p50'.padStart(10)} ${'wall min'.padStart(10)} ${'cpu p50'.padStart(10)}  ×baseline`,
    );
    const row = (label: string, f: ReturnType<typeof figures>, ratio = true) =>
      console.log(
        `${label.padEnd(58)} ${fmt(f.wall)} ${fmt(f.min)} ${fmt(f.cpu)}  ${ratio ? `${(f.wall / base.wall).toFixed(1)}×` : ''}`,
      );
    row('baseline: new Database(file) + one SELECT, close', base, false);
    row('openDatabase(file) for writing, close', figures(runs.open));
    row('  of which the open-time search index check', figures(runs.check));
    console.log(`(${reps} runs each, alternating; load average now ${loadavg()[0]!.toFixed(1)})`);
    if (args.includes('--keep')) console.log(`kept: ${file}`);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}
