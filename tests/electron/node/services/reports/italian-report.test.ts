/**
 * Reports in Italian (issue 18 §3): the demo register's report asked with `lang: 'it'`, every format written and read
 * back as a reader would — the PDF printed by Chromium and read by pdftotext, Word through mammoth and its XML, the
 * workbook through exceljs, CSV and iCalendar through the independent parsers — finding the Italian headings, labels,
 * dates and "Pagina X di Y", and no English status word. The request's `lang` is strict: anything but en/it is
 * refused by name; absent, the report stays English.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRequestSchema } from '../../../../../electron/common/domain/report';
import { reportWords } from '../../../../../electron/common/domain/report-words';
import { STATUSES, labelOf } from '../../../../../electron/common/domain/vocab';
import { findChromium, NO_BROWSER_MESSAGE } from '../../../../../electron/node/services/pdf';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { csvHeader } from '../../../../../electron/node/services/reports/formats/csv';
import { runCli } from '../../../../../electron/node/cli/main';
import { Store } from '../../../../../db/store';
import { tempDir } from '../../../../support/temp-db';
import { calendarDb, NOW, seededDb } from './fixtures';
import { parseCsv, parseIcs } from './parsers';

const IT = reportWords('it');
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const flat = (s: string) => s.replace(/\s+/g, ' ');
const chartImages = async () => ({ error: 'Nessun browser in questo test.' });

/** English status labels ("In force", "Under negotiation"…) that differ from their Italian ones. */
const ENGLISH_STATUSES = [...new Set(Object.values(STATUSES).flat())]
  .map((code) => labelOf(code))
  .filter(
    (label) =>
      !Object.values(STATUSES)
        .flat()
        .some((code) => IT.label(code) === label),
  );

/** The English status words found in `text`, as whole words. */
const englishStatusWords = (text: string) =>
  ENGLISH_STATUSES.filter((label) => new RegExp(`(?<![\\p{L}])${label}(?![\\p{L}])`, 'u').test(text));

function demoReport(extra: Record<string, unknown> = {}) {
  const { db } = seededDb();
  return assembleReport(Store.over(db), { lang: 'it', includePartyEvents: true, ...extra }, { now: NOW });
}

describe('the report request’s language', () => {
  it('defaults to English, takes it, and refuses anything else by name', () => {
    expect(reportRequestSchema.parse({}).lang).toBe('en');
    expect(reportRequestSchema.parse({ lang: 'it' }).lang).toBe('it');
    const refused = reportRequestSchema.safeParse({ lang: 'fr' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Language must be en or it');
  });
});

describe('the Italian report of the demo register', () => {
  beforeAll(async () => {
    if ((await findChromium()) === null)
      throw new Error(`${NO_BROWSER_MESSAGE} (These tests print real PDFs; they never skip.)`);
  });

  it('PDF: Italian headings, scope, status labels and dates, "Pagina X di Y" on every page, no English status word', async () => {
    const data = demoReport();
    const file = join(tempDir(), 'rapporto.pdf');
    writeFileSync(file, (await renderReport(data, 'pdf')).bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of Object.values(IT.h)) expect(all).toContain(heading);
    expect(all).toContain('Entente · rapporto cronologico');
    expect(flat(all)).toContain('Cronologia della cooperazione nella difesa');
    expect(flat(all)).toContain('Schede: tutti gli accordi, i gruppi di lavoro e i programmi del registro');
    expect(all).toMatch(/Generato\s+15 mar 2026, \d\d:\d\d/);
    expect(all).toContain('Firmato');
    expect(all).toMatch(/\b\d{1,2} (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic) \d{4}\b/);
    for (let page = 1; page <= pages; page += 1) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      });
      expect(text, `page ${page}`).toContain(`Pagina ${page} di ${pages}`);
    }
    expect(englishStatusWords(all)).toEqual([]);
    expect(all).not.toMatch(/\bPage \d+ of\b|Upcoming dates|Chronology|Records\b/);
    // Looked at by hand: page 1 as a PNG (see the report of this work).
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(tempDir(), 'pagina')]);
  }, 180_000);

  it('HTML says it is Italian (lang="it") and so does the chart', async () => {
    const html = decode((await renderReport(demoReport(), 'html')).bytes);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('Oggi');
    expect(html).toContain('Senza data');
    expect(englishStatusWords(html.replace(/<[^>]+>/g, ' '))).toEqual([]);
    // The Italian legend takes a third line: the chart is tall enough to show it (it was cut off).
    const chart = /<svg[^>]*viewBox="0 0 (\d+) (\d+(?:\.\d+)?)"[\s\S]*?<\/svg>/.exec(html)!;
    const today = [...chart[0].matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>Oggi<\/text>/g)].at(-1)!;
    expect(Number(today[1])).toBeLessThan(Number(chart[2]));
  });

  it('Word: Italian headings and labels in the text, "Pagina … di …" in the page footer', async () => {
    const { bytes } = await renderReport(demoReport(), 'docx', { chartImages });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const heading of Object.values(IT.h)) expect(text).toContain(heading);
    expect(text).toContain('ENTENTE · RAPPORTO CRONOLOGICO');
    expect(text).toContain('Firmato');
    expect(englishStatusWords(text)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const footer = footers.join('').replace(/<[^>]+>/g, '');
    expect(footer).toMatch(/Pagina\s*PAGE.*di\s*NUMPAGES/);
  });

  it('Excel: Italian sheet names, column heads, labels and precision words', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderReport(demoReport(), 'xlsx')).bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(IT.sheetNames));
    const records = book.getWorksheet('Schede')!;
    expect(records.getRow(1).values).toEqual(expect.arrayContaining(['Scheda', 'Titolo breve', 'Parti', 'Stato']));
    const statuses = records.getColumn(7).values.slice(2).map(String);
    expect(statuses).toContain('Firmato');
    expect(statuses.filter((s) => ENGLISH_STATUSES.includes(s))).toEqual([]);
    const chronology = book.getWorksheet('Cronologia')!;
    const precisions = chronology.getColumn(3).values.slice(2);
    expect(precisions).toEqual(expect.arrayContaining(['anno', 'non nota']));
    expect(precisions.filter((p) => ['day', 'month', 'year', 'unknown'].includes(String(p)))).toEqual([]);
    expect(book.getWorksheet('Rapporto')!.getCell('A1').value).toBe('Classifica');
  });

  it('CSV: the header rows and the events in Italian', async () => {
    const data = demoReport();
    const rows = parseCsv(decode((await renderReport(data, 'csv')).bytes).slice(1));
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual(['Classifica', 'Rapporto', 'Ambito', 'Generato']);
    const header = rows.findIndex((r) => r[0] === 'Data');
    expect(rows[header]).toEqual(csvHeader(IT));
    const events = rows.slice(header + 1).map((r) => r[5]!);
    expect(events).toContain('Firmato');
    expect(events.filter((e) => ENGLISH_STATUSES.includes(e))).toEqual([]);
  });

  it('ICS: reminder kinds, overdue marks and dates as recorded in Italian', async () => {
    const { db } = calendarDb();
    const data = assembleReport(Store.over(db), { lang: 'it', reminderDays: 180 }, { now: NOW });
    const { calendar, events } = parseIcs(decode((await renderReport(data, 'ics')).bytes));
    expect(calendar.get('X-WR-CALNAME')).toBe('UNCLASSIFIED — Cronologia della cooperazione nella difesa');
    const summaries = events.map((e) => e.props.get('SUMMARY')?.value ?? '');
    expect(summaries).toContain('Scadenza: Franco-Italian training MoU');
    expect(summaries.some((s) => s.startsWith('IN RITARDO — '))).toBe(true);
    expect(summaries.filter((s) => /^(OVERDUE|Expiry|Planned meeting|Notice due)\b/.test(s))).toEqual([]);
    const expiry = events.find((e) => e.props.get('SUMMARY')?.value === 'Scadenza: Franco-Italian training MoU')!;
    expect(expiry.props.get('DESCRIPTION')?.value).toContain('Classifica: UNCLASSIFIED');
    expect(expiry.props.get('DESCRIPTION')?.value).toMatch(/Data come registrata: \d+ giu 2026|giu 2026/);
  });
});

describe('cli report --lang', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    // No LC_ALL/LANG: without --lang the report is in English whatever the machine's locale.
    const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('writes the report in Italian with --lang it, in English without it, and refuses another language by name', async () => {
    const { db, file } = seededDb();
    db.close();
    const italian = join(tempDir(), 'rapporto.html');
    expect(await run(['report', '--db', file, '--format', 'html', '--out', italian, '--lang', 'it'])).toMatchObject({
      code: 0,
      err: '',
    });
    const html = readFileSync(italian, 'utf8');
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('Prossime scadenze e promemoria');
    const english = join(tempDir(), 'report.html');
    expect((await run(['report', '--db', file, '--format', 'html', '--out', english])).code).toBe(0);
    expect(readFileSync(english, 'utf8')).toContain('Upcoming dates and reminders');
    expect(await run(['report', '--db', file, '--format', 'html', '--out', english, '--lang', 'fr'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--lang must be it or en, not “fr”'),
    });
  }, 180_000);
});
