/**
 * A table of text rows as a file: what a list view exports (its visible columns, in their order, for the rows it
 * shows or the selection). `exportRows` is the one entry point — the spreadsheet import work (issue 12) adds a
 * general column exporter; the two meet here. CSV is RFC 4180 with a BOM and formula-like text defused (the
 * report's csvField); XLSX (exceljs) has a bold, frozen header row and a first sheet named after the list.
 */
import ExcelJS from 'exceljs';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import { csvField } from './csv';

export interface RowsExport {
  /** Sheet name and document title ("Agreements"). */
  title: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  format: 'xlsx' | 'csv';
}

/**
 * The list as a file. Text that got into the register before the input boundary refused unholdable characters (an
 * older version, a direct edit) is stripped here as in every report writer, so the XLSX always opens.
 */
export async function exportRows(input: RowsExport): Promise<{ bytes: Uint8Array; mime: string; extension: string }> {
  const table = stripUnholdableDeep(input);
  if (table.format === 'csv') {
    const lines = [table.headers, ...table.rows].map((cells) => cells.map(csvField).join(','));
    return {
      bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`),
      mime: 'text/csv',
      extension: 'csv',
    };
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'Entente';
  book.title = table.title;
  // Sheet names (Excel's rules, which exceljs enforces by throwing): at most 31 characters, none of : \ / ? * [ ],
  // not starting or ending with an apostrophe.
  const sheetName = table.title
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    // Spaces and apostrophes together: " 'x" trimmed after the apostrophes went would start with one again.
    .replace(/^[\s']+|[\s']+$/g, '');
  const sheet = book.addWorksheet(sheetName || 'List', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: Math.min(
      60,
      Math.max(10, header.length + 2, ...table.rows.slice(0, 200).map((r) => (r[i] ?? '').length * 0.9)),
    ),
  }));
  sheet.getRow(1).font = { bold: true };
  // Text cells stay text: a title such as "=SUM" must not become a formula (exceljs writes strings as strings).
  sheet.addRows(table.rows.map((r) => [...r]));
  const buffer = await book.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(buffer as ArrayBuffer),
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}
