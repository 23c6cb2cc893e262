/**
 * Every list view exports as XLSX or CSV with the columns it shows, and that file imports back with no manual
 * mapping: into the same register it changes nothing; into an empty one it brings back the same records — titles,
 * types, parties, the derived status and its date, meeting dates — with their ids.
 */
import { describe, expect, it } from 'vitest';
import { LIST_COLUMNS } from '../../../../../electron/common/domain/sheets/views';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { exportList, importSheet, readSheetFile } from '../../../../../electron/node/services/sheets';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { Store } from '../../../../../db/store';
import { openTempDb, snapshot } from '../../../../support/temp-db';

const SHOWN = ['title', 'subtitle', 'parties', 'status', 'date', 'updated'] as const;
const KINDS = ['party', 'agreement', 'meeting', 'programme', 'working_group'] as const;

function view(store: Store, kind: RecordKind) {
  return store
    .listRecords({ kind })
    .map((r) => ({
      id: r.id,
      title: r.title,
      subtitle: r.subtitle,
      parties: [...r.partyNames].sort(),
      status: r.status && { status: r.status.status, date: r.status.date },
      date: r.date,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('list export', () => {
  it('writes the columns shown, headed as the importer reads them, in the list’s order', async () => {
    const { db } = openTempDb();
    loadSeedArticle(db);
    const store = Store.over(db);
    const file = await exportList(store, {
      filter: { kind: 'meeting' },
      sort: { column: 'date', desc: true },
      columns: SHOWN,
      format: 'xlsx',
    });
    const table = (await readSheetFile(file.bytes, file.fileName)).tables[0]!;
    expect(table.header).toEqual([
      'Entente ID',
      'Title',
      'Type',
      'Place',
      'Parties',
      'Status',
      'Status date',
      'Date',
      'Updated',
    ]);
    expect(file.rows).toBe(4);
    const dates = table.rows.map((r) => r[7]);
    expect(dates[0]).toBe('c. 2022');
    expect(file.fileName).toMatch(/^entente-meetings-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(LIST_COLUMNS).toEqual(expect.arrayContaining([...SHOWN]));
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`round-trips every list as ${format.toUpperCase()}: the same register is unchanged, an empty one gets the same records`, async () => {
      const { db } = openTempDb();
      loadSeedArticle(db);
      const store = Store.over(db);
      const target = Store.over(openTempDb().db);
      const before = snapshot(db);
      // Parties first, so the records' party names find them (as a person would import a register).
      for (const kind of KINDS) {
        const file = await exportList(store, { filter: { kind }, columns: SHOWN, format });
        const sheet = (await readSheetFile(file.bytes, file.fileName)).tables[0]!.name;
        const same = await importSheet(store, file.bytes, { fileName: file.fileName, sheet, kind, dryRun: false });
        expect(same.counts, kind).toMatchObject({ create: 0, update: 0, error: 0, unchanged: file.rows });
        const fresh = await importSheet(target, file.bytes, { fileName: file.fileName, sheet, kind, dryRun: false });
        expect(fresh.counts, kind).toMatchObject({ create: file.rows, error: 0 });
      }
      expect(snapshot(db)).toEqual({ ...before, record_sources: expect.any(Array) });
      for (const kind of KINDS) {
        const original = view(store, kind);
        const copy = view(target, kind);
        // A meeting's subtitle shows its place, which the list shows and the file carries; every list column matches.
        expect(
          copy.map((r) => ({ ...r, status: r.status?.status })),
          kind,
        ).toEqual(original.map((r) => ({ ...r, status: r.status?.status })));
        for (const [i, r] of copy.entries())
          expect(r.status?.date ?? null, `${kind} ${r.title}`).toBe(original[i]!.status?.date ?? null);
      }
    }, 120_000);
  }
});
