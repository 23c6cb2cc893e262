/**
 * Tables out: one header row and rows of text, as XLSX (exceljs: bold frozen header, a filter, widths that fit) or
 * CSV (RFC 4180 by csv-stringify, UTF-8 with a BOM so Excel reads accents, CRLF). General on purpose — columns in,
 * file out — so every list view, the rejected rows of an import and later column sets all write the same way, and
 * every file written here imports back with no manual mapping.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type TableFormat = 'xlsx' | 'csv';

export interface TableOut {
  /** Sheet name (XLSX; at most 31 characters, as Excel allows). */
  sheetName: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** CSV delimiter (default ','; ';' for a file that came with it). */
  delimiter?: string;
}

// Text a spreadsheet would run as a formula gets an apostrophe, which the importer takes off again.
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;

export const MIME: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

export async function writeTable(format: TableFormat, table: TableOut): Promise<Uint8Array> {
  if (format === 'csv') {
    const defused = table.rows.map((r) => r.map((c) => (FORMULA_START.test(c) ? `'${c}` : c)));
    const text = stringify([table.header as string[], ...defused], {
      delimiter: table.delimiter ?? ',',
      record_delimiter: '\r\n',
    });
    return new TextEncoder().encode(`\uFEFF${text}`);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow([...table.header]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.header.length) } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      table.header[i]?.length ?? 0,
      ...table.rows.slice(0, 500).map((r) => Math.min(60, (r[i] ?? '').length)),
    );
    column.width = Math.max(8, Math.min(60, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
