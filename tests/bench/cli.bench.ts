/**
 * `npm run bench -- cli [--meetings N] [--agreements N] [--reps R] [--seed S]`
 *
 * How fast the command line answers on a large register (issue 19 item 5: `list`, `show` and `status` start in
 * ≤ 0.3 s). Builds a seeded register once into a temp file (tests/support/corpus.ts; default 100,000 meetings +
 * 20,000 agreements — the search bench's corpus, without its search index, which read-only commands never open),
 * then times real processes the way a person runs them, `node scripts/cli.mjs …` (what `npm run cli --` runs),
 * each with its output read like `| head -c 100`: the reader takes 100 bytes and closes the pipe, and the time is
 * from spawn to exit. Same-run baseline: node + better-sqlite3 reading 50 rows of the same file, timed the same way.
 * Runs alternate between the commands and the baseline, so a busy machine slows them alike; medians and minimums
 * are printed, and the ratio to the baseline. Never fails on a time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Store } from '../../db/store';
import { openDatabase } from '../../db/store/open';
import { generateCorpus } from '../support/corpus';

const CLI = join(process.cwd(), 'scripts', 'cli.mjs');
const TARGET_MS = 300;

const argValue = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};

interface Timing {
  /** Wall milliseconds from spawn to exit. */
  ms: number;
  /** CPU milliseconds the process used (user + system): less disturbed than wall time on a shared machine. */
  cpu: number;
  head: string;
}

/**
 * Runs `node [--import cpu-reporter] ARGS`, reading at most `bytes` of stdout and then closing it (`| head -c`).
 * The reporter writes the process's own CPU time to file descriptor 3 as it exits.
 */
function timed(reporter: string, args: string[], bytes = 100): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(reporter).href, ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const [, stdout, stderrStream, cpuStream] = child.stdio;
    let head = '';
    let stderr = '';
    let cpu = '';
    cpuStream!.on('data', (chunk: Buffer) => (cpu += chunk.toString('utf8')));
    stdout!.on('data', (chunk: Buffer) => {
      head += chunk.toString('utf8');
      if (head.length >= bytes) {
        head = head.slice(0, bytes);
        stdout!.destroy();
      }
    });
    stderrStream!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      else resolve({ ms: performance.now() - started, cpu: Number(cpu), head });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

export async function run(args: string[]): Promise<void> {
  const meetings = argValue(args, 'meetings', 100_000);
  const agreements = argValue(args, 'agreements', 20_000);
  const reps = argValue(args, 'reps', 9);
  const seed = argValue(args, 'seed', 20_250_601);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-cli-'));
  const file = join(dir, 'bench.sqlite');
  try {
    const built = performance.now();
    const db = openDatabase(file);
    generateCorpus(db, { meetings, agreements, seed });
    const sample = db
      .prepare(`SELECT a.id FROM agreements a JOIN status_events s ON s.record_id = a.id ORDER BY a.id LIMIT 1`)
      .get() as { id: string };
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    console.log(
      `register: ${meetings.toLocaleString('en')} meetings + ${agreements.toLocaleString('en')} agreements, seed ${seed}, ` +
        `built in ${((performance.now() - built) / 1000).toFixed(1)} s; ${reps} runs of each; load average ${loadavg()[0]!.toFixed(1)}`,
    );

    const reporter = join(dir, 'cpu-reporter.mjs');
    writeFileSync(
      reporter,
      `import { writeSync } from 'node:fs';\n` +
        `process.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)); });\n`,
    );
    const baselineScript = join(dir, 'baseline.mjs');
    writeFileSync(
      baselineScript,
      `import Database from ${JSON.stringify(join(process.cwd(), 'node_modules', 'better-sqlite3', 'lib', 'index.js'))};\n` +
        `const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });\n` +
        `const rows = db.prepare('SELECT id, title FROM agreements ORDER BY title LIMIT 50').all();\n` +
        `process.stdout.write(rows.map((r) => r.id + '  ' + r.title).join('\\n') + '\\n');\n`,
    );
    const seedRegister = join(dir, 'seed.sqlite');
    const seedStore = Store.open(seedRegister);
    seedStore.loadDemo();
    seedStore.close();
    const cases: { name: string; args: string[]; target: boolean }[] = [
      // The same command on the seed article's 17 records: what starting costs, apart from the query.
      {
        name: 'list agreements (seed register, 1 row)',
        args: ['list', 'agreements', '--db', seedRegister],
        target: true,
      },
      { name: 'list agreements --limit 50', args: ['list', 'agreements', '--db', file, '--limit', '50'], target: true },
      {
        name: `list agreements (all ${agreements.toLocaleString('en')})`,
        args: ['list', 'agreements', '--db', file],
        target: false,
      },
      { name: 'show agreement ID', args: ['show', 'agreement', sample.id, '--db', file], target: true },
      {
        name: 'status agreement ID --as-of 2021',
        args: ['status', 'agreement', sample.id, '--as-of', '2021', '--db', file],
        target: true,
      },
      { name: '--help (no register)', args: ['--help'], target: false },
    ];

    // First run: builds the bundle when the sources changed since the last one, and fills Node's compile cache.
    const first = await timed(reporter, [CLI, ...cases[1]!.args]);
    console.log(`first run (bundle built if the sources changed, compile cache filled): ${fmt(first.ms)}`);
    console.log(`  output begins: ${JSON.stringify(first.head.slice(0, 60))}…`);

    const runs = new Map<string, Timing[]>([['baseline', []], ...cases.map((c) => [c.name, []] as [string, Timing[]])]);
    for (let rep = 0; rep < reps; rep++) {
      runs.get('baseline')!.push(await timed(reporter, [baselineScript, file]));
      for (const c of cases) runs.get(c.name)!.push(await timed(reporter, [CLI, ...c.args]));
    }
    const figures = (name: string) => {
      const xs = runs.get(name)!;
      const wall = xs.map((x) => x.ms);
      return { wall: median(wall), min: Math.min(...wall), cpu: median(xs.map((x) => x.cpu)) };
    };
    const base = figures('baseline');
    const row = (label: string, f: ReturnType<typeof figures>) =>
      `${label.padEnd(44)} ${fmt(f.wall).padStart(9)} ${fmt(f.min).padStart(9)} ${fmt(f.cpu).padStart(9)}`;
    const heads = ['wall p50', 'wall min', 'cpu p50'].map((h) => h.padStart(9)).join(' ');
    console.log(`\n${'what (output read like | head -c 100)'.padEnd(44)} ${heads}  ×baseline wall, cpu  target`);
    console.log(row('baseline: node + better-sqlite3, 50 rows', base));
    for (const c of cases) {
      const f = figures(c.name);
      const verdict = c.target ? (f.wall <= TARGET_MS ? `≤ ${TARGET_MS} ms: met` : `≤ ${TARGET_MS} ms: NOT met`) : '';
      const ratios = `${(f.wall / base.wall).toFixed(1)}×, ${(f.cpu / base.cpu).toFixed(1)}×`;
      console.log(`${row(`cli ${c.name}`, f)}  ${ratios.padStart(19)}  ${verdict}`);
    }
    const npm = process.env.npm_execpath;
    if (npm) {
      const viaNpm = await timed(reporter, [npm, 'run', '--silent', 'cli', '--', ...cases[0]!.args]);
      console.log(
        `\nfor reference, once through npm (npm run cli -- ${cases[0]!.name}): ${fmt(viaNpm.ms)}, npm's own start included`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
