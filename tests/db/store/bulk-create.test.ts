/**
 * The import's bulk write stores exactly what the per-record path (createRecord for each row) stored: the same
 * 5,000-row plan written both ways into two empty registers gives the same rows in every table — records, their
 * children, the audit trail undo reads, and the search index byte for byte — so the same searches find the same
 * records in the same order with the same snippets.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../db/store';
import { assignIds, createRecord } from '../../../db/store/records';
import { asOneChange } from '../../../db/store/undo';
import { planImport, readSheetFile } from '../../../electron/node/services/sheets';
import { quickSearch } from '../../../electron/node/services/search/search';
import { agreementRegister, xlsxBytes } from '../../support/sheets';
import { openTempDb, snapshot } from '../../support/temp-db';
import type { Db } from '../../../db/store/sql';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const CTX = { actor: 'tester', now: NOW };

/** Every term of the search index with the record, column and position it is at. */
function terms(db: Db): unknown[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, search_fts, 'instance')`);
  const rows = db.prepare('SELECT term, doc, col, offset FROM temp.terms ORDER BY term, doc, col, offset').all();
  expect(rows.length).toBeGreaterThan(100_000);
  return rows;
}

describe('bulk import write', () => {
  it('stores what createRecord per row stores, for a 5,000-row import', async () => {
    const file = await readSheetFile(await xlsxBytes({ Register: agreementRegister(5000) }), 'big.xlsx');
    const bulk = openTempDb().db;
    const plan = planImport(Store.over(bulk), { fileName: 'big.xlsx', file, sheet: 'Register', kind: 'agreement' });
    expect(plan.counts.create).toBe(5000);
    // Nested rows (status events, parties) get fresh ids on every write: give them theirs now, the same both ways.
    const writes = plan.change.writes.map((w) => ({ ...w, input: assignIds(w.input) }));
    expect(writes.length).toBeGreaterThan(5000);
    const change = { ...plan.change, writes, sources: [], aliases: [] };

    Store.over(bulk).writeSheetImport(change, CTX);

    const single = openTempDb().db;
    asOneChange(
      single,
      change.label,
      () => {
        for (const w of writes) createRecord(single, w.kind, w.input, { ...CTX, id: w.id });
      },
      CTX,
    );

    const a = snapshot(bulk);
    const b = snapshot(single);
    expect(a.records).toHaveLength(5000 + plan.counts.newParties);
    expect(a.audit).toHaveLength(a.records!.length);
    // The index's segments are laid out by when SQLite flushed them (each createRecord's savepoint flushed one):
    // compared by what they hold — every term in every record, column and position — instead of byte for byte.
    // (docsize's `origin` names the segment a row was written to.)
    const segments = new Set(['search_fts_data', 'search_fts_idx', 'search_fts_docsize']);
    const sizes = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), origin: null }));
    expect(sizes(a.search_fts_docsize!)).toEqual(sizes(b.search_fts_docsize!));
    for (const table of Object.keys(b).filter((t) => !segments.has(t)))
      expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
    expect(a.search_docs).toHaveLength(a.records!.length);
    expect(terms(bulk)).toEqual(terms(single));
    // A sample of records read back whole, and searches: the same hits, order and snippets.
    for (const w of writes.filter((_, i) => i % 500 === 7))
      expect(Store.over(bulk).getRecord(w.kind, w.id)).toEqual(Store.over(single).getRecord(w.kind, w.id));
    for (const query of ['Agreement 4321', 'defence cooperation', 'REF/1234', 'Japan', 'notes renewed']) {
      const hits = quickSearch(Store.over(bulk), query, 50);
      expect(hits.hits.length, query).toBeGreaterThan(0);
      expect(hits).toEqual(quickSearch(Store.over(single), query, 50));
    }
  }, 600_000);
});
