/**
 * A list exported to Excel is named after its title, within Excel's sheet-name rules: a title that starts with a
 * space and then an apostrophe (" 'Draft' MoUs") once left an apostrophe first, and exceljs refused the whole export.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRows } from '../../../../../electron/node/services/reports/formats/rows';

describe('list export sheet name', () => {
  it.each([" 'Draft' MoUs ", "'''", " ' '=SUM(A1)' "])('exports %j with a name Excel accepts', async (title) => {
    const { bytes } = await exportRows({ title, headers: ['Title'], rows: [['x']], format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const name = book.worksheets[0]!.name;
    expect(name).not.toMatch(/^['\s]|['\s]$/);
    expect(name.length).toBeGreaterThan(0);
  });
});
