/**
 * The report as a workbook (exceljs): a cover sheet with marking, scope and generation time, then one
 * sheet per section. Every data sheet has a frozen, filterable header row. A date known to the day is a
 * real date cell; any other date keeps its written form, and every row says its precision, so nobody
 * mistakes "2019" for 1 January 2019. Each sheet prints the marking in its page header and footer.
 */
import { reportWords, type ReportWords } from '../../../../common/domain/report-words';
import ExcelJS from 'exceljs';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import { fromEdtf } from '../../../../common/domain/partial-date';
import {
  hasUndatedLater,
  undatedLaterText,
  type ChronologyRow,
  type ReportData,
  type ReportDate,
} from '../../../../common/domain/report';

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

/** "Page &P of &N" in the report's language (Excel fills in the numbers). */
const pageOf = (data: ReportData): string =>
  hf(reportWords(data.lang).page('\u0001', '\u0002')).replace('\u0001', '&P').replace('\u0002', '&N');

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
      oddFooter: `&L${hf(data.generatedAtText)}&C&B${hf(data.marking)}&R${pageOf(data)}`,
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

function chronologyRows(rows: readonly ChronologyRow[], words: ReportWords): Cell[][] {
  return rows.map((r) => [
    dateCell(r.date),
    r.date.text,
    words.precision(r.precision),
    earliestCell(r.date),
    r.recordTitle,
    words.recordKind(r.recordKind),
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
  const words = reportWords(data.lang);
  const { col, row, sheetNames } = words;
  const book = new ExcelJS.Workbook();
  book.creator = 'Entente';
  book.title = data.title;
  book.subject = data.marking;
  book.keywords = data.marking;
  book.created = new Date(data.generatedAt);

  const cover = book.addWorksheet(sheetNames.cover, {
    headerFooter: { oddHeader: `&C&B${hf(data.marking)}`, oddFooter: `&C&B${hf(data.marking)}&R${pageOf(data)}` },
  });
  cover.columns = [{ width: 16 }, { width: 110 }];
  const coverRows: [string, string][] = [
    [row.marking, data.marking],
    [row.report, data.title],
    [row.scope, data.scope.description],
    ...data.scope.lines.map((l): [string, string] => ['', l]),
    [row.generated, data.generatedAtText],
    ...(data.asOf ? [[row.asOf, data.asOf.text] as [string, string]] : []),
    ...data.notes.map((n): [string, string] => [row.note, n]),
    ...(hasUndatedLater(data.records) ? [[row.note, words.undatedLaterNote] as [string, string]] : []),
    [row.sheets, words.sheetsList],
    [row.dates, words.datesExplain],
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
    sheetNames.records,
    [
      { header: col.record, width: 50 },
      { header: col.shortTitle, width: 28 },
      { header: col.kind, width: 14 },
      { header: col.type, width: 22 },
      { header: col.parties, width: 36 },
      { header: col.areas, width: 28 },
      { header: data.asOf ? words.statusAsOf(data.asOf.text) : col.status, width: 18 },
      { header: col.statusDate, width: 14, date: true },
      { header: `${col.statusDate} (EDTF)`, width: 14 },
      { header: col.summary, width: 60 },
      { header: col.recordId, width: 28 },
    ],
    data.records.map((r) => [
      r.title,
      r.shortTitle,
      r.kindLabel,
      r.typeLabel,
      r.partyNames.join('; '),
      r.areas.join('; '),
      // The mark the cover's note explains; the cell's own note says which status came later.
      r.status ? `${r.status.label}${r.status.undatedLater ? ' *' : ''}` : '',
      r.status ? dateCell(r.status.date) : null,
      r.status?.date.edtf ?? '',
      r.summary,
      r.id,
    ]),
  );
  const recordsSheet = book.getWorksheet(sheetNames.records);
  data.records.forEach((r, i) => {
    const later = undatedLaterText(r, words);
    if (later && recordsSheet) recordsSheet.getCell(i + 2, 7).note = later;
  });
  await tick(options.signal);

  addSheet(
    book,
    data,
    sheetNames.attachments,
    [
      { header: col.record, width: 50 },
      { header: col.attachment, width: 36 },
      { header: col.file, width: 36 },
      { header: col.kind, width: 16 },
      { header: col.date, width: 14 },
      { header: col.sha, width: 16 },
      { header: col.recordId, width: 28 },
    ],
    data.records.flatMap((r) =>
      r.attachments.map((a) => [r.title, a.title, a.fileName, a.kindLabel, a.date, a.hashPrefix, r.id]),
    ),
  );

  addSheet(
    book,
    data,
    sheetNames.chronology,
    [
      { header: col.date, width: 14, date: true },
      { header: col.dateAsRecorded, width: 16 },
      { header: col.precision, width: 10 },
      { header: col.earliestDay, width: 14, date: true },
      { header: col.record, width: 50 },
      { header: col.recordKind, width: 14 },
      { header: col.event, width: 26 },
      { header: col.note, width: 60 },
      { header: col.source, width: 40 },
      { header: col.dateEdtf, width: 14 },
      { header: col.recordId, width: 28 },
    ],
    [...chronologyRows(data.chronology, words), ...chronologyRows(data.undated, words)],
  );
  await tick(options.signal);

  addSheet(
    book,
    data,
    sheetNames.meetings,
    [
      { header: col.date, width: 14, date: true },
      { header: col.dateAsRecorded, width: 16 },
      { header: col.meeting, width: 50 },
      { header: col.type, width: 20 },
      { header: col.place, width: 20 },
      { header: col.status, width: 12 },
      { header: col.participants, width: 50 },
      { header: col.topics, width: 50 },
      { header: col.summary, width: 60 },
      { header: col.outcomes, width: 50 },
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
    sheetNames.reminders,
    [
      { header: col.date, width: 14, date: true },
      { header: col.dateAsRecorded, width: 16 },
      { header: col.reminder, width: 24 },
      { header: col.record, width: 50 },
      { header: col.detail, width: 70 },
      { header: col.overdue, width: 10 },
      { header: col.daysFromToday, width: 14 },
    ],
    data.reminders.map((r) => [
      dateCell({ edtf: r.date, text: words.date(r.date) }),
      words.date(r.date),
      words.reminderKind(r.kind),
      r.recordTitle,
      words.reminderText(r),
      r.overdue ? words.yes : words.no,
      r.daysFromToday,
    ]),
  );
  await tick(options.signal);

  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
