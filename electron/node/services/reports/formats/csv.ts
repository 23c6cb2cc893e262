/**
 * The report's events as CSV: RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or
 * line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads accents and Japanese right.
 * A short block of rows at the top carries the marking, title, scope and generation time (padded to the
 * same width as the table so the file stays rectangular); the event table follows under its header row.
 * When records in scope keep documents, a second table follows the events after an empty row, under its own header
 * row (attachmentCsvHeader); headers and the top block are in the report's language (report-words.ts): one row per attachment, with the start of its SHA-256 to tell copies apart.
 * Text that a spreadsheet would run as a formula (= + - @ …) is prefixed with an apostrophe.
 */
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import {
  hasUndatedLater,
  undatedLaterText,
  type ChronologyRow,
  type ReportData,
  type ReportRecord,
} from '../../../../common/domain/report';
import { reportWords, type ReportWords } from '../../../../common/domain/report-words';

/** The events table's header row in the report's language (the columns and their order are the same in every one). */
export const csvHeader = ({ col }: ReportWords): string[] => [
  col.date,
  col.dateEdtf,
  col.precision,
  col.record,
  col.recordKind,
  col.event,
  col.note,
  col.source,
  col.recordId,
];

/** The attachments table's header row. */
export const attachmentCsvHeader = ({ col }: ReportWords): string[] => [
  col.record,
  col.recordKind,
  col.attachment,
  col.file,
  col.attachmentKind,
  col.date,
  col.sha,
  col.recordId,
];

/** The English header row (API callers and older readers of the file). */
export const CSV_HEADER: readonly string[] = csvHeader(reportWords('en'));

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(cells: readonly string[]): string {
  const padded = [...cells, ...Array<string>(Math.max(0, CSV_HEADER.length - cells.length)).fill('')];
  return padded.map(csvField).join(',');
}

function eventLine(r: ChronologyRow, words: ReportWords): string {
  return line([
    r.date.text,
    r.date.edtf,
    words.precision(r.precision),
    r.recordTitle,
    words.lang === 'en' ? r.recordKind : words.recordKind(r.recordKind),
    r.event,
    r.note,
    r.source,
    r.recordId,
  ]);
}

function attachmentLines(records: readonly ReportRecord[], words: ReportWords): string[] {
  const rows = records.flatMap((r) =>
    r.attachments.map((a) =>
      line([
        r.title,
        words.lang === 'en' ? r.kind : words.recordKind(r.kind),
        a.title,
        a.fileName,
        a.kindLabel,
        a.date,
        a.hashPrefix,
        r.id,
      ]),
    ),
  );
  return rows.length === 0 ? [] : [line([]), line(attachmentCsvHeader(words)), ...rows];
}

/**
 * The top block's note when statuses as of the date may since have changed: the footnote, then each record
 * concerned ("* may since have changed: Superseded, date unknown — Old MoU on logistics").
 */
function undatedLaterLines(records: readonly ReportRecord[], words: ReportWords): string[] {
  if (!hasUndatedLater(records)) return [];
  const concerned = records.filter((r) => r.status?.undatedLater);
  return [
    line([words.row.note, words.undatedLaterNote]),
    ...concerned.map((r) => line([words.row.note, `${undatedLaterText(r, words)} — ${r.title}`])),
  ];
}

export function renderCsv(input: ReportData): Uint8Array {
  // Defensive: characters no reader can take (NUL, other controls, noncharacters) never reach the file.
  const data = stripUnholdableDeep(input);
  const words = reportWords(data.lang);
  const lines = [
    line([words.row.marking, data.marking]),
    line([words.row.report, data.title]),
    line([words.row.scope, data.scope.description]),
    line([words.row.generated, data.generatedAt]),
    ...undatedLaterLines(data.records, words),
    line([]),
    line(csvHeader(words)),
    ...data.chronology.map((r) => eventLine(r, words)),
    ...data.undated.map((r) => eventLine(r, words)),
    ...attachmentLines(data.records, words),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
