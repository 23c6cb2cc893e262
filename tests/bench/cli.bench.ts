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

/** Wall milliseconds from spawn to exit, reading at most `bytes` of stdout and then closing it (`| head -c`). */
function timed(command: string, args: string[], bytes = 100): Promise<{ ms: number; head: string; code: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      head += chunk.toString('utf8');
      if (head.length >= bytes) {
        head = head.slice(0, bytes);
        child.stdout.destroy();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      else resolve({ ms: performance.now() - started, head, code: code ?? 0 });
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

    const baselineScript = join(dir, 'baseline.mjs');
    writeFileSync(
      baselineScript,
      `import Database from ${JSON.stringify(join(process.cwd(), 'node_modules', 'better-sqlite3', 'lib', 'index.js'))};\n` +
        `const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });\n` +
        `const rows = db.prepare('SELECT id, title FROM agreements ORDER BY title LIMIT 50').all();\n` +
        `process.stdout.write(rows.map((r) => r.id + '  ' + r.title).join('\\n') + '\\n');\n`,
    );
    const cases: { name: string; args: string[]; target: boolean }[] = [
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
    const first = await timed(process.execPath, [CLI, ...cases[0]!.args]);
    console.log(`first run (bundle built if the sources changed, compile cache filled): ${fmt(first.ms)}`);
    console.log(`  output begins: ${JSON.stringify(first.head.slice(0, 60))}…`);

    const times = new Map<string, number[]>([
      ['baseline', []],
      ...cases.map((c) => [c.name, []] as [string, number[]]),
    ]);
    for (let rep = 0; rep < reps; rep++) {
      times.get('baseline')!.push((await timed(process.execPath, [baselineScript, file])).ms);
      for (const c of cases) times.get(c.name)!.push((await timed(process.execPath, [CLI, ...c.args])).ms);
    }
    const base = median(times.get('baseline')!);
    console.log(
      `\n${'what (output read like | head -c 100)'.padEnd(44)} ${'p50'.padStart(9)} ${'min'.padStart(9)}  ×baseline  target`,
    );
    console.log(
      `${'baseline: node + better-sqlite3, 50 rows'.padEnd(44)} ${fmt(base).padStart(9)} ${fmt(Math.min(...times.get('baseline')!)).padStart(9)}`,
    );
    for (const c of cases) {
      const xs = times.get(c.name)!;
      const p50 = median(xs);
      const verdict = c.target ? (p50 <= TARGET_MS ? `≤ ${TARGET_MS} ms: met` : `≤ ${TARGET_MS} ms: NOT met`) : '';
      console.log(
        `${`cli ${c.name}`.padEnd(44)} ${fmt(p50).padStart(9)} ${fmt(Math.min(...xs)).padStart(9)}  ${(p50 / base).toFixed(1).padStart(8)}×  ${verdict}`,
      );
    }
    const npm = process.env.npm_execpath;
    if (npm) {
      const viaNpm = await timed(process.execPath, [npm, 'run', '--silent', 'cli', '--', ...cases[0]!.args]);
      console.log(
        `\nfor reference, one run through npm (npm run cli -- ${cases[0]!.name}): ${fmt(viaNpm.ms)} — npm's own start-up included`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
