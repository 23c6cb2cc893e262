/**
 * Reading a spreadsheet file as it really comes: XLSX (exceljs, every sheet; date-formatted cells become dates) or
 * CSV of any common dialect — comma, semicolon (Italian Excel), tab or bar, found by parsing a sample with each;
 * quoted multi-line cells; CRLF, LF and CR line ends mixed; UTF-8 with or without BOM, UTF-16 with BOM, or a legacy
 * code page detected by chardet and decoded by iconv-lite (Windows-1252 for what chardet calls ISO-8859-1: the same
 * letters plus € and the curly quotes Word and Excel write). csv-parse parses; nothing here parses CSV by hand.
 *
 * Every file is hostile input until read: size, rows, columns and an XLSX's unpacked size are bounded, and each
 * failure says in plain words what is wrong with the file.
 */
import chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { AppError } from '../../../common/domain/errors';
import { columnLetter, type Cell, type SheetTable } from '../../../common/domain/sheets/table';

export const MAX_SHEET_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
/** An XLSX is a zip: this bounds what it unpacks to (a small file can unpack to gigabytes). */
const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

export interface SheetFile {
  format: 'xlsx' | 'csv';
  /** CSV only: the text encoding read, and the delimiter found. */
  encoding: string | null;
  delimiter: string | null;
  tables: SheetTable[];
}

const tooWide = (where: string) =>
  new AppError(
    'VALIDATION',
    `${where || 'The file'} has more than ${MAX_COLUMNS} columns: it does not look like a register.`,
  );

const tooBig = () =>
  new AppError(
    'VALIDATION',
    `The file is larger than ${MAX_SHEET_FILE_BYTES / 1024 / 1024} MB. Save only the sheet with the register, or split it into several files.`,
  );

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads `bytes` (named `fileName`) as XLSX or CSV. Throws VALIDATION with a plain message for anything else. */
export async function readSheetFile(bytes: Uint8Array, fileName: string): Promise<SheetFile> {
  if (bytes.byteLength > MAX_SHEET_FILE_BYTES) throw tooBig();
  if (bytes.byteLength === 0) throw new AppError('VALIDATION', `${fileName} is empty.`);
  const lower = fileName.toLowerCase();
  if (isZip(bytes)) return readXlsx(bytes, fileName);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/.test(lower) || bytes[0] === 0xd0)
    throw new AppError(
      'VALIDATION',
      `${fileName} is not an Excel workbook Entente can read. Save it as "Excel Workbook (.xlsx)" or "CSV", then choose it again.`,
    );
  return readCsv(bytes, fileName);
}

// ---- XLSX ------------------------------------------------------------------------------------------------------
async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SheetFile> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('VALIDATION', `${fileName} is damaged or not a spreadsheet (it cannot be unpacked).`);
  }
  let unpacked = 0;
  zip.forEach((_path, entry) => {
    unpacked += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new AppError('VALIDATION', `${fileName} unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB.`);
  if (!zip.file('xl/workbook.xml'))
    throw new AppError(
      'VALIDATION',
      `${fileName} is not an Excel workbook (.xlsx). Save it from its program as .xlsx or CSV and choose it again.`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `${fileName} could not be read as a workbook (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const tables: SheetTable[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'veryHidden') return;
    const grid: { row: number; cells: Cell[] }[] = [];
    if (sheet.actualRowCount > MAX_ROWS + 50)
      throw new AppError(
        'VALIDATION',
        `The sheet “${sheet.name}” has more than ${MAX_ROWS.toLocaleString('en')} rows.`,
      );
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (col > MAX_COLUMNS) throw tooWide(sheet.name);
        cells[col - 1] = xlsxCell(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      grid.push({ row: rowNumber, cells });
    });
    tables.push(toTable(sheet.name, grid));
  });
  if (tables.length === 0) throw new AppError('VALIDATION', `${fileName} has no sheets.`);
  return { format: 'xlsx', encoding: null, delimiter: null, tables };
}

/** One exceljs value as a Cell: rich text joined, formulas by their result, hyperlinks by their text. */
function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // exceljs gives the day as a UTC instant; round to the day so 23:59:59.999 float noise lands right.
    const day = Math.round(value.getTime() / 86_400_000) * 86_400_000;
    return { date: new Date(day).toISOString().slice(0, 10) };
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return xlsxCell((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}

// ---- CSV -------------------------------------------------------------------------------------------------------
/** The text of a CSV file and the encoding it was read in (see the module comment). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: a legacy code page.
  }
  const detected = chardet.detect(bytes) ?? 'windows-1252';
  const name = /^ISO-8859-1$|^ASCII$/i.test(detected) ? 'windows-1252' : detected;
  const encoding = iconv.encodingExists(name) ? name : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
const LINE_ENDS = ['\r\n', '\n', '\r'];

function parseCsv(text: string, delimiter: string, to?: number): string[][] {
  return parse(text, {
    delimiter,
    record_delimiter: LINE_ENDS,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(to ? { to } : {}),
  }) as string[][];
}

/** The delimiter under which a sample of the file has the most columns, consistently, in most rows. */
function sniffDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseCsv(text, delimiter, 60).filter((r) => r.some((c) => c.trim() !== ''));
    } catch {
      continue;
    }
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [width, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (width < 2) continue;
    const score = (n / rows.length) * Math.min(width, 30);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsv(bytes: Uint8Array, fileName: string): SheetFile {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000'))
    throw new AppError('VALIDATION', `${fileName} is not a text (CSV) file or an Excel workbook.`);
  const delimiter = sniffDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, delimiter);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('VALIDATION', `${fileName} is not a readable CSV file: ${reason}`);
  }
  if (records.length > MAX_ROWS + 50)
    throw new AppError('VALIDATION', `${fileName} has more than ${MAX_ROWS.toLocaleString('en')} rows.`);
  if (records.some((r) => r.length > MAX_COLUMNS)) throw tooWide(fileName);
  const grid = records.map((cells, i) => ({ row: i + 1, cells: cells.map((c): Cell => (c === '' ? null : c)) }));
  return {
    format: 'csv',
    encoding,
    delimiter,
    tables: [
      toTable(
        '',
        grid.filter((r) => r.cells.some((c) => c !== null)),
      ),
    ],
  };
}

// ---- both ------------------------------------------------------------------------------------------------------
/**
 * The header row is the first of the top rows that is nearly as full as the fullest of them (a title line above the
 * table — "Registro degli accordi, 2024" — is skipped). Headers are trimmed, their inner spaces and line breaks made
 * one space; an empty header is named by its column letter and a repeated one numbered ("Date (2)").
 */
function toTable(name: string, grid: { row: number; cells: Cell[] }[]): SheetTable {
  const filled = (cells: Cell[]) => cells.filter((c) => c !== null && String(c).trim() !== '').length;
  const top = grid.slice(0, 15);
  const widest = Math.max(0, ...top.map((r) => filled(r.cells)));
  const headerAt = Math.max(
    0,
    top.findIndex((r) => filled(r.cells) >= Math.max(1, Math.ceil(widest * 0.6))),
  );
  const headerRow = grid[headerAt];
  const data = grid.slice(headerAt + 1);
  const width = Math.max(headerRow?.cells.length ?? 0, ...data.map((r) => r.cells.length));
  const seen = new Map<string, number>();
  const header = Array.from({ length: width }, (_, i) => {
    const raw = headerRow?.cells[i];
    const text = (raw === null || raw === undefined ? '' : typeof raw === 'object' ? raw.date : String(raw))
      .replace(/\s+/g, ' ')
      .trim();
    const base = text || `Column ${columnLetter(i)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
  return {
    name,
    header,
    rows: data.map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? null)),
    rowNumbers: data.map((r) => r.row),
    headerRow: headerRow?.row ?? 1,
  };
}
