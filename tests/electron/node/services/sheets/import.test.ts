/**
 * Spreadsheet import on real SQLite files (reading the files themselves: read.test.ts): a register imports with its
 * dates, parties, duplicates and missing markers understood, a second import of the same file changes nothing, an
 * edited copy updates only the edited rows, the whole import is one transaction and one undoable change, rejected
 * rows are named and downloadable, and party names the person matched are remembered.
 */
import { describe, expect, it } from 'vitest';
import type { SheetMapping } from '../../../../../electron/common/domain/sheets/mapping';
import {
  guessMapping,
  importSheet,
  openFile,
  planImport,
  previewImport,
  readSheetFile,
  rejectedRows,
} from '../../../../../electron/node/services/sheets';
import { Store } from '../../../../../db/store';
import { openTempDb, snapshot } from '../../../../support/temp-db';
import { agreementRegister, csvBytes, xlsxBytes, type Row } from '../../../../support/sheets';

function tempStore() {
  const { db } = openTempDb();
  return { db, store: Store.over(db) };
}

/** A GPTAD-shaped register: month-first dates, missing markers, many parties per cell, a repeated row. */
const GPTAD_LIKE: Row[] = [
  ['Common.Name', 'Membership', 'Type', 'Date.of.Signature', 'Date.of.Entry.into.Force', 'In.force.status'],
  [
    'ECOWAS',
    'Benin, Burkina Faso, Côte d’Ivoire , Congo, Dem. Rep. of, Ghana\\r\\n',
    'Regional',
    '05/28/1975',
    'N/A',
    'in force',
  ],
  ['Italy - Japan', 'Italy, Japan', 'Bilateral', '03/06/2003', '05/13/2003', 'in force'],
  ['Italy - Japan', 'Italy, Japan', 'Bilateral', '03/06/2003', '05/13/2003', 'in force'],
  ['France - Chile', 'France, Chile', 'Bilateral', 'n/a', 'NA', ''],
  [
    'Andean Community',
    'Bolivia, Colombia, Ecuador, Peru, and Venezuela',
    'Customs union',
    '03/10/1996',
    '05/25/1988',
    'expired',
  ],
];

const count = (store: Store) => store.countRecords();

describe('importing a register', () => {
  it('understands a GPTAD-shaped file: month-first dates, parties split, the duplicate flagged, markers blank, status derived', async () => {
    const { store } = tempStore();
    const bytes = csvBytes(GPTAD_LIKE);
    const outcome = await importSheet(store, bytes, {
      fileName: 'register.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(outcome.counts).toMatchObject({ create: 4, skip: 1, error: 0 });
    const agreements = store.listRecords({ kind: 'agreement' });
    const byTitle = new Map(agreements.map((a) => [a.title, a]));
    expect(byTitle.get('ECOWAS')!.partyNames.sort()).toEqual([
      'Benin',
      'Burkina Faso',
      'Congo, Dem. Rep. of',
      'Côte d’Ivoire',
      'Ghana',
    ]);
    expect(byTitle.get('Italy - Japan')!.status).toMatchObject({ status: 'in_force', date: '2003-05-13' });
    expect(byTitle.get('France - Chile')!.status).toBeNull();
    expect(byTitle.get('Andean Community')!.partyNames).toHaveLength(5);
    const plan = planImport(store, {
      fileName: 'register.csv',
      file: await readSheetFile(bytes, 'register.csv'),
      kind: 'agreement',
    });
    expect(plan.rows.find((r) => r.facts.row === 4)!.skipReason).toBe('Repeats row 3 exactly.');
  });

  it('changes nothing when the same file is imported again, and updates only the edited rows of an edited copy', async () => {
    const { db, store } = tempStore();
    await importSheet(store, csvBytes(GPTAD_LIKE), {
      fileName: 'register.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    const before = snapshot(db);
    const again = await importSheet(store, csvBytes(GPTAD_LIKE), {
      fileName: 'register.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(snapshot(db)).toEqual(before);

    const edited = GPTAD_LIKE.map((r) => [...r]);
    edited[4]![5] = 'expired'; // a status written where there was none
    edited[5]![4] = '05/26/1988'; // a corrected entry-into-force date
    const mapping: SheetMapping = {
      ...guessMapping('agreement', (await readSheetFile(csvBytes(edited), 'e.csv')).tables[0]!),
      updates: 'register.csv',
    };
    const auditBefore = (db.prepare('SELECT max(id) AS id FROM audit').get() as { id: number }).id;
    const outcome = await importSheet(store, csvBytes(edited), {
      fileName: 'register (edited).csv',
      sheet: '',
      kind: 'agreement',
      mapping,
      dryRun: false,
    });
    expect(outcome.counts).toMatchObject({ create: 0, update: 2, unchanged: 2 });
    expect(outcome.changed.map((c) => [c.row, c.title, c.fields])).toEqual([
      [5, 'France - Chile', ['Status events']],
      [6, 'Andean Community', ['Status events']],
    ]);
    const written = db.prepare('SELECT summary FROM audit WHERE id > ?').all(auditBefore) as { summary: string }[];
    expect(written).toHaveLength(2);
    // The copy is now a source too: importing it again changes nothing.
    const third = await importSheet(store, csvBytes(edited), {
      fileName: 'register (edited).csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(third.counts).toMatchObject({ update: 0, unchanged: 4 });
  });

  it('is one undoable change, and a dry run writes nothing', async () => {
    const { db, store } = tempStore();
    const empty = snapshot(db);
    const dry = await importSheet(store, csvBytes(GPTAD_LIKE), {
      fileName: 'r.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: true,
    });
    expect(dry.counts.create).toBe(4);
    expect(snapshot(db)).toEqual(empty);
    const done = await importSheet(store, csvBytes(GPTAD_LIKE), {
      fileName: 'r.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    const history = store.history();
    expect(history.nextUndo!.label).toBe(done.label);
    expect(history.nextUndo!.recordCount).toBe(4 + 14); // 4 agreements, 14 parties
    store.undo();
    expect(Object.values(count(store)).reduce((a, b) => a + b)).toBe(0);
  });

  it('fails whole: a write refused half-way leaves every table as it was', async () => {
    const { db, store } = tempStore();
    await importSheet(store, csvBytes(GPTAD_LIKE), { fileName: 'r.csv', sheet: '', kind: 'agreement', dryRun: false });
    const edited = GPTAD_LIKE.map((r) => [...r]);
    edited[1]![3] = '05/29/1975';
    edited[5]![3] = '03/11/1996';
    const file = await readSheetFile(csvBytes(edited), 'r.csv');
    const plan = planImport(store, { fileName: 'r.csv', file, kind: 'agreement' });
    expect(plan.change.writes).toHaveLength(2);
    // Someone edits the second record after the plan was made: its write is refused, and the first is undone with it.
    const late = store.listRecords({ kind: 'agreement' }).find((a) => a.title === 'Andean Community')!;
    store.updateRecord('agreement', late.id, { ...store.getRecord('agreement', late.id), notes: 'edited meanwhile' });
    const before = snapshot(db);
    expect(() => store.writeSheetImport(plan.change)).toThrow(/Row 6: .*changed elsewhere/);
    expect(snapshot(db)).toEqual(before);
  });

  it('asks for the order of a column nothing decides, and writes nothing until told', async () => {
    const { db, store } = tempStore();
    const rows: Row[] = [
      ['Title', 'Signed'],
      ['A', '03/04/2021'],
      ['B', '05/06/2020'],
    ];
    const empty = snapshot(db);
    await expect(
      importSheet(store, csvBytes(rows), { fileName: 'a.csv', sheet: '', kind: 'agreement', dryRun: false }),
    ).rejects.toThrow(/Say how “Signed” writes dates: day first \(dmy\) or month first \(mdy\)/);
    expect(snapshot(db)).toEqual(empty);
    const mapping: SheetMapping = {
      kind: 'agreement',
      columns: [
        { column: 'Title', target: { field: 'title' } },
        { column: 'Signed', target: { field: 'event', status: 'signed' }, dateOrder: 'mdy' },
      ],
    };
    await importSheet(store, csvBytes(rows), {
      fileName: 'a.csv',
      sheet: '',
      kind: 'agreement',
      mapping,
      dryRun: false,
    });
    expect(store.listRecords({ kind: 'agreement' }).map((a) => a.status?.date)).toEqual(['2021-03-04', '2020-05-06']);
  });

  it('names each rejected row’s column, value and reason, imports the others, and gives them back as a CSV', async () => {
    const { store } = tempStore();
    const rows: Row[] = [
      ['Title', 'Type', 'Signed', 'Parties'],
      ['Good', 'MoU', '15/01/2021', 'Italy'],
      ['', 'MoU', '16/01/2021', 'Italy'],
      ['Bad date', 'MoU', '31/02/2021', 'Japan'],
    ];
    const bytes = csvBytes(rows, { delimiter: ';' });
    const outcome = await importSheet(store, bytes, {
      fileName: 'mixed.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(outcome.counts).toMatchObject({ create: 1, error: 2 });
    expect(outcome.errors).toEqual([
      { row: 3, column: 'Title', value: '', reason: 'Title is required' },
      { row: 4, column: 'Signed', value: '31/02/2021', reason: 'February 2021 has only 28 days.' },
    ]);
    const info = await openFile(bytes, 'mixed.csv');
    const rejected = await rejectedRows(store, info.fileId, { fileName: 'mixed.csv', sheet: '', kind: 'agreement' });
    expect(rejected.rows).toBe(2);
    const text = new TextDecoder().decode(rejected.bytes);
    expect(text).toContain('Title;Type;Signed;Parties;Row;Problem');
    expect(text).toContain('Bad date;MoU;31/02/2021;Japan;4;Signed: February 2021 has only 28 days. (“31/02/2021”)');
    // Fixed and imported again with no mapping: Row and Problem are ignored.
    const fixed = text
      .replace('31/02/2021;Japan', '28/02/2021;Japan')
      .replace(';MoU;16/01/2021', 'Fixed;MoU;16/01/2021');
    const again = await importSheet(store, new TextEncoder().encode(fixed), {
      fileName: 'mixed-rejected.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(again.counts).toMatchObject({ create: 2, error: 0 });
    expect(
      store
        .listRecords({ kind: 'agreement' })
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Bad date', 'Fixed', 'Good']);
  });

  it('lists unknown party names with suggestions, and remembers a merge as an alias for the next import', async () => {
    const { store } = tempStore();
    const bulgaria = store.createRecord('party', { name: 'Bulgaria', type: 'state' });
    const rows: Row[] = [
      ['Title', 'Parties'],
      ['Trade', 'Buglaria, Italy'],
    ];
    const bytes = csvBytes(rows);
    const info = await openFile(bytes, 'p.csv');
    const preview = previewImport(store, info.fileId, {
      fileName: 'p.csv',
      sheet: '',
      kind: 'agreement',
      page: 0,
      pageSize: 10,
      show: 'all',
    });
    expect(preview.parties.map((p) => [p.name, p.outcome, p.suggestion?.name ?? null])).toEqual([
      ['Buglaria', 'create', 'Bulgaria'],
      ['Italy', 'create', null],
    ]);
    const mapping: SheetMapping = {
      ...preview.mapping,
      parties: { names: { Buglaria: { action: 'merge', partyId: bulgaria.id } } },
    };
    const outcome = await importSheet(store, bytes, {
      fileName: 'p.csv',
      sheet: '',
      kind: 'agreement',
      mapping,
      dryRun: false,
    });
    expect(outcome.aliases).toBe(1);
    expect(store.listRecords({ kind: 'agreement' })[0]!.partyNames).toEqual(['Bulgaria', 'Italy']);
    const next = await importSheet(
      store,
      csvBytes([
        ['Title', 'Parti'],
        ['Other', 'BUGLARIA'],
      ]),
      { fileName: 'q.csv', sheet: '', kind: 'agreement', dryRun: false },
    );
    expect(next.counts.newParties).toBe(0);
    expect(store.listRecords({ kind: 'agreement' }).find((a) => a.title === 'Other')!.partyNames).toEqual(['Bulgaria']);
  });

  it('matches rows by a key column across files, whatever their order', async () => {
    const { store } = tempStore();
    const rows: Row[] = [
      ['Codice', 'Titolo', 'Data firma'],
      ['K1', 'Uno', '2019'],
      ['K2', 'Due', '2020'],
    ];
    const first = await importSheet(store, csvBytes(rows), {
      fileName: 'a.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(first.counts.create).toBe(2);
    const reordered: Row[] = [rows[0]!, ['K2', 'Due (rev.)', '2020'], ['K1', 'Uno', '2019'], ['K3', 'Tre', '2021']];
    const second = await importSheet(store, csvBytes(reordered), {
      fileName: 'b.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    });
    expect(second.counts).toMatchObject({ create: 1, update: 1, unchanged: 1 });
    expect(
      store
        .listRecords({ kind: 'agreement' })
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Due (rev.)', 'Tre', 'Uno']);
  });

  it('imports a 5,000-row workbook, and again changes nothing', async () => {
    const { store } = tempStore();
    const bytes = await xlsxBytes({ Register: agreementRegister(5000) });
    const outcome = await importSheet(store, bytes, {
      fileName: 'big.xlsx',
      sheet: 'Register',
      kind: 'agreement',
      dryRun: false,
    });
    expect(outcome.counts).toMatchObject({ create: 5000, skip: 1, error: 0 });
    expect(count(store).agreement).toBe(5000);
    const again = await importSheet(store, bytes, {
      fileName: 'big.xlsx',
      sheet: 'Register',
      kind: 'agreement',
      dryRun: true,
    });
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 5000 });
  }, 240_000);
});
