/**
 * Real PDFs printed by real Chromium (playwright-core), read back with poppler's pdftotext. Without a
 * browser these tests FAIL with the install hint: a report feature that cannot print is not working.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE } from '../../../../../electron/node/services/pdf';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { tempDir } from '../../../../support/temp-db';
import { bulkAgreements, calendarDb, HOSTILE, NOW, seededDb } from './fixtures';
import { Store } from '../../../../../db/store';

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

function writePdf(bytes: Uint8Array): string {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, bytes);
  return file;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  if ((await findChromium()) === null)
    throw new Error(`${NO_BROWSER_MESSAGE} (These tests print real PDFs; they never skip.)`);
});

describe('PDF (Chromium through playwright-core)', () => {
  it('the Italy–Japan report: scope, marking on every page, page numbers, the story in order with dates as written', async () => {
    const { db, ids } = seededDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan] }, { now: NOW });
    const file = writePdf((await renderReport(data, 'pdf')).bytes);
    const { pages, size } = pdfInfo(file);
    expect(size).toContain('(A4)');
    const all = pdfText(file);
    expect(all).toContain('Italy–Japan: cooperation timeline');
    expect(flat(all)).toContain(
      'Parties: Italy and Japan (including their sub-parties; records involving all of them)',
    );
    expect(all).toMatch(/Generated\s+15 Mar 2026, \d\d:\d\d/);
    for (let page = 1; page <= pages; page += 1) {
      const text = pdfText(file, page);
      expect(text.match(/UNCLASSIFIED/g)?.length, `page ${page}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${page} of ${pages}`);
    }
    // The chronology reads in order, each date as written.
    const chronology = flat(all.slice(all.lastIndexOf('Chronology')));
    let at = 0;
    for (const row of [...data.chronology, ...data.undated]) {
      const words = row.recordTitle.split(' ')[0] ?? '';
      const found = chronology.indexOf(`${row.date.text} ${words}`, at);
      expect(found, `${row.date.text} ${words}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(chronology).toContain('c. 2022');
    expect(chronology.indexOf('2019 Italian–Japanese')).toBeLessThan(chronology.indexOf('Jan 2021 Italy–Japan'));
    // Look at it: page 1 as a PNG must be a real picture (the chart and the banner make it non-blank).
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(tempDir(), 'page')]);
  }, 120_000);

  it('a long chronology (Letter) keeps the marking, page numbers and repeated table header on every page; hostile text stays text', async () => {
    const { db } = calendarDb();
    bulkAgreements(db, 60, 4);
    const data = assembleReport(
      Store.over(db),
      { marking: 'RESTRICTED', pageSize: 'Letter', title: HOSTILE.title },
      { now: NOW },
    );
    expect(data.chronology.length).toBeGreaterThan(240);
    const file = writePdf((await renderReport(data, 'pdf')).bytes);
    const { pages, size } = pdfInfo(file);
    expect(size).toContain('612 x 792 pts (letter)');
    expect(pages).toBeGreaterThan(6);
    let tablePages = 0;
    for (let page = 1; page <= pages; page += 1) {
      const text = pdfText(file, page);
      expect(text.match(/RESTRICTED/g)?.length, `page ${page}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${page} of ${pages}`);
      if (/Event \d+ of agreement/.test(text)) {
        tablePages += 1;
        expect(text, `page ${page} repeats the chronology header`).toMatch(/Date\s+Record\s+Event\s+Note and source/);
      }
    }
    expect(tablePages).toBeGreaterThan(3);
    const all = pdfText(file);
    expect(all).toContain('<script>alert(1)</script>'); // printed as text, not run
    expect(all).toContain('日本との協定');
  }, 180_000);
});

describe('DOCX chart image', () => {
  it('embeds the chart as a PNG rendered by Chromium', async () => {
    const { db, ids } = seededDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan] }, { now: NOW });
    const zip = await JSZip.loadAsync((await renderReport(data, 'docx')).bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(media.length).toBe(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:drawing>');
  }, 120_000);
});
