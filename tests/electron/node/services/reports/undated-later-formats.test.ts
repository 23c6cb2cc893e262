/**
 * Issue 16 leftover (fresh testers): a status as of a past date that "may since have changed" (an undated status
 * was entered after it, domain/status.ts rule 4) was marked in the PDF/HTML report and the CLI but not in the Word,
 * Excel and CSV reports. Each file is read back as its reader would: the DOCX's document.xml, the XLSX through
 * ExcelJS, the CSV through an independent RFC 4180 parser; in English and Italian (the report word tables).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { createRecord } from '../../../../../db/store/records';
import { reportWords, type ReportLang } from '../../../../../electron/common/domain/report-words';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { openTempDb } from '../../../../support/temp-db';
import { NOW } from './fixtures';
import { parseCsv } from './parsers';

const TITLE = 'Old MoU on logistics';

/** An agreement in force since 2021, then "Superseded" entered with no date; its report as of `asOf` in `lang`. */
function reportAsOf(asOf: string, lang: ReportLang) {
  const { db } = openTempDb();
  createRecord(db, 'agreement', {
    title: TITLE,
    type: 'mou',
    statusEvents: [
      { status: 'in_force', date: '2021' },
      { status: 'superseded', date: '' },
    ],
  });
  return assembleReport(Store.over(db), { asOf, lang }, { now: NOW });
}

const noChart = { chartImages: async () => ({ error: 'No browser in this test.' }) };

/** The visible text of a DOCX body: each paragraph's runs joined, paragraphs on their own lines. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:br\/>|<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

describe('"may since have changed" in every report format', () => {
  for (const lang of ['en', 'it'] as const) {
    const words = reportWords(lang);
    const superseded = lang === 'en' ? 'Superseded' : reportAsOf('2030', lang).records[0]!.status!.label;
    const mark = words.mayHaveChanged(superseded);

    it(`${lang}: Word shows the mark under the status and the footnote under the table; not when it cannot have changed`, async () => {
      const past = await docxText((await renderReport(reportAsOf('2023', lang), 'docx', noChart)).bytes);
      expect(past).toContain(mark);
      expect(past).toContain(words.undatedLaterNote);
      // The mark sits in the records table, after the title's row, before the chronology.
      expect(past.indexOf(mark)).toBeGreaterThan(past.indexOf(TITLE));
      const now = await docxText((await renderReport(reportAsOf('2030', lang), 'docx', noChart)).bytes);
      expect(now).not.toContain(words.undatedLaterNote);
      expect(now).not.toContain(mark);
    });

    it(`${lang}: Excel marks the status cell, says which status came later in its note, and explains on the cover`, async () => {
      const read = async (asOf: string) => {
        const book = new ExcelJS.Workbook();
        const bytes = (await renderReport(reportAsOf(asOf, lang), 'xlsx')).bytes;
        await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        const [cover, records] = book.worksheets;
        const row = records!.getRow(2);
        const col = (records!.getRow(1).values as string[]).findIndex((h) => h === words.statusAsOf(asOf));
        const coverText = cover!.getSheetValues().flat().map(String);
        return { status: String(row.getCell(col).value), note: row.getCell(col).note, coverText };
      };
      const past = await read('2023');
      expect(past.status).toMatch(/ \*$/);
      expect(JSON.stringify(past.note)).toContain(mark.replace(/"/g, '\\"'));
      expect(past.coverText).toContain(words.undatedLaterNote);
      const now = await read('2030');
      expect(now.status).toBe(superseded);
      expect(now.note).toBeUndefined();
      expect(now.coverText).not.toContain(words.undatedLaterNote);
    });

    it(`${lang}: CSV names the record whose status may since have changed, with the footnote, above the events`, async () => {
      const rows = async (asOf: string) =>
        parseCsv(new TextDecoder().decode((await renderReport(reportAsOf(asOf, lang), 'csv')).bytes).slice(1));
      const past = await rows('2023');
      const header = past.findIndex((r) => r[0] === words.col.date);
      const top = past.slice(0, header);
      expect(top).toContainEqual(expect.arrayContaining([words.row.note, words.undatedLaterNote]));
      expect(top).toContainEqual(expect.arrayContaining([words.row.note, `${mark} — ${TITLE}`]));
      const now = await rows('2030');
      expect(now.flat()).not.toContain(words.undatedLaterNote);
    });
  }
});
