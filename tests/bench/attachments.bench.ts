/**
 * `npm run bench -- attachments [--files N] [--pages P] [--meetings N] [--agreements N] [--reps R] [--seed S]`
 *
 * Attachment text in the register (issue 17, Deliver 8). On a seeded register (default 5,000 meetings + 1,000
 * agreements, tests/support/corpus.ts, indexed by the store's own rebuild) it
 *   1. times a fixed query set with our search service on the register as it is: the baseline, no attachment text;
 *   2. writes N PDFs of P pages each (default 200 × 20) with pdfkit — a page of committee prose per page, plus two
 *      made-up words found on that page only — and attaches one to each of N agreements (store.addAttachments);
 *   3. reads their text through the path the app uses: a database host (worker threads) answering
 *      `attachments.extract` batch after batch, as the window and the CLI ask, each file read in a limited thread of
 *      its own (extract-thread.js built beside the worker);
 *   4. times the same queries on the same register again, now with the attachments' pages indexed, and checks that
 *      each page-unique word finds its record with the right page.
 * Prints time per page and in total, search p50 / p95 before and after (wall clock and CPU), their ratio, and
 * whether each target is met. Never fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { Store } from '../../db/store';
import { openDatabase } from '../../db/store/open';
import { rebuildSearchIndex } from '../../db/store/search-index';
import { searchRecords } from '../../electron/node/services/search/search';
import { workerBundle } from '../../electron/node/worker/bundle';
import { DatabaseHost } from '../../electron/node/worker/host';
import { generateCorpus } from '../support/corpus';
import { prng } from '../support/random';

const QUERIES: { name: string; query: string }[] = [
  { name: 'common word', query: 'cooperation' },
  { name: 'two words', query: 'maritime navigation' },
  { name: 'phrase', query: '"joint working group"' },
  { name: 'prefix', query: 'logist*' },
  { name: 'rare word', query: 'hypersonic' },
  { name: 'Japanese', query: '防衛装備' },
  { name: 'word in PDFs', query: 'interoperability' },
  { name: 'PDF phrase', query: '"technical arrangement"' },
];

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Wall and CPU milliseconds of `reps` calls, after three warm-up calls (statement cache, page cache). */
function measure(reps: number, work: () => unknown): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < 3; i++) work();
  const out = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpuStart);
    out.wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

// Committee prose: sentences built from the register's own field words, so common words match records and pages alike.
const SUBJECTS = [
  'The delegations',
  'The Parties',
  'The working group',
  'The joint committee',
  'Each Party',
  'The staff',
];
const VERBS = ['reviewed', 'agreed on', 'discussed', 'noted progress on', 'confirmed', 'will report on', 'approved'];
const OBJECTS = [
  'the implementation of the technical arrangement',
  'maritime navigation safety and search and rescue',
  'the exchange of liaison officers',
  'interoperability of logistics and maintenance support',
  'the annual programme of bilateral exercises',
  'cooperation in defence research and development',
  'the schedule of the next joint working group session',
  'procurement of training equipment and simulators',
  'protection of classified information exchanged under the memorandum',
  'medical support and cyber defence capability',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tos',
  'vu',
  'ne',
  'dar',
  'sil',
  'po',
  'qu',
  'ber',
  'zan',
  'fe',
  'gor',
  'hal',
];

/** A made-up word for number `n` (four syllables, one of 65,536): unique to one page of one file. */
function uniqueWord(prefix: string, n: number): string {
  let word = prefix;
  for (let i = 0; i < 4; i++) word += SYLLABLES[(n >> (4 * i)) & 15];
  return word;
}

/** The two words found only on page `page` (1-based) of file `file`. */
const pageWords = (file: number, pages: number, page: number) => {
  const n = file * pages + (page - 1);
  return [uniqueWord('vel', n), uniqueWord('ost', n)];
};

/** A PDF of `pages` pages of prose (about 300 words a page) in a standard font, as pdfkit writes it (compressed). */
function makePdf(file: number, pages: number, rnd: () => number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, info: { Title: `Minutes ${file}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  for (let page = 1; page <= pages; page++) {
    doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(`Minutes of session ${file + 1}, page ${page}`);
    doc.moveDown(0.5).font('Helvetica').fontSize(10.5);
    const [a = '', b = ''] = pageWords(file, pages, page);
    const sentences: string[] = [];
    for (let s = 0; s < 22; s++) sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`);
    sentences.splice(7, 0, `Colonel ${a[0]!.toUpperCase()}${a.slice(1)} presented the ${b} proposal.`);
    doc.text(sentences.join(' '), { align: 'justify' });
  }
  doc.end();
  return done;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Latency {
  wall: number[];
  cpu: number[];
  /** Wall samples of each query, in QUERIES order. */
  perQuery: number[][];
}

function timeQueries(file: string, reps: number): Latency {
  const store = Store.open(file);
  const out: Latency = { wall: [], cpu: [], perQuery: [] };
  try {
    for (const q of QUERIES) {
      const ask = () => searchRecords(store, { query: q.query, limit: 20 });
      const m = measure(reps, ask);
      out.wall.push(...m.wall);
      out.cpu.push(...m.cpu);
      out.perQuery.push(m.wall);
    }
  } finally {
    store.close();
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const files = option(args, 'files', 200);
  const pages = option(args, 'pages', 20);
  const meetings = option(args, 'meetings', 5_000);
  const agreements = Math.max(files, option(args, 'agreements', 1_000));
  const reps = option(args, 'reps', 20);
  const seed = option(args, 'seed', 20_261_130);
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-attach-'));
  const file = join(dir, 'register.sqlite');
  try {
    const db = openDatabase(file);
    generateCorpus(db, { meetings, agreements, seed });
    const build = rebuildSearchIndex(db);
    const agreementIds = (
      db.prepare('SELECT id FROM agreements ORDER BY id LIMIT ?').all(files) as { id: string }[]
    ).map((r) => r.id);
    db.close();
    console.log(
      `register: ${meetings.toLocaleString('en')} meetings + ${agreements.toLocaleString('en')} agreements, seed ${seed}, index ${seconds(build.ms)}`,
    );

    const before = timeQueries(file, reps);

    const rnd = prng(seed);
    let pdfBytes = 0;
    const makeStart = performance.now();
    const pdfs: Uint8Array[] = [];
    for (let f = 0; f < files; f++) {
      const bytes = await makePdf(f, pages, rnd);
      pdfBytes += bytes.byteLength;
      pdfs.push(bytes);
    }
    const store = Store.open(file);
    pdfs.forEach((bytes, f) =>
      store.addAttachments(agreementIds[f]!, [
        { fileName: `minutes-${String(f + 1).padStart(3, '0')}.pdf`, bytes, mediaType: 'application/pdf' },
      ]),
    );
    store.close();
    console.log(
      `${files} PDFs × ${pages} pages written (pdfkit) and attached in ${seconds(performance.now() - makeStart)}: ` +
        `${(pdfBytes / 1024 / 1024).toFixed(1)} MB, ${Math.round(pdfBytes / files / 1024)} KB a file`,
    );

    // The app's path: the database host, `attachments.extract` a batch at a time until nothing waits.
    const host = await DatabaseHost.start({
      workerScript: await workerBundle(),
      databaseFile: file,
      transport: 'ipc',
      appVersion: 'bench',
      hostServices: {},
    });
    let read = 0;
    let batches = 0;
    const extractStart = performance.now();
    const cpuStart = process.cpuUsage();
    try {
      for (;;) {
        const reply = await host.call('attachments.extract', {});
        if (!reply.ok) throw new Error(reply.error.message);
        read += reply.value.done;
        batches++;
        if (!reply.value.more) break;
      }
    } finally {
      await host.close();
    }
    const extractMs = performance.now() - extractStart;
    const mainCpu = process.cpuUsage(cpuStart);
    const totalPages = read * pages;

    const peek = openDatabase(file);
    const states = peek
      .prepare('SELECT text_state AS state, count(*) AS n FROM attachment_versions GROUP BY text_state')
      .all() as { state: string; n: number }[];
    peek.close();
    const check = Store.open(file);
    // Each file's page-unique words: on a sample of pages, the hit must be its record, from that file, on that page.
    let found = 0;
    let sampled = 0;
    for (let f = 0; f < files; f += Math.max(1, Math.floor(files / 20))) {
      for (const page of [1, Math.ceil(pages / 2), pages]) {
        sampled++;
        const [word] = pageWords(f, pages, page);
        const hits = searchRecords(check, { query: word!, limit: 5 }).hits;
        if (hits.length === 1 && hits[0]!.id === agreementIds[f] && hits[0]!.attachment?.page === page) found++;
      }
    }
    check.close();

    const after = timeQueries(file, reps);

    console.log(
      `\ntext extraction through the database host (${batches} attachments.extract calls, one limited thread per file):`,
    );
    console.log(
      `  ${read} files, ${totalPages.toLocaleString('en')} pages in ${seconds(extractMs)}: ${(extractMs / Math.max(1, totalPages)).toFixed(2)} ms per page, ${(extractMs / Math.max(1, read)).toFixed(0)} ms per file` +
        ` (host process CPU meanwhile ${seconds((mainCpu.user + mainCpu.system) / 1000)})`,
    );
    console.log(`  states: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}`);
    console.log(`  page-unique words found on their record and page: ${found} / ${sampled}`);

    console.log(`\nsearch latency, ms, ${reps} runs per query, 20 hits per page (same register, same queries):`);
    console.log(
      `${'query'.padEnd(16)} | ${'without p50'.padStart(11)} ${'p95'.padStart(8)} | ${'with p50'.padStart(8)} ${'p95'.padStart(8)} | with/without p95`,
    );
    QUERIES.forEach((q, i) => {
      const [b, a] = [before.perQuery[i]!, after.perQuery[i]!];
      console.log(
        `${q.name.padEnd(16)} | ${fmt(percentile(b, 50)).padStart(11)} ${fmt(percentile(b, 95))} | ${fmt(percentile(a, 50))} ${fmt(percentile(a, 95))} | ${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}×`,
      );
    });
    const [b50, b95, a50, a95] = [
      percentile(before.wall, 50),
      percentile(before.wall, 95),
      percentile(after.wall, 50),
      percentile(after.wall, 95),
    ];
    console.log(
      `all queries: without attachments p50 ${b50.toFixed(2)} ms, p95 ${b95.toFixed(2)} ms (CPU p95 ${percentile(before.cpu, 95).toFixed(2)});` +
        ` with ${totalPages.toLocaleString('en')} pages indexed p50 ${a50.toFixed(2)} ms, p95 ${a95.toFixed(2)} ms (CPU p95 ${percentile(after.cpu, 95).toFixed(2)})`,
    );
    const target = (ok: boolean, text: string) => console.log(`  ${ok ? 'MET    ' : 'NOT MET'}  ${text}`);
    const perPage = extractMs / Math.max(1, totalPages);
    target(
      perPage <= 25,
      `text extraction ≤ 25 ms per page (a 20-page PDF searchable in ≤ 0.5 s): ${perPage.toFixed(2)} ms`,
    );
    target(a95 <= 20, `search p95 ≤ 20 ms with the attachments indexed: ${a95.toFixed(2)} ms`);
    target(a95 <= 1.5 * b95, `≤ 1.5× the same searches without them (p95): ${(a95 / b95).toFixed(2)}×`);
    target(found === sampled, `every sampled page-unique word finds its record and page: ${found} / ${sampled}`);
    const load = loadavg()[0] ?? 0;
    if (load > availableParallelism())
      console.log(
        `  (load average ${load.toFixed(1)} on ${availableParallelism()} cores while measuring: wall-clock figures are inflated; see the CPU figures)`,
      );
    console.log(`total bench time ${seconds(performance.now() - started)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
