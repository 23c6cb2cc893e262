/**
 * The report's events as CSV: RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or
 * line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads accents and Japanese right.
 * A short block of rows at the top carries the marking, title, scope and generation time (padded to the
 * same width as the table so the file stays rectangular); the event table follows under its header row.
 * When records in scope keep documents, a second table follows the events after an empty row, under its own header
 * row (ATTACHMENT_CSV_HEADER): one row per attachment, with the start of its SHA-256 to tell copies apart.
 * Text that a spreadsheet would run as a formula (= + - @ …) is prefixed with an apostrophe.
 */
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import type { ChronologyRow, ReportData, ReportRecord } from '../../../../common/domain/report';

export const CSV_HEADER = [
  'Date',
  'Date (EDTF)',
  'Precision',
  'Record',
  'Record kind',
  'Event',
  'Note',
  'Source',
  'Record id',
] as const;

export const ATTACHMENT_CSV_HEADER = [
  'Record',
  'Record kind',
  'Attachment',
  'File',
  'Attachment kind',
  'Date',
  'SHA-256 (first 12)',
  'Record id',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(cells: readonly string[]): string {
  const padded = [...cells, ...Array<string>(Math.max(0, CSV_HEADER.length - cells.length)).fill('')];
  return padded.map(csvField).join(',');
}

function eventLine(r: ChronologyRow): string {
  return line([
    r.date.text,
    r.date.edtf,
    r.precision,
    r.recordTitle,
    r.recordKind,
    r.event,
    r.note,
    r.source,
    r.recordId,
  ]);
}

function attachmentLines(records: readonly ReportRecord[]): string[] {
  const rows = records.flatMap((r) =>
    r.attachments.map((a) => line([r.title, r.kind, a.title, a.fileName, a.kindLabel, a.date, a.hashPrefix, r.id])),
  );
  return rows.length === 0 ? [] : [line([]), line([...ATTACHMENT_CSV_HEADER]), ...rows];
}

export function renderCsv(input: ReportData): Uint8Array {
  // Defensive: characters no reader can take (NUL, other controls, noncharacters) never reach the file.
  const data = stripUnholdableDeep(input);
  const lines = [
    line(['Marking', data.marking]),
    line(['Report', data.title]),
    line(['Scope', data.scope.description]),
    line(['Generated', data.generatedAt]),
    line([]),
    line([...CSV_HEADER]),
    ...data.chronology.map(eventLine),
    ...data.undated.map(eventLine),
    ...attachmentLines(data.records),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
