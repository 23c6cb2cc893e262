/**
 * Importing an edited copy of a register whose rows moved: a row inserted at the top, the rows sorted the other way,
 * a title edited in place. Without a key column, rows are matched to the records imported earlier by title first, so
 * no record is merged with its neighbour's data (found by a tester: one inserted row updated 350 of 351 records with
 * the next row's parties and dates).
 */
import { describe, expect, it } from 'vitest';
import type { SheetMapping } from '../../../../../electron/common/domain/sheets/mapping';
import { guessMapping, importSheet, readSheetFile } from '../../../../../electron/node/services/sheets';
import { Store } from '../../../../../db/store';
import { openTempDb } from '../../../../support/temp-db';
import { agreementRegister, csvBytes, type Row } from '../../../../support/sheets';

const ROWS = 300;

async function importCopy(store: Store, rows: Row[], fileName: string, updates: string) {
  const mapping: SheetMapping = {
    ...guessMapping('agreement', (await readSheetFile(csvBytes(rows), fileName)).tables[0]!),
    updates,
  };
  return importSheet(store, csvBytes(rows), { fileName, sheet: '', kind: 'agreement', mapping, dryRun: false });
}

type Db = ReturnType<typeof openTempDb>['db'];

/** Each agreement's id, title and last change, in id order. */
function stamps(db: Db): { id: string; title: string; updatedAt: string; version: number }[] {
  return db
    .prepare(
      `SELECT r.id, a.title, r.updated_at AS updatedAt, r.version FROM records r JOIN agreements a ON a.id = r.id ORDER BY r.id`,
    )
    .all() as { id: string; title: string; updatedAt: string; version: number }[];
}

function registerOf(rows: Row[]) {
  const { db } = openTempDb();
  const store = Store.over(db);
  return {
    db,
    store,
    first: importSheet(store, csvBytes(rows), {
      fileName: 'register.csv',
      sheet: '',
      kind: 'agreement',
      dryRun: false,
    }),
  };
}

describe('re-importing a copy whose rows moved', () => {
  const original = agreementRegister(ROWS);
  const header = original[0]!;
  const body = original.slice(1);

  it('a row inserted at the top is one new record; every other record is unchanged', async () => {
    const { db, store, first } = registerOf(original);
    await first;
    const before = stamps(db);
    const inserted: Row = ['Agreement on pilot exchanges', '', 'MoU', '', 'Italy, Japan', '', '', '', '', ''];
    const outcome = await importCopy(store, [header, inserted, ...body], 'register.csv', 'register.csv');
    expect(outcome.counts).toMatchObject({ create: 1, update: 0, unchanged: ROWS });
    const records = db.prepare(`SELECT count(*) AS n FROM records WHERE kind = 'agreement'`).get() as { n: number };
    expect(records.n).toBe(ROWS + 1);
    // Every record that was there is untouched: same title, same last change.
    const after = stamps(db);
    expect(after.filter((r) => r.title !== 'Agreement on pilot exchanges')).toEqual(before);
  });

  it('the same rows sorted the other way change nothing', async () => {
    const { store, first } = registerOf(original);
    await first;
    const outcome = await importCopy(store, [header, ...[...body].reverse()], 'register.csv', 'register.csv');
    expect(outcome.counts).toMatchObject({ create: 0, update: 0, unchanged: ROWS });
  });

  it('a title edited in place still updates its own record; a moved row with an edit updates only that record', async () => {
    const { db, store, first } = registerOf(original);
    await first;
    const edited = body.map((r) => [...r]);
    const renamedFrom = String(edited[10]![0]).trim();
    edited[10]![0] = `${renamedFrom} (as amended)`;
    edited[20]![9] = 'Text checked against the signed copy.';
    // The edited row moved to the end: every row after it moves up one.
    const moved = [...edited.slice(0, 20), ...edited.slice(21), edited[20]!];
    const outcome = await importCopy(store, [header, ...moved], 'register (edited).csv', 'register.csv');
    expect(outcome.counts).toMatchObject({ create: 0, update: 2, unchanged: ROWS - 2 });
    const titles = db.prepare(`SELECT title FROM agreements WHERE title LIKE '%(as amended)'`).all() as {
      title: string;
    }[];
    expect(titles).toEqual([{ title: `${renamedFrom} (as amended)` }]);
  });
});
