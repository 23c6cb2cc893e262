/**
 * Reading spreadsheet files as they really come: comma UTF-8, semicolon Windows-1252 from an Italian Excel, a BOM,
 * tabs and mixed line ends read the same; XLSX date cells are dates and serials stay numbers for the date column to
 * read; what is not a spreadsheet is refused plainly.
 */
import { describe, expect, it } from 'vitest';
import { planImport, readSheetFile } from '../../../../../electron/node/services/sheets';
import { Store } from '../../../../../db/store';
import { openTempDb } from '../../../../support/temp-db';
import { csvBytes, serialOf, xlsxBytes, type Row } from '../../../../support/sheets';

function tempStore() {
  const { db } = openTempDb();
  return { db, store: Store.over(db) };
}

describe('reading files as they come', () => {
  const rows: Row[] = [
    [' Titolo ', 'Parti', 'Data firma', 'Note '],
    ['Accordo sulla cooperazione', 'Italia; Côte d’Ivoire', '15/01/2021', 'Riga uno\nriga due, con virgola'],
    ['Memorandum d’intesa € 2', 'Società Aerospaziale', '03/04/2020', ''],
  ];
  const expected = [
    ['Accordo sulla cooperazione', 'Italia; Côte d’Ivoire', '15/01/2021', 'Riga uno\nriga due, con virgola'],
    ['Memorandum d’intesa € 2', 'Società Aerospaziale', '03/04/2020', null],
  ];

  it('reads comma UTF-8, semicolon Windows-1252, BOM and mixed line ends alike, headers trimmed', async () => {
    const variants = {
      plain: csvBytes(rows),
      italianExcel: csvBytes(rows, { delimiter: ';', encoding: 'windows-1252', lineEnds: 'crlf' }),
      bom: csvBytes(rows, { encoding: 'utf8-bom', lineEnds: 'mixed' }),
      tabs: csvBytes(rows, { delimiter: '\t', lineEnds: 'mixed' }),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      const file = await readSheetFile(bytes, `${name}.csv`);
      expect(file.tables[0]!.header, name).toEqual(['Titolo', 'Parti', 'Data firma', 'Note']);
      expect(file.tables[0]!.rows, name).toEqual(expected);
    }
    expect((await readSheetFile(variants.italianExcel, 'x.csv')).encoding).toBe('windows-1252');
    expect((await readSheetFile(variants.italianExcel, 'x.csv')).delimiter).toBe(';');
  });

  it('reads XLSX date cells as dates and keeps serials as numbers for the date column to read', async () => {
    const bytes = await xlsxBytes({
      Registro: [
        ['Registro degli accordi 2024'],
        ['Titolo', 'Data firma', 'Entrata in vigore'],
        ['A', new Date('2019-04-01T00:00:00Z'), serialOf('2020-02-29')],
      ],
      Vuoto: [['x']],
    });
    const file = await readSheetFile(bytes, 'r.xlsx');
    expect(file.tables.map((t) => t.name)).toEqual(['Registro', 'Vuoto']);
    const table = file.tables[0]!;
    expect(table.header).toEqual(['Titolo', 'Data firma', 'Entrata in vigore']);
    expect(table.headerRow).toBe(2);
    expect(table.rows[0]).toEqual(['A', { date: '2019-04-01' }, serialOf('2020-02-29')]);
    const { store } = tempStore();
    const plan = planImport(store, { fileName: 'r.xlsx', file, sheet: 'Registro', kind: 'agreement' });
    expect(plan.rows[0]!.status).toEqual({ status: 'in_force', date: '2020-02-29' });
  });

  it('refuses what is not a spreadsheet, plainly', async () => {
    await expect(readSheetFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls')).rejects.toThrow(
      /Save it as "Excel Workbook \(.xlsx\)"/,
    );
    await expect(readSheetFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).rejects.toThrow(
      /damaged or not a spreadsheet/,
    );
    await expect(readSheetFile(new Uint8Array(0), 'e.csv')).rejects.toThrow(/empty/);
  });
});
