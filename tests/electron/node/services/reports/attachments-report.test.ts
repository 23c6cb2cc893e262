/**
 * Reports list a record's documents (name, kind, date, hash prefix) with the record, in every format that carries
 * records: the data, HTML/PDF, and the files read back as a reader would — Word text through mammoth, the workbook
 * through exceljs, the CSV through csv-parse.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import type { ReportData } from '../../../../../electron/common/domain/report';
import { assembleReport, renderReport, renderReportHtml } from '../../../../../electron/node/services/reports';
import { openTempDb } from '../../../../support/temp-db';

let data: ReportData;
let hash: string;
let taTitle: string;

beforeAll(() => {
  const { db } = openTempDb();
  const ids = loadSeedArticle(db);
  const store = Store.over(db);
  const [signed, draft] = store.addAttachments(ids.technicalArrangement, [
    { fileName: 'TA signed.pdf', bytes: new TextEncoder().encode('%PDF-1.7 signed'), mediaType: 'application/pdf' },
    { fileName: 'old draft.docx', bytes: new TextEncoder().encode('draft'), mediaType: 'text/plain' },
  ]);
  store.updateAttachment(signed!.id, { title: 'Signed text', kind: 'signed_text', date: 'Jan 2021' });
  store.setAttachmentRemoved(draft!.id, true);
  hash = signed!.versions[0]!.sha256.slice(0, 12);
  data = assembleReport(store, { partyIds: [ids.italy, ids.japan] });
  taTitle = data.records.find((r) => r.id === ids.technicalArrangement)!.title;
});

const LINE = () => `Attachments: Signed text “Signed text” (TA signed.pdf), Jan 2021, SHA-256 ${hash}…`;

describe('reports: attachments', () => {
  it("lists a record's attachments under it, and not a removed one", () => {
    const ta = data.records.find((r) => r.title === taTitle)!;
    expect(ta.attachments).toEqual([
      { title: 'Signed text', fileName: 'TA signed.pdf', kindLabel: 'Signed text', date: 'Jan 2021', hashPrefix: hash },
    ]);
    const html = renderReportHtml(data);
    expect(html).toContain(LINE());
    expect(html).not.toContain('old draft.docx');
  });

  it('Word: the line sits in the record’s row of the Records table, read back by mammoth', async () => {
    const { bytes } = await renderReport(data, 'docx', {
      chartImages: async () => ({ error: 'No chart in this test.' }),
    });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const records = text.slice(text.indexOf('Records'), text.indexOf('Chronology'));
    const [title, line] = [records.indexOf(taTitle), records.indexOf(LINE())];
    expect(line, 'the attachment line in the Records table').toBeGreaterThan(title);
    expect(title).toBeGreaterThan(0);
    // In the same row: no other record's title between the record and its line.
    const between = records.slice(title + taTitle.length, line);
    for (const other of data.records.filter((r) => r.title !== taTitle)) expect(between).not.toContain(other.title);
    expect(text).not.toContain('old draft.docx');
  });

  it('Excel: an Attachments sheet with one row per document, read back by exceljs', async () => {
    const { bytes } = await renderReport(data, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Attachments');
    expect(sheet, 'Attachments sheet').toBeDefined();
    const rows = sheet!.getSheetValues().filter(Boolean) as unknown[][];
    const values = rows.map((r) => r.slice(1));
    expect(values[0]).toEqual(['Record', 'Attachment', 'File', 'Kind', 'Date', 'SHA-256 (first 12)', 'Record id']);
    expect(values.slice(1).map((r) => r.slice(0, 6))).toEqual([
      [taTitle, 'Signed text', 'TA signed.pdf', 'Signed text', 'Jan 2021', hash],
    ]);
  });

  it('CSV: an attachments table after the events, read back by csv-parse', async () => {
    const { bytes } = await renderReport(data, 'csv');
    const rows = parse(new TextDecoder().decode(bytes), { bom: true, relax_column_count: false }) as string[][];
    const header = rows.findIndex((r) => r[0] === 'Record' && r[2] === 'Attachment');
    expect(header, 'attachments header row').toBeGreaterThan(0);
    expect(rows[header - 1]!.every((c) => c === '')).toBe(true);
    expect(rows.slice(header + 1).map((r) => r.slice(0, 7))).toEqual([
      [taTitle, 'agreement', 'Signed text', 'TA signed.pdf', 'Signed text', 'Jan 2021', hash],
    ]);
    expect(rows.flat()).not.toContain('old draft.docx');
  });
});
