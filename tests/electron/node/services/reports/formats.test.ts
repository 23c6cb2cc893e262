import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../../../../electron/node/services/reports/formats/csv';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { calendarDb, HOSTILE, NOW, seededDb, TODAY } from './fixtures';
import { parseCsv, parseIcs } from './parsers';
import { Store } from '../../../../../db/store';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV', () => {
  it('is RFC 4180 with a BOM, carries marking, scope and time, and keeps quotes, commas and line breaks', async () => {
    const { db, ids } = calendarDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.france], marking: 'RESTRICTED' }, { now: NOW });
    const { bytes, mime, fileName } = await renderReport(data, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(mime).toBe('text/csv; charset=utf-8');
    expect(fileName).toBe('France cooperation timeline 2026-03-15.csv');
    const rows = parseCsv(decode(bytes).slice(1));
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rows[0]?.slice(0, 2)).toEqual(['Marking', 'RESTRICTED']);
    expect(rows[2]?.[1]).toBe(data.scope.description);
    expect(rows[3]?.[1]).toBe(NOW.toISOString());
    const header = rows.findIndex((r) => r[0] === 'Date');
    expect(rows[header]).toEqual([...CSV_HEADER]);
    const events = rows.slice(header + 1);
    expect(events.length).toBe(data.chronology.length + data.undated.length);
    const hostile = events.find((r) => r[3] === HOSTILE.title)!;
    expect(hostile.slice(0, 3)).toEqual(['c. 2023', '2023~', 'year']);
    expect(hostile[6]).toBe(HOSTILE.note);
    expect(hostile[7]).toBe(HOSTILE.script);
    expect(events.map((r) => r[0])).toContain('12 Feb 2021');
  });

  it('defuses text a spreadsheet would run as a formula', async () => {
    const { db, ids } = calendarDb();
    const data = assembleReport(Store.over(db), { recordIds: [ids.hostile], title: '=HYPERLINK("x")' }, { now: NOW });
    const rows = parseCsv(decode((await renderReport(data, 'csv')).bytes).slice(1));
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('ICS', () => {
  it('lists upcoming dates as all-day events, with the marking, and parses back', async () => {
    const { db } = calendarDb();
    const data = assembleReport(Store.over(db), { marking: 'OFFICIAL', reminderDays: 180 }, { now: NOW });
    const text = decode((await renderReport(data, 'ics')).bytes);
    const { calendar, events } = parseIcs(text);
    expect(calendar.get('X-WR-CALNAME')).toBe('OFFICIAL — Defence cooperation timeline');
    // Every reminder, the overdue ones flagged.
    expect(events.map((e) => e.props.get('SUMMARY')?.value)).toEqual(
      data.reminders.map((r) => `${r.overdue ? 'OVERDUE — ' : ''}${r.kindLabel}: ${r.recordTitle}`),
    );
    const expiry = events.find((e) => e.props.get('SUMMARY')?.value === 'Expiry: Franco-Italian training MoU')!;
    expect(expiry.props.get('DTSTART')).toEqual({ params: 'VALUE=DATE', value: '20260630' });
    expect(expiry.props.get('DESCRIPTION')?.value).toContain('Marking: OFFICIAL');
    const staff = events.find((e) => e.props.get('SUMMARY')?.value === 'Planned meeting: Staff talks')!;
    expect(staff.props.get('DTSTART')?.value).toBe('20260601');
    expect(staff.props.get('DESCRIPTION')?.value).toContain(
      'Date as recorded: Jun 2026 (shown on the first day it may mean)',
    );
    // Hostile text survives the round trip as text.
    const hostile = decode(
      (
        await renderReport(
          assembleReport(Store.over(db), { marking: 'OFFICIAL', title: HOSTILE.title }, { now: NOW }),
          'ics',
        )
      ).bytes,
    );
    expect(parseIcs(hostile).calendar.get('X-WR-CALNAME')).toBe(`OFFICIAL — ${HOSTILE.title}`);
    // Overdue items are entries on the report's day, flagged, with the day they were due.
    const overdue = events.find((e) =>
      e.props.get('SUMMARY')?.value?.startsWith('OVERDUE — Ratification outstanding'),
    )!;
    expect(overdue.props.get('DTSTART')?.value).toBe(TODAY.replaceAll('-', ''));
    expect(overdue.props.get('DESCRIPTION')?.value).toContain('Overdue: it was due');
    expect(overdue.props.get('CATEGORIES')?.value).toContain('Overdue');
  });
});

describe('XLSX', () => {
  it('has one sheet per section, real dates for exact days, precision kept, frozen filterable headers, marking in page headers', async () => {
    const { db, ids } = calendarDb();
    const data = assembleReport(
      Store.over(db),
      { partyIds: [ids.france, ids.italy], marking: 'CONFIDENTIAL & UK EYES' },
      { now: NOW },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await renderReport(data, 'xlsx')).bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Report',
      'Records',
      'Attachments',
      'Chronology',
      'Meetings',
      'Reminders',
    ]);
    const cover = book.getWorksheet('Report')!;
    expect(cover.getCell('B1').value).toBe('CONFIDENTIAL & UK EYES');
    expect(cover.getCell('B3').value).toBe(data.scope.description);
    const chron = book.getWorksheet('Chronology')!;
    expect(chron.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(chron.autoFilter).toBeTruthy();
    expect(chron.headerFooter.oddHeader).toContain('CONFIDENTIAL && UK EYES');
    expect(chron.getRow(1).values).toEqual([
      undefined,
      'Date',
      'Date as recorded',
      'Precision',
      'Earliest day',
      'Record',
      'Record kind',
      'Event',
      'Note',
      'Source',
      'Date (EDTF)',
      'Record id',
    ]);
    const rows = chron.getSheetValues().slice(2) as unknown[][];
    expect(rows.length).toBe(data.chronology.length + data.undated.length);
    const signed = rows.find((r) => r[2] === '12 Feb 2021')!;
    expect(signed[1]).toBeInstanceOf(Date);
    expect((signed[1] as Date).toISOString()).toBe('2021-02-12T00:00:00.000Z');
    expect(signed[3]).toBe('day');
    const month = rows.find((r) => r[2] === 'Mar 2021')!;
    expect(month[1]).toBe('Mar 2021');
    expect(month[3]).toBe('month');
    expect((month[4] as Date).toISOString()).toBe('2021-03-01T00:00:00.000Z');
    const hostile = rows.find((r) => r[5] === HOSTILE.title)!;
    expect(hostile[8]).toBe(HOSTILE.note);
    const reminders = book.getWorksheet('Reminders')!;
    expect(reminders.rowCount).toBe(data.reminders.length + 1);
  });
});

describe('JSON', () => {
  it('is the report data itself', async () => {
    const { db, ids } = seededDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan] }, { now: NOW });
    expect(JSON.parse(decode((await renderReport(data, 'json')).bytes))).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe('DOCX', () => {
  it('has the marking in header and footer, page numbers, record summaries and the chronology as a real table', async () => {
    const { db, ids } = calendarDb();
    const data = assembleReport(
      Store.over(db),
      { partyIds: [ids.france], marking: 'RESTRICTED', title: HOSTILE.title },
      { now: NOW },
    );
    // The chart is drawn by Chromium in other tests; here the no-browser path must degrade with a note.
    const { bytes } = await renderReport(data, 'docx', {
      chartImages: async () => ({ error: 'No Chromium browser was found for printing.' }),
    });
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.filter((x) => x.includes('RESTRICTED')).length).toBeGreaterThanOrEqual(2);
    expect(headers.join('')).toMatch(/PAGE/);
    expect(headers.join('')).toMatch(/NUMPAGES/);
    expect(documentXml).toContain('<w:tbl>');
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toContain('<w:cantSplit/>');
    const table = documentXml.slice(documentXml.indexOf('>Chronology<'));
    for (const row of data.chronology) {
      expect(table).toContain(`>${row.date.text}<`);
    }
    expect(table.indexOf('>Mar 2021<')).toBeLessThan(table.indexOf('>10 Jan 2024<'));
    expect(documentXml).toContain('The timeline chart is not included in this document: No Chromium browser was found');
    expect(documentXml).toContain('Logistics support arrangement');
    // Hostile text is text.
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).toContain('اتفاقية הסכם 🤝 日本との協定');
  });
});
