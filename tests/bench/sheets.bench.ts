/**
 * `npm run bench -- sheets [--rows N] [--reps R]`
 *
 * A register kept in Excel (default 5,000 agreements: date cells, several parties per cell, missing markers,
 * sentinel expiries — tests/support/sheets.ts agreementRegister) timed three ways in the same run, each rep on
 * a workbook with one different cell so no cache helps:
 * (a) a raw exceljs read of the workbook (load + every cell's value) — the floor any XLSX import stands on;
 * (b) the wizard's preview: `sheets.open` + the first page of `sheets.preview` (read, recognise headers, infer date
 *     orders, match parties, compose and derive every row);
 * (c) the import into an empty register (one transaction, 5,000 records and their parties, search index),
 *     and (d) the same file again (changes nothing).
 * Targets (issue 12): preview ≤ 2 s, import ≤ 5 s for 5,000 rows. Prints medians (wall and CPU); never fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Store } from '../../db/store';
import { openDatabase } from '../../db/store/open';
import { importSheet, openFile, previewImport } from '../../electron/node/services/sheets';
import { agreementRegister, xlsxBytes } from '../support/sheets';

const argValue = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpu: (cpu.user + cpu.system) / 1000, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function rawRead(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null) cells += 1;
      }),
    ),
  );
  return cells;
}

export async function run(args: string[]): Promise<void> {
  const rows = argValue(args, 'rows', 5000);
  const reps = argValue(args, 'reps', 3);
  console.log(`${rows.toLocaleString('en')}-row XLSX, ${reps} reps each; load average ${loadavg()[0]!.toFixed(2)}`);
  const books: Uint8Array[] = [];
  for (let i = 0; i < reps; i++) {
    const sheet = agreementRegister(rows);
    sheet[1]![9] = `bench rep ${i}`; // a different file each rep: no cache keyed by content helps
    books.push(await xlsxBytes({ Register: sheet }));
  }
  console.log(`file: ${(books[0]!.byteLength / 1024).toFixed(0)} KB`);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-sheets-'));
  const results: Record<string, { ms: number[]; cpu: number[] }> = {};
  const note = (name: string, r: { ms: number; cpu: number }) => {
    results[name] ??= { ms: [], cpu: [] };
    results[name].ms.push(r.ms);
    results[name].cpu.push(r.cpu);
  };
  try {
    for (let i = 0; i < reps; i++) {
      const bytes = books[i]!;
      const fileName = `register-${i}.xlsx`;
      const db = openDatabase(join(dir, `bench-${i}.sqlite`));
      const store = Store.over(db);
      note('(a) raw exceljs read', await timed(() => rawRead(bytes)));
      const preview = await timed(async () => {
        const info = await openFile(bytes, fileName);
        return previewImport(store, info.fileId, {
          fileName,
          sheet: 'Register',
          kind: 'agreement',
          page: 0,
          pageSize: 50,
          show: 'all',
        });
      });
      if (preview.value.counts.create !== rows) throw new Error(`preview planned ${preview.value.counts.create}`);
      note('(b) preview (open + first page)', preview);
      const input = { fileName, sheet: 'Register', kind: 'agreement' as const, dryRun: false };
      const imported = await timed(() => importSheet(store, bytes, input));
      if (imported.value.counts.create !== rows) throw new Error(`imported ${imported.value.counts.create}`);
      note('(c) import into an empty register', imported);
      const again = await timed(() => importSheet(store, bytes, input));
      if (again.value.counts.unchanged !== rows) throw new Error(`again: ${JSON.stringify(again.value.counts)}`);
      note('(d) the same file again', again);
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const raw = median(results['(a) raw exceljs read']!.ms);
  const targets: Record<string, number> = {
    '(b) preview (open + first page)': 2000,
    '(c) import into an empty register': 5000,
  };
  for (const [name, r] of Object.entries(results)) {
    const ms = median(r.ms);
    const target = targets[name];
    console.log(
      `${name.padEnd(36)} median ${fmt(ms)} (cpu ${fmt(median(r.cpu))}), ${(ms / raw).toFixed(1)}× raw` +
        (target ? ` — target ≤ ${fmt(target)}: ${ms <= target ? 'met' : 'NOT met'}` : ''),
    );
  }
}
