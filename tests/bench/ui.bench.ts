/**
 * `npm run bench -- ui [--rows N] [--baseline N]`: the agreements list in the preview, in Chromium.
 * For a baseline register (1,000 agreements) and a large one (50,000), each inserted through the store in
 * one transaction, it measures: time to first paint of the list (cold page load and in-app navigation),
 * long tasks (> 50 ms, PerformanceObserver 'longtask') while scrolling to the end, and the JavaScript the
 * page loads, gzipped. Figures and large/baseline ratios are printed; nothing is asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../db/store/open';
import { createRecord, inTransaction } from '../../db/store/records';
import { startPreviewServer } from '../../electron/node/preview/server';
import { CHROMIUM_ARGS, CONTEXT_OPTIONS, findChromium } from '../e2e/support/browser';

interface Figures {
  rows: number;
  insertMs: number;
  listCallMs: number;
  coldPaintMs: number;
  navPaintMs: number;
  scrollMs: number;
  longTasks: number;
  longTaskMs: number;
  worstLongTaskMs: number;
  jsLoadedGzipBytes: number;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function seed(file: string, rows: number): number {
  const db = openDatabase(file);
  const started = performance.now();
  inTransaction(db, () => {
    const italy = createRecord(db, 'party', { name: 'Italy', type: 'state' });
    const japan = createRecord(db, 'party', { name: 'Japan', type: 'state' });
    const statuses = ['proposed', 'under_negotiation', 'signed', 'in_force', 'expired'] as const;
    for (let i = 0; i < rows; i++) {
      createRecord(
        db,
        'agreement',
        {
          title: `Arrangement ${String(i + 1).padStart(6, '0')} on defence cooperation`,
          type: i % 3 === 0 ? 'mou' : 'technical_arrangement',
          areas: [i % 2 === 0 ? 'training' : 'logistics'],
          parties: [
            { partyId: italy.id, role: 'signatory' },
            { partyId: japan.id, role: 'signatory' },
          ],
          statusEvents: [
            {
              status: statuses[i % statuses.length],
              date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`,
            },
          ],
        },
        { actor: 'bench' },
      );
    }
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** Collects long tasks from the first byte of every page (set before any script of the page runs). */
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

async function measure(rows: number, executablePath: string, build: boolean): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const dbFile = join(dir, 'bench.sqlite');
  const insertMs = seed(dbFile, rows);
  const preview = await startPreviewServer({ dbFile, build: build ? 'if-stale' : false, quiet: true });
  // The server's share of the first paint: records.list through dispatch, as the HTTP handler runs it.
  const listStarted = performance.now();
  await preview.call('records.list', { kind: 'agreement' });
  const listCallMs = performance.now() - listStarted;
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 860 },
    ...CONTEXT_OPTIONS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    await page.addInitScript(LONG_TASK_OBSERVER);
    const jsUrls = new Set<string>();
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) jsUrls.add(new URL(r.url()).pathname);
    });
    // Cold: a fresh page straight onto the list; first paint = the first data row in the DOM.
    await page.goto(`${preview.url}#token=${preview.token}`);
    await page.evaluate(() => sessionStorage.getItem('entente.previewToken'));
    await page.goto(`${preview.url}#/agreements`);
    await page.locator('[role=row][aria-rowindex="2"]').waitFor();
    const coldPaintMs = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );

    // In-app navigation: dashboard → list, as a person clicks it.
    await page.goto(`${preview.url}#/`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const navPaintMs = await page.evaluate(async () => {
      const t0 = performance.now();
      location.hash = '#/agreements';
      while (!document.querySelector('[role=row][aria-rowindex="2"]'))
        await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    });

    // Scroll to the end, one screenful per frame, and collect long tasks during the scroll only.
    const scroll = await page.evaluate(async () => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      const grid = document.querySelector('[role=grid]') as HTMLElement;
      const t0 = performance.now();
      while (grid.scrollTop + grid.clientHeight < grid.scrollHeight - 2) {
        grid.scrollTop += grid.clientHeight;
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 200));
      const during = w.__longTasks.filter((t) => t.start >= t0);
      return { ms: performance.now() - t0, tasks: during.map((t) => t.duration) };
    });
    const jsLoadedGzipBytes = [...jsUrls].reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(preview.servedDir, path))).length,
      0,
    );
    initial = initialJsGzip(preview.servedDir);
    return {
      rows,
      insertMs,
      listCallMs,
      coldPaintMs,
      navPaintMs,
      scrollMs: scroll.ms,
      longTasks: scroll.tasks.length,
      longTaskMs: scroll.tasks.reduce((a, b) => a + b, 0),
      worstLongTaskMs: Math.max(0, ...scroll.tasks),
      jsLoadedGzipBytes,
    };
  } finally {
    await context.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JS a first visit needs before any route: the entry script and its modulepreloads, gzipped. */
let initial = { files: 0, bytes: 0 };
function initialJsGzip(root: string): { files: number; bytes: number } {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return {
    files: paths.length,
    bytes: paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(root, p))).length, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

export async function run(args: string[]): Promise<void> {
  const large = option(args, '--rows', 50_000);
  const baseline = option(args, '--baseline', 1_000);
  const executablePath = findChromium();
  const base = await measure(baseline, executablePath, true);
  const big = await measure(large, executablePath, false);

  console.log(`initial JS (entry + modulepreload, gzipped): ${kb(initial.bytes)} in ${initial.files} files`);
  const rows: [string, (f: Figures) => string, (a: Figures, b: Figures) => string][] = [
    [
      'insert through the store (one transaction)',
      (f) => `${f.insertMs.toFixed(0)} ms`,
      (a, b) => ratio(a.insertMs, b.insertMs),
    ],
    [
      'records.list in the server (dispatch)',
      (f) => `${f.listCallMs.toFixed(0)} ms`,
      (a, b) => ratio(a.listCallMs, b.listCallMs),
    ],
    [
      'first paint of the list, cold page load',
      (f) => `${f.coldPaintMs.toFixed(0)} ms`,
      (a, b) => ratio(a.coldPaintMs, b.coldPaintMs),
    ],
    [
      'first paint of the list, in-app navigation',
      (f) => `${f.navPaintMs.toFixed(0)} ms`,
      (a, b) => ratio(a.navPaintMs, b.navPaintMs),
    ],
    [
      'scroll to the end (one screen per frame)',
      (f) => `${f.scrollMs.toFixed(0)} ms`,
      (a, b) => ratio(a.scrollMs, b.scrollMs),
    ],
    [
      'long tasks > 50 ms while scrolling',
      (f) => `${f.longTasks} (total ${f.longTaskMs.toFixed(0)} ms, worst ${f.worstLongTaskMs.toFixed(0)} ms)`,
      (a, b) => `${a.longTasks - b.longTasks >= 0 ? '+' : ''}${a.longTasks - b.longTasks}`,
    ],
    [
      'JS loaded by the list page, gzipped',
      (f) => kb(f.jsLoadedGzipBytes),
      (a, b) => ratio(a.jsLoadedGzipBytes, b.jsLoadedGzipBytes),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(
    `${''.padEnd(width)}  ${`${baseline.toLocaleString('en')} rows`.padStart(28)}  ${`${large.toLocaleString('en')} rows`.padStart(28)}  ratio`,
  );
  for (const [label, show, compare] of rows) {
    console.log(`${label.padEnd(width)}  ${show(base).padStart(28)}  ${show(big).padStart(28)}  ${compare(big, base)}`);
  }
  console.log(
    'Targets (informative): list first paint < 1 s at 50,000 rows; no long task while scrolling. Never asserted.',
  );
}
