/**
 * A spreadsheet as the importer sees it, whatever file it came from: one table per sheet, a header row and the
 * rows below it, each cell as the file gave it. Reading files (XLSX, CSV, encodings) is electron/node/services/
 * sheets; everything from here on (recognising columns, reading dates, splitting parties, building records) is pure.
 */

/**
 * One cell. Text as written; a number as stored (an Excel date serial is a number too: a date-mapped column decides
 * what it means); a cell the file itself marks as a date is `{ date: 'YYYY-MM-DD' }` (its calendar day, no time).
 */
export type Cell = string | number | { date: string } | null;

export interface SheetTable {
  /** The sheet's name ('' for a CSV file). */
  name: string;
  /** Header texts as written, stray spaces trimmed; an empty header reads "Column C" (its letter). */
  header: string[];
  /** Data rows, each as long as the header. */
  rows: Cell[][];
  /** The row number a person sees in the file (1-based; the header's is headerRow) of each data row. */
  rowNumbers: number[];
  headerRow: number;
}

/** "A", "B" … "Z", "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Texts that mean "nothing here" in real registers: n/a, N/A, NA, -, –, —, ?, none, nil, null, nd… and their Italian
 * forms. A missing marker reads as a blank cell in every column.
 */
const MISSING = new Set([
  '',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'n/d',
  'nd',
  'n.d.',
  '-',
  '--',
  '–',
  '—',
  '?',
  'none',
  'nil',
  'null',
  'tbd',
  'tbc',
  'unknown',
  'non disponibile',
  'nessuno',
  'nessuna',
  'sconosciuto',
  'sconosciuta',
  'da definire',
]);

export function isMissingText(text: string): boolean {
  return MISSING.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && isMissingText(cell));
}

/** A cell as plain text, the way a person would read it in the sheet (dates as YYYY-MM-DD). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(12)));
  return cell.date;
}

/** The text of a cell for a text field: trimmed, missing markers blank, literal "\n" escapes as line breaks. */
export function cellValue(cell: Cell): string {
  if (isBlank(cell)) return '';
  return unescapeBreaks(cellText(cell)).trim();
}

/**
 * Some exports write line breaks as the two characters backslash-n (or backslash-r-backslash-n) inside a cell;
 * those are read as the line breaks they stand for.
 */
export function unescapeBreaks(text: string): string {
  return text.includes('\\') ? text.replace(/\\r\\n|\\n|\\r/g, '\n') : text;
}

/**
 * Folds a name or a header for comparison: accents and case removed, quotes and apostrophes unified, dots and
 * underscores dropped, runs of spaces and punctuation between words made one space. "Côte d’Ivoire" and
 * "cote d'ivoire" fold alike; so do "Date.of.Signature" and "date of signature".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[._]/g, ' ')
    .replace(/[\s\-–—]+/g, ' ')
    .trim();
}
