/**
 * The index never disagrees with the records: after every create, update and delete, after a
 * failed write (rolled back with the data), when names copied into other records change, after
 * a rebuild, and when a database is opened with a missing or damaged index.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../db/store/open';
import { createRecord, deleteRecord, inTransaction, patchRecord } from '../../../../../db/store/records';
import { checkSearchIndex, rebuildSearchIndex, staleDocs } from '../../../../../db/store/search-index';
import { snapshot, tempDbFile } from '../../../../support/temp-db';
import { buildFixture, find } from './fixture';
import { withTodaysSharedTables } from '../../../../support/older-register';

/** Index rows by record: what a rebuild must reproduce exactly. */
function indexRows(db: Db): unknown[] {
  return db
    .prepare(
      'SELECT record_id, kind, title, subtitle, date, fields, spans, sig, text_hash FROM search_docs ORDER BY record_id',
    )
    .all();
}

function expectExact(db: Db): void {
  expect(staleDocs(db)).toEqual([]);
  expect(checkSearchIndex(db, { repair: false, deep: true })).toMatchObject({ ok: true, problems: [] });
}

describe('the index stays exact', () => {
  it('after create, update and delete', () => {
    const { db, ids } = buildFixture();
    expectExact(db);
    const id = createRecord(db, 'meeting', {
      title: 'Harbour visit',
      type: 'other',
      date: '3 March 2023',
      minutes: 'Submarine rescue drill.',
    }).id;
    expect(find(db, 'submarine')).toEqual([id]);
    patchRecord(db, 'meeting', id, (m) => ({ ...m, minutes: 'Mine countermeasures drill.' }));
    expect(find(db, 'submarine')).toEqual([]);
    expect(find(db, 'countermeasures')).toEqual([id]);
    // Among meetings (agreements and programmes still in force or under way are dated in March 2023 too).
    expect(find(db, 'meetings March 2023')).toEqual([id]);
    patchRecord(db, 'meeting', id, (m) => ({ ...m, date: '2024' }));
    expect(find(db, 'meetings March 2023')).toEqual([]);
    expectExact(db);
    deleteRecord(db, 'meeting', id);
    expect(find(db, 'countermeasures')).toEqual([]);
    expect(find(db, '', { kinds: ['meeting'] })).not.toContain(id);
    expectExact(db);
    void ids;
  });

  it('a failed write leaves data and index exactly as they were', () => {
    const { db, ids } = buildFixture();
    const before = snapshot(db); // includes the FTS5 shadow tables: the index itself, byte for byte
    // A write that fails validation of a reference, half-way through the store's transaction.
    expect(() =>
      createRecord(db, 'meeting', {
        title: 'Ghost meeting',
        type: 'call',
        participants: [{ partyId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }],
      }),
    ).toThrow(/No record with id/);
    // A write that succeeds and is then rolled back by a failure later in the same transaction.
    expect(() =>
      inTransaction(db, () => {
        createRecord(db, 'meeting', { title: 'Phantom meeting', type: 'call', minutes: 'phantom words' });
        patchRecord(db, 'party', ids.france, (p) => ({ ...p, name: 'République française' }));
        throw new Error('disk on fire');
      }),
    ).toThrow();
    expect(snapshot(db)).toEqual(before);
    expect(find(db, 'phantom')).toEqual([]);
    expect(find(db, 'republique')).toEqual([]);
    expect(find(db, 'france')).toContain(ids.france);
    expectExact(db);
  });

  it('renaming a party updates the records that name it, and only after commit', () => {
    const { db, ids } = buildFixture();
    patchRecord(db, 'party', ids.japaneseMod, (p) => ({
      ...p,
      name: 'Japanese Ministry of Defense',
      nativeName: '日本国防衛省',
    }));
    expect(find(db, '"Japanese Ministry of Defense"').sort()).toEqual(
      [ids.japaneseMod, ids.kishi, ids.kishiCall].sort(),
    );
    expect(find(db, '"Ministry of Defense of Japan"')).toEqual([]);
    expect(find(db, '日本国')).toEqual(expect.arrayContaining([ids.japaneseMod, ids.kishiCall]));
    expectExact(db);
  });

  it('moving a party under another changes what the parent filter finds', () => {
    const { db, ids } = buildFixture();
    expect(find(db, '', { partyId: ids.france })).not.toContain(ids.pilotMou);
    patchRecord(db, 'party', ids.italianAirForce, (p) => ({ ...p, parentId: ids.france })); // nonsense, but a real edit
    expect(find(db, '', { partyId: ids.france })).toEqual(expect.arrayContaining([ids.pilotMou, ids.italianAirForce]));
    expect(find(db, '', { partyId: ids.italy })).not.toContain(ids.pilotMou);
    expectExact(db);
  });

  it('renaming a person updates the meetings they attended', () => {
    const { db, ids } = buildFixture();
    patchRecord(db, 'person', ids.kishi, (p) => ({ ...p, name: 'Nobuo Kishi-Abe' }));
    expect(find(db, 'abe').sort()).toEqual([ids.kishi, ids.kishiCall].sort());
    expectExact(db);
  });

  it('a detaching delete reindexes the records it was taken out of', () => {
    const { db, ids } = buildFixture();
    deleteRecord(db, 'party', ids.france, { detach: true });
    expect(find(db, 'france')).toEqual([ids.logistics]); // its title still says France; the party list no longer does
    expect(find(db, '', { partyId: ids.france })).toEqual([]);
    expectExact(db);
  });

  it('a rebuild reproduces exactly what the writes maintained', () => {
    const { db, ids } = buildFixture();
    patchRecord(db, 'party', ids.japan, (p) => ({ ...p, shortName: 'JP' }));
    const incremental = indexRows(db);
    const report = rebuildSearchIndex(db);
    expect(report.records).toBe(14);
    expect(indexRows(db)).toEqual(incremental);
    expect(find(db, 'ifts')).toEqual([ids.pilotMou]);
    expectExact(db);
  });
});

describe('checked when a database opens', () => {
  it('a register that had records before the search migration is indexed on open', () => {
    const file = tempDbFile();
    const old = openDatabase(file, { targetVersion: 2 });
    const id = withTodaysSharedTables(
      old,
      () => createRecord(old, 'agreement', { title: 'Old arrangement on maritime patrols', type: 'mou' }).id,
    );
    old.close();
    const db = openDatabase(file);
    try {
      expect(find(db, 'maritime')).toEqual([id]);
      expectExact(db);
    } finally {
      db.close();
    }
  });

  it('a missing row, a stray row or a damaged index is found and rebuilt', () => {
    const { db, file, ids } = buildFixture();
    db.prepare('DELETE FROM search_docs WHERE record_id = ?').run(ids.tempest);
    expect(checkSearchIndex(db, { repair: false })).toMatchObject({
      ok: false,
      problems: ['1 record(s) are missing from the search index.', 'The search index has 14 text rows for 13 records.'],
    });
    db.close();
    const reopened = openDatabase(file);
    try {
      expect(find(reopened, 'tempest')[0]).toBe(ids.tempest);
      expectExact(reopened);
      // Damage the FTS5 b-tree itself (unsafe mode lifts the defensive guard on shadow tables): the check says so and repairs it.
      reopened.unsafeMode(true);
      reopened
        .prepare(
          `UPDATE search_fts_data SET block = zeroblob(length(block)) WHERE id = (SELECT max(id) FROM search_fts_data)`,
        )
        .run();
      reopened.unsafeMode(false);
      const check = checkSearchIndex(reopened);
      expect(check.ok).toBe(false);
      expect(check.problems[0]).toMatch(/^The search index is damaged/);
      expect(check.rebuilt).toBe(true);
      expect(find(reopened, 'ifts')).toEqual([ids.pilotMou]);
      expectExact(reopened);
    } finally {
      reopened.close();
    }
  });

  it('a read-only connection can check without reporting its own read-only state as damage', () => {
    const { db, file } = buildFixture();
    db.close();
    const ro = openDatabase(file, { readonly: true });
    try {
      expect(checkSearchIndex(ro, { deep: true })).toMatchObject({ ok: true, rebuilt: false });
    } finally {
      ro.close();
    }
  });
});
