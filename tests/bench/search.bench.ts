/**
 * `npm run bench -- search [--meetings N] [--agreements N] [--reps R] [--seed S] [--keep]`
 *
 * Builds a seeded corpus (default 100,000 meetings of ~1.5 KB mixed English / Italian / Japanese
 * plus 20,000 agreements), indexes it with the store's own rebuild, then times a fixed query set
 * three ways on the same file: (a) our search service (parse, filters, ranking, snippets, status),
 * (b) a hand-written raw FTS5 MATCH on the same index ranked exactly over ALL matches with the
 * same bm25 weights (ORDER BY bm25(…) — faster than FTS5's ORDER BY rank), (c) a LIKE scan of the
 * records' text. Prints p50 / p95 (wall clock, and CPU time because the machine may be shared),
 * ratios, how many of the service's top 20 are also the exact top 20, and whether each target is
 * met. Never fails on a time.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/store/open';
import { checkSearchIndex, rebuildSearchIndex } from '../../db/store/search-index';
import { createRecord } from '../../db/store/records';
import { searchRecords } from '../../electron/node/services/search/search';
import type { SearchFilters } from '../../electron/common/domain/search';
import { generateCorpus, type CorpusIds } from '../support/corpus';
import { Store } from '../../db/store';

interface BenchQuery {
  name: string;
  query: string;
  filters?: (ids: CorpusIds) => SearchFilters;
  /** The same question as a developer would ask FTS5 directly. */
  raw: (ids: CorpusIds) => string;
  /** And as a LIKE scan: each term must appear somewhere in the text (all matches, unranked). */
  like: string[];
  likeParty?: boolean;
}

const QUERIES: BenchQuery[] = [
  { name: 'common word', query: 'cooperation', raw: () => 'cooperation', like: ['cooperation'] },
  { name: 'rare word', query: 'hypersonic', raw: () => 'hypersonic', like: ['hypersonic'] },
  {
    name: 'two words',
    query: 'maritime navigation',
    raw: () => 'maritime navigation',
    like: ['maritime', 'navigation'],
  },
  { name: 'phrase', query: '"joint working group"', raw: () => '"joint working group"', like: ['joint working group'] },
  { name: 'prefix', query: 'difes*', raw: () => 'difes*', like: ['difes'] },
  { name: 'Japanese', query: '防衛装備', raw: () => '"防衛 衛装 装備"', like: ['防衛装備'] },
  { name: 'two-character', query: '訓練', raw: () => '"訓練"', like: ['訓練'] },
  {
    name: 'with a filter',
    query: 'training',
    filters: (ids) => ({ kinds: ['meeting'], partyId: ids.japan }),
    raw: (ids) => `training AND facets : "xkmeeting" AND facets : "xp${ids.japan.toLowerCase()}"`,
    like: ['training'],
    likeParty: true,
  },
];

const argValue = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};

function time(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds of this process for one call (wall time inflates when other work shares the cores). */
function cpu(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function measure(reps: number, work: () => unknown): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < Math.min(3, reps); i++) work(); // warm caches and statement cache
  const out = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < reps; i++) {
    out.wall.push(time(work));
    out.cpu.push(cpu(work));
  }
  return out;
}

function likeScan(db: Db, q: BenchQuery, ids: CorpusIds): () => number {
  const cond = q.like.map((_, i) => `text LIKE @t${i}`).join(' AND ');
  const party = q.likeParty
    ? `AND id IN (SELECT mp.meeting_id FROM meeting_participants mp WHERE mp.party_id IN (
         WITH RECURSIVE sub(id) AS (SELECT @party UNION SELECT p.id FROM parties p JOIN sub ON p.parent_id = sub.id) SELECT id FROM sub))`
    : '';
  const sql = `SELECT count(*) AS n FROM (
      SELECT id, title || ' ' || summary || ' ' || minutes || ' ' || notes AS text FROM meetings
      ${q.likeParty ? '' : `UNION ALL SELECT id, title || ' ' || summary || ' ' || notes FROM agreements`}
    ) WHERE ${cond} ${party}`;
  const statement = db.prepare(sql);
  const params: Record<string, string> = Object.fromEntries(q.like.map((t, i) => [`t${i}`, `%${t}%`]));
  if (q.likeParty) params.party = ids.japan;
  return () => (statement.get(params) as { n: number }).n;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function run(args: string[]): Promise<void> {
  const meetings = argValue(args, 'meetings', 100_000);
  const agreements = argValue(args, 'agreements', 20_000);
  const reps = argValue(args, 'reps', 30);
  const seed = argValue(args, 'seed', 20_250_601);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const file = join(dir, 'bench.sqlite');
  const started = Date.now();
  console.log(
    `corpus: ${meetings.toLocaleString('en')} meetings + ${agreements.toLocaleString('en')} agreements, seed ${seed}; file ${file}`,
  );
  let db = openDatabase(file);
  try {
    let ids: CorpusIds = { parties: [], japan: '', italy: '' };
    const insertMs = time(() => {
      ids = generateCorpus(db, { meetings, agreements, seed });
    });
    const textBytes = (
      db.prepare(`SELECT sum(length(CAST(title || summary || minutes || notes AS BLOB))) AS n FROM meetings`).get() as {
        n: number;
      }
    ).n;
    console.log(
      `rows inserted in ${(insertMs / 1000).toFixed(1)} s (meeting text ${mb(textBytes)}, ${Math.round(textBytes / Math.max(1, meetings))} B per meeting)`,
    );

    const build = rebuildSearchIndex(db, {
      onProgress: (done, total) =>
        done % 40_000 === 0 && console.log(`  indexed ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`),
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(file).size;
    const indexPages = searchTablesBytes(db);
    console.log(
      `index build (store rebuild, ${build.records.toLocaleString('en')} records): ${(build.ms / 1000).toFixed(1)} s`,
    );
    console.log(`database size: ${mb(size)}${indexPages ? ` (search tables ${mb(indexPages)})` : ''}`);
    db.close();
    const openMs = time(() => openDatabase(file).close());
    console.log(`opening the database (migrations checked, search index counts compared): ${openMs.toFixed(0)} ms`);
    db = openDatabase(file);
    const check = checkSearchIndex(db, { repair: false });
    console.log(
      `FTS5 integrity-check + counts: ${check.ms} ms (${check.ok ? 'ok' : check.problems.join('; ')}); at open only three counts are compared`,
    );
    const recordText = (
      db.prepare(`SELECT avg(length(CAST(fields AS BLOB))) AS n FROM search_docs WHERE kind = 'meeting'`).get() as {
        n: number;
      }
    ).n;
    console.log(`readable text per meeting as indexed (all fields, JSON-framed): ${Math.round(recordText)} B`);

    console.log(
      `\nlatency over ${reps} runs each (LIKE: ${Math.max(3, Math.round(reps / 6))}), ms, 20 hits per page. "cpu" = CPU time of the same calls.`,
    );
    console.log(
      `${'query'.padEnd(14)} ${'matches'.padStart(7)} | ${'svc p50'.padStart(8)} ${'svc p95'.padStart(8)} ${'cpu p50'.padStart(8)} | ${'raw p50'.padStart(8)} ${'raw p95'.padStart(8)} ${'cpu p50'.padStart(8)} | ${'LIKE p50'.padStart(8)} | svc/raw LIKE/svc top20`,
    );
    const all = {
      svc: [] as number[],
      raw: [] as number[],
      like: [] as number[],
      svcCpu: [] as number[],
      rawCpu: [] as number[],
    };
    const rawStatement = db.prepare(
      'SELECT rowid, bm25(search_fts, 10.0, 4.0, 1.0, 1.0, 0.0) AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY score LIMIT 20',
    );
    const countStatement = db.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?');
    const notes = new Set<string>();
    for (const q of QUERIES) {
      const filters = q.filters?.(ids);
      const ask = () => searchRecords(Store.over(db), { query: q.query, ...(filters ? { filters } : {}), limit: 20 });
      const svc = measure(reps, ask);
      const rawExpr = q.raw(ids);
      const raw = measure(reps, () => rawStatement.all(rawExpr));
      const scan = likeScan(db, q, ids);
      const likeCount = scan();
      const like = measure(Math.max(3, Math.round(reps / 6)), scan).wall;
      const result = ask();
      result.notes.forEach((n) => notes.add(n));
      // Tie-aware: a service hit agrees when it scores at least as well as the exact 20th best (equal scores are interchangeable).
      const exact = rawStatement.all(rawExpr) as { rowid: number; score: number }[];
      const bar = exact.at(-1)?.score ?? 0;
      const agree = result.hits.filter((h) => h.score <= bar + 1e-9).length;
      const matches = (countStatement.get(rawExpr) as { n: number }).n;
      all.svc.push(...svc.wall);
      all.raw.push(...raw.wall);
      all.like.push(...like);
      all.svcCpu.push(...svc.cpu);
      all.rawCpu.push(...raw.cpu);
      const [s50, s95, r50, r95, l50] = [
        percentile(svc.wall, 50),
        percentile(svc.wall, 95),
        percentile(raw.wall, 50),
        percentile(raw.wall, 95),
        percentile(like, 50),
      ];
      console.log(
        `${q.name.padEnd(14)} ${String(matches).padStart(7)} | ${fmt(s50)} ${fmt(s95)} ${fmt(percentile(svc.cpu, 50))} | ${fmt(r50)} ${fmt(r95)} ${fmt(percentile(raw.cpu, 50))} | ${fmt(l50)} |` +
          ` ${(s95 / r95).toFixed(2).padStart(6)}× ${(l50 / s50).toFixed(0).padStart(6)}× ${String(agree).padStart(3)}/${String(Math.min(20, exact.length)).padEnd(2)}  (LIKE finds ${likeCount.toLocaleString('en')})`,
      );
    }
    for (const note of notes) console.log(`  service note: ${note}`);
    const [svc95, raw95, like50, svc50] = [
      percentile(all.svc, 95),
      percentile(all.raw, 95),
      percentile(all.like, 50),
      percentile(all.svc, 50),
    ];
    console.log(
      `\nall queries: service p50 ${svc50.toFixed(2)} ms, p95 ${svc95.toFixed(2)} ms (CPU p95 ${percentile(all.svcCpu, 95).toFixed(2)} ms);` +
        ` raw FTS5 p95 ${raw95.toFixed(2)} ms (CPU p95 ${percentile(all.rawCpu, 95).toFixed(2)} ms); LIKE p50 ${like50.toFixed(1)} ms`,
    );
    const target = (ok: boolean, text: string) => console.log(`  ${ok ? 'MET    ' : 'NOT MET'}  ${text}`);
    target(svc95 <= 20, `p95 ≤ 20 ms: ${svc95.toFixed(2)} ms`);
    target(svc95 <= 1.3 * raw95, `≤ 1.3× raw FTS5 (p95 over the query set): ${(svc95 / raw95).toFixed(2)}×`);
    target(
      like50 / svc50 >= 50,
      `≥ 50× faster than a LIKE scan (p50 over the query set): ${(like50 / svc50).toFixed(0)}×`,
    );
    const load = loadavg()[0] ?? 0;
    if (load > availableParallelism())
      console.log(
        `  (load average ${load.toFixed(1)} on ${availableParallelism()} cores while measuring: wall-clock figures are inflated; see the CPU columns)`,
      );
    // After the latency runs, so these near-identical records do not tie at the top of the fixed queries.
    const writes = 100;
    const writeMs = time(() => {
      for (let i = 0; i < writes; i++) {
        createRecord(db, 'meeting', {
          title: `Bench write ${i}`,
          type: 'call',
          date: '2025-05-01',
          minutes: 'Follow-up call on pilot training. 訓練の日程を確認した。',
          participants: [{ partyId: ids.japan }],
        });
      }
    });
    console.log(
      `single writes through the store (audit + index, each its own transaction): ${(writeMs / writes).toFixed(2)} ms per meeting`,
    );
    const rss = process.resourceUsage().maxRSS * 1024;
    console.log(`peak RSS: ${mb(rss)}; total bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    db.close();
    if (args.includes('--keep')) console.log(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes in the search tables (dbstat may be missing from a SQLite build: then only the file size is shown). */
function searchTablesBytes(db: Db): number | undefined {
  try {
    return (db.prepare(`SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'search%'`).get() as { n: number }).n;
  } catch {
    return undefined;
  }
}
