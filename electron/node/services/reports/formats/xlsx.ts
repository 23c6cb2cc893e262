/**
 * The report as a workbook (exceljs): a cover sheet with marking, scope and generation time, then one
 * sheet per section. Every data sheet has a frozen, filterable header row. A date known to the day is a
 * real date cell; any other date keeps its written form, and every row says its precision, so nobody
 * mistakes "2019" for 1 January 2019. Each sheet prints the marking in its page header and footer.
 */
import ExcelJS from 'exceljs';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import { fromEdtf } from '../../../../common/domain/partial-date';
import type { ChronologyRow, ReportData, ReportDate } from '../../../../common/domain/report';

type Cell = string | number | boolean | Date | null;

interface Column {
  header: string;
  width: number;
  date?: boolean;
}

/** A real date only for exact days (not circa); otherwise the text as written. */
export function dateCell(date: ReportDate): Date | string {
  const v = fromEdtf(date.edtf);
  if (v.precision === 'day' && !v.circa && v.from) return utcDay(v.from);
  return date.text;
}

/** First day a partial date may mean, as a real date (sorting, filtering); null when unknown. */
function earliestCell(date: ReportDate): Date | null {
  const from = fromEdtf(date.edtf).from;
  return from ? utcDay(from) : null;
}

const utcDay = (iso: string): Date =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** Excel header/footer codes treat "&" as a command: a literal one is "&&". */
const hf = (text: string): string => text.replace(/&/g, '&&');

async function tick(signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  await new Promise((resolve) => setImmediate(resolve));
}

function addSheet(book: ExcelJS.Workbook, data: ReportData, name: string, columns: Column[], rows: Cell[][]): void {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: (data.pageSize === 'A4' ? 9 : undefined) as ExcelJS.PaperSize | undefined,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: {
      oddHeader: `&C&B${hf(data.marking)}&R${hf(name)}`,
      oddFooter: `&L${hf(data.generatedAtText)}&C&B${hf(data.marking)}&RPage &P of &N`,
    },
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.date ? { style: { numFmt: 'd mmm yyyy' } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1A2A44' } };
  header.alignment = { vertical: 'middle' };
  sheet.addRows(rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

function chronologyRows(rows: readonly ChronologyRow[]): Cell[][] {
  return rows.map((r) => [
    dateCell(r.date),
    r.date.text,
    r.precision,
    earliestCell(r.date),
    r.recordTitle,
    r.recordKind.replace('_', ' '),
    r.event,
    r.note,
    r.source,
    r.date.edtf,
    r.recordId,
  ]);
}

export async function renderXlsx(input: ReportData, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
  // exceljs writes strings into XML as they are: a U+FFFE or a control character would make the workbook unreadable.
  const data = stripUnholdableDeep(input);
  const book = new ExcelJS.Workbook();
  book.creator = 'Entente';
  book.title = data.title;
  book.subject = data.marking;
  book.keywords = data.marking;
  book.created = new Date(data.generatedAt);

  const cover = book.addWorksheet('Report', {
    headerFooter: { oddHeader: `&C&B${hf(data.marking)}`, oddFooter: `&C&B${hf(data.marking)}&RPage &P of &N` },
  });
  cover.columns = [{ width: 16 }, { width: 110 }];
  const coverRows: [string, string][] = [
    ['Marking', data.marking],
    ['Report', data.title],
    ['Scope', data.scope.description],
    ...data.scope.lines.map((l): [string, string] => ['', l]),
    ['Generated', data.generatedAtText],
    ...(data.asOf ? [['As of', data.asOf.text] as [string, string]] : []),
    ...data.notes.map((n): [string, string] => ['Note', n]),
    [
      'Sheets',
      "Records, Attachments (each record's documents), Chronology (dated events, then events without a known date), Meetings, Reminders",
    ],
    [
      'Dates',
      'A date known to the day is a real date cell; others are shown as recorded (e.g. “2019”, “c. 2022”) with their precision in its own column.',
    ],
  ];
  cover.addRows(coverRows);
  cover.getColumn(1).font = { bold: true };
  cover.getCell('B1').font = { bold: true, size: 13 };
  cover.getCell('B2').font = { bold: true, size: 13 };
  cover.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  await tick(options.signal);

  addSheet(
    book,
    data,
    'Records',
    [
      { header: 'Record', width: 50 },
      { header: 'Short title', width: 28 },
      { header: 'Kind', width: 14 },
      { header: 'Type', width: 22 },
      { header: 'Parties', width: 36 },
      { header: 'Areas', width: 28 },
      { header: data.asOf ? `Status as of ${data.asOf.text}` : 'Status', width: 18 },
      { header: 'Status date', width: 14, date: true },
      { header: 'Status date (EDTF)', width: 14 },
      { header: 'Summary', width: 60 },
      { header: 'Record id', width: 28 },
    ],
    data.records.map((r) => [
      r.title,
      r.shortTitle,
      r.kindLabel,
      r.typeLabel,
      r.partyNames.join('; '),
      r.areas.join('; '),
      r.status?.label ?? '',
      r.status ? dateCell(r.status.date) : null,
      r.status?.date.edtf ?? '',
      r.summary,
      r.id,
    ]),
  );
  await tick(options.signal);

  addSheet(
    book,
    data,
    'Attachments',
    [
      { header: 'Record', width: 50 },
      { header: 'Attachment', width: 36 },
      { header: 'File', width: 36 },
      { header: 'Kind', width: 16 },
      { header: 'Date', width: 14 },
      { header: 'SHA-256 (first 12)', width: 16 },
      { header: 'Record id', width: 28 },
    ],
    data.records.flatMap((r) =>
      r.attachments.map((a) => [r.title, a.title, a.fileName, a.kindLabel, a.date, a.hashPrefix, r.id]),
    ),
  );

  addSheet(
    book,
    data,
    'Chronology',
    [
      { header: 'Date', width: 14, date: true },
      { header: 'Date as recorded', width: 16 },
      { header: 'Precision', width: 10 },
      { header: 'Earliest day', width: 14, date: true },
      { header: 'Record', width: 50 },
      { header: 'Record kind', width: 14 },
      { header: 'Event', width: 26 },
      { header: 'Note', width: 60 },
      { header: 'Source', width: 40 },
      { header: 'Date (EDTF)', width: 14 },
      { header: 'Record id', width: 28 },
    ],
    [...chronologyRows(data.chronology), ...chronologyRows(data.undated)],
  );
  await tick(options.signal);

  addSheet(
    book,
    data,
    'Meetings',
    [
      { header: 'Date', width: 14, date: true },
      { header: 'Date as recorded', width: 16 },
      { header: 'Meeting', width: 50 },
      { header: 'Type', width: 20 },
      { header: 'Place', width: 20 },
      { header: 'Status', width: 12 },
      { header: 'Participants', width: 50 },
      { header: 'Topics', width: 50 },
      { header: 'Summary', width: 60 },
      { header: 'Outcomes', width: 50 },
    ],
    data.meetings.map((m) => [
      dateCell(m.date),
      m.date.text,
      m.title,
      m.typeLabel,
      m.place,
      m.status,
      m.participants.join('; '),
      m.topics.join('\n'),
      m.summary,
      m.outcomes.join('\n'),
    ]),
  );

  addSheet(
    book,
    data,
    'Reminders',
    [
      { header: 'Date', width: 14, date: true },
      { header: 'Date as recorded', width: 16 },
      { header: 'Reminder', width: 24 },
      { header: 'Record', width: 50 },
      { header: 'Detail', width: 70 },
      { header: 'Overdue', width: 10 },
      { header: 'Days from today', width: 14 },
    ],
    data.reminders.map((r) => [
      dateCell({ edtf: r.date, text: r.dateText }),
      r.dateText,
      r.kindLabel,
      r.recordTitle,
      r.text,
      r.overdue ? 'yes' : 'no',
      r.daysFromToday,
    ]),
  );
  await tick(options.signal);

  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
