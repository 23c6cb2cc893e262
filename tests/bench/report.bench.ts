/**
 * `npm run bench -- report`: a register of 2,000 agreements × 10 status events (20,000 chronology rows),
 * reported in every format. Targets: HTML ≤ 1 s, PDF ≤ 10 s, DOCX and XLSX ≤ 3 s each. Baselines measured
 * in the same run: JSON.stringify of the same ReportData, and the same report for 200 agreements.
 * Options: --agreements N (default 2000), --events N (default 10), --no-pdf.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/store/open';
import { createRecord } from '../../db/store/records';
import type { ReportData, ReportFormat } from '../../electron/common/domain/report';
import { assembleReport, renderReport } from '../../electron/node/services/reports';
import { Store } from '../../db/store';

const STATUSES = [
  'proposed',
  'under_negotiation',
  'text_agreed',
  'signed',
  'in_force',
  'suspended',
  'in_force',
  'expired',
  'in_force',
  'terminated',
];

export function seed(db: Db, count: number, events: number): void {
  const parties = ['Italy', 'Japan', 'France'].map((name) => createRecord(db, 'party', { name, type: 'state' }).id);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const year = 1970 + (i % 40);
      createRecord(db, 'agreement', {
        title: `Arrangement ${i + 1} on ${['training', 'logistics', 'procurement', 'research'][i % 4]} cooperation`,
        type: 'technical_arrangement',
        summary: 'Bench data: a typical summary of two lines of text describing what the arrangement provides for.',
        parties: [
          { partyId: parties[i % 3]!, role: 'signatory' },
          { partyId: parties[(i + 1) % 3]!, role: 'signatory' },
        ],
        term: i % 5 === 0 ? { kind: 'fixed', expires: `${2026 + (i % 4)}-06-30`, noticeMonths: 6 } : undefined,
        statusEvents: Array.from({ length: events }, (_, k) => ({
          status: STATUSES[k % STATUSES.length],
          date: k % 3 === 0 ? `${year + k}` : k % 3 === 1 ? `Mar ${year + k}` : `${(k % 27) + 1} Jun ${year + k}`,
          note: `Event ${k + 1}: recorded from the exchange of notes.`,
          source: 'Bench',
        })),
      });
    }
  })();
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const count = arg('agreements', 2000);
  const events = arg('events', 10);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const small = openDatabase(join(dir, 'small.sqlite'));
    const seeded = await time(() => seed(db, count, events));
    seed(small, Math.max(1, Math.round(count / 10)), events);
    console.log(`seeded ${count} agreements × ${events} events in ${fmt(seeded.ms)} (not a target)`);

    const assembled = await time(() => assembleReport(Store.over(db), { marking: 'RESTRICTED' }));
    const data: ReportData = assembled.value;
    const baseline = await time(() => JSON.stringify(data));
    const smallData = assembleReport(Store.over(small), { marking: 'RESTRICTED' });
    const smallHtml = await time(() => renderReport(smallData, 'html'));
    console.log(
      `report data: ${data.records.length} records, ${data.chronology.length} dated + ${data.undated.length} undated events, ${data.reminders.length} reminders`,
    );
    console.log(`assemble from SQLite: ${fmt(assembled.ms)}`);
    console.log(
      `baseline JSON.stringify(ReportData): ${fmt(baseline.ms)} (${Math.round(baseline.value.length / 1024)} KB)`,
    );
    console.log(`baseline HTML for ${smallData.records.length} agreements: ${fmt(smallHtml.ms)}`);

    const targets: Partial<Record<ReportFormat, number>> = { html: 1000, pdf: 10_000, docx: 3000, xlsx: 3000 };
    const formats: ReportFormat[] = ['html', 'pdf', 'docx', 'xlsx', 'csv', 'ics', 'json'].filter(
      (f) => f !== 'pdf' || !args.includes('--no-pdf'),
    ) as ReportFormat[];
    console.log('\nformat  time      size      vs JSON.stringify  vs 1/10 size  target');
    for (const format of formats) {
      const r = await time(() => renderReport(data, format));
      const target = targets[format];
      const pages =
        format === 'pdf'
          ? ` (${
              (
                Buffer.from(r.value.bytes)
                  .toString('latin1')
                  .match(/\/Type\s*\/Page[^s]/g) ?? []
              ).length
            } pages)`
          : '';
      const verdict = (target === undefined ? '' : `${r.ms <= target ? 'met' : 'MISSED'} (≤ ${fmt(target)})`) + pages;
      console.log(
        `${format.padEnd(6)}  ${fmt(r.ms).padEnd(8)}  ${`${Math.round(r.value.bytes.length / 1024)} KB`.padEnd(8)}  ${`×${(r.ms / baseline.ms).toFixed(1)}`.padEnd(17)}  ${format === 'html' ? `×${(r.ms / smallHtml.ms).toFixed(1)}`.padEnd(12) : ''.padEnd(12)}  ${verdict}`,
      );
    }
    const docxNoChart = await time(() =>
      renderReport(data, 'docx', { chartImages: async () => ({ error: 'bench: chart skipped' }) }),
    );
    console.log(
      `docx without the Chromium chart screenshots: ${fmt(docxNoChart.ms)} (the rest is browser start + screenshots)`,
    );
    console.log(`\npeak RSS of this process: ${peakRssMb()} MB (Chromium runs in its own processes)`);
    db.close();
    small.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
