/**
 * Spreadsheet fixtures written by the tests themselves, each reproducing a feature real registers have (the
 * published GPTAD register in shared/real-files is the model, never copied): month-first and day-first date columns,
 * columns no value decides, Excel serials and date cells, partial dates, several parties per cell with commas inside
 * names, missing markers, sentinel end dates, `;` with Windows-1252, a BOM, quoted multi-line cells, mixed line ends,
 * headers with stray spaces, duplicated rows, and a register of thousands of rows.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Row = (string | number | Date | null)[];

export interface CsvOptions {
  delimiter?: ',' | ';' | '\t';
  encoding?: 'utf8' | 'utf8-bom' | 'windows-1252';
  /** 'mixed': CRLF and LF alternate from line to line (a file edited on two systems). */
  lineEnds?: 'lf' | 'crlf' | 'mixed';
}

/** A CSV file's bytes, quoted where needed by csv-stringify, with the dialect asked for. */
export function csvBytes(rows: readonly Row[], options: CsvOptions = {}): Uint8Array {
  const text = stringify(
    rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? '')))),
    { delimiter: options.delimiter ?? ',', record_delimiter: '\n' },
  );
  // csv-stringify ends every record with \n; quoted cells keep their own \n inside quotes.
  let lines = 0;
  let inQuotes = false;
  let out = '';
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n' && !inQuotes) {
      const crlf = options.lineEnds === 'crlf' || (options.lineEnds === 'mixed' && lines % 2 === 0);
      out += crlf ? '\r\n' : '\n';
      lines += 1;
      continue;
    }
    out += ch;
  }
  if (options.encoding === 'windows-1252') return new Uint8Array(iconv.encode(out, 'windows-1252'));
  const bytes = new TextEncoder().encode(out);
  if (options.encoding !== 'utf8-bom') return bytes;
  return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}

/** An XLSX workbook's bytes; a Date becomes a date-formatted cell, a number stays a number (an Excel serial). */
export async function xlsxBytes(sheets: Record<string, readonly Row[]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row.map((c) => c ?? null));
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel's serial for a calendar day. */
export function serialOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const STATES = [
  'Italy',
  'Japan',
  'France',
  'Germany',
  'Spain',
  'Côte d’Ivoire',
  'Congo, Dem. Rep. of',
  'Korea, Rep.',
  'Bosnia and Herzegovina',
  'Trinidad and Tobago',
  'United Kingdom',
  'United States',
  'Poland',
  'Greece',
  'Portugal',
  'Netherlands',
  'Belgium',
  'Austria',
  'Sweden',
  'Finland',
  'Denmark',
  'Norway',
  'Canada',
  'Australia',
  'Brazil',
  'Argentina',
  'Chile',
  'India',
  'Indonesia',
  'Viet Nam',
];

const TYPES = ['MoU', 'Technical Arrangement', 'Accordo quadro', 'Treaty', 'Letter of Intent', 'Exchange of notes'];
const STATUS_WORDS = ['in force', 'in vigore', 'expired', 'signed', 'n/a', ''];

/**
 * A register of `count` agreements as a desk office keeps it: header with stray spaces, parties separated by commas
 * (names with commas inside included), dates as Date cells (`dates: 'cells'`), Excel serials, or month-first text,
 * missing markers, a sentinel expiry on every 7th row, and row 3 repeating row 2. Deterministic.
 */
export function agreementRegister(count: number, dates: 'cells' | 'serials' | 'mdy-text' = 'cells'): Row[] {
  const header = [
    ' Title ',
    'Short title',
    'Type',
    'Reference ',
    'Parties',
    'Date of signature',
    'Entry into force',
    'Expiry',
    'Status',
    'Notes',
  ];
  const rows: Row[] = [header];
  for (let i = 0; i < count; i++) {
    const a = STATES[i % STATES.length]!;
    const b = STATES[(i * 7 + 3) % STATES.length]!;
    const c = STATES[(i * 11 + 5) % STATES.length]!;
    const parties = i % 5 === 0 ? `${a}, ${b}, ${c}` : `${a}, ${b}`;
    const year = 1990 + (i % 30);
    const signed = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const inForce = `${year + 1}-${String(((i + 3) % 12) + 1).padStart(2, '0')}-${String(((i + 5) % 27) + 1).padStart(2, '0')}`;
    const date = (iso: string): string | number | Date =>
      dates === 'cells'
        ? new Date(`${iso}T00:00:00Z`)
        : dates === 'serials'
          ? serialOf(iso)
          : `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
    rows.push([
      `Agreement ${i + 1} between ${a} and ${b} on defence cooperation`,
      `AG-${i + 1}`,
      TYPES[i % TYPES.length]!,
      `REF/${1000 + i}`,
      parties,
      i % 13 === 4 ? 'n/a' : date(signed),
      i % 4 === 1 ? 'N/A' : date(inForce),
      i % 7 === 0 ? '31.12.9999' : i % 7 === 3 ? date(`${year + 10}-12-31`) : '-',
      STATUS_WORDS[i % STATUS_WORDS.length]!,
      i % 9 === 0 ? 'Renewed by exchange of notes;\nsee file.' : null,
    ]);
  }
  if (rows.length > 3) rows.splice(3, 0, [...rows[2]!]);
  return rows;
}
