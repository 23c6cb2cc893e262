/**
 * Undo and redo from the audit trail: creates, updates and deletes (with detach) come undone
 * and back exactly, each step audited; the stack is linear and 50 deep; a record changed
 * elsewhere since is a clear refusal that changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { listAudit } from '../../../db/store/audit';
import { createRecord, deleteRecord, findRecord, getRecord, updateRecord } from '../../../db/store/records';
import { readHistory, redoLastChange, undoLastChange, UNDO_DEPTH } from '../../../db/store/undo';
import { dispatch } from '../../../electron/node/handlers/dispatch';
import type { HandlerContext } from '../../../electron/node/handlers/context';
import { bodyOfRecord } from '../../../db/store/verbatim';
import { openTempDb } from '../../support/temp-db';
import { allRows } from '../../safety/support';
import { Store } from '../../../db/store';

function register() {
  const { db, file } = openTempDb();
  const ids = loadSeedArticle(db);
  return { db, file, ids };
}

/** Everything a person could see, without the audit trail and undo bookkeeping (which grow by design). */
function visibleState(db: ReturnType<typeof register>['db']) {
  const rows = allRows(db);
  delete rows.audit;
  delete rows.change_groups;
  delete rows.sqlite_sequence;
  for (const name of Object.keys(rows)) if (name.startsWith('search_')) delete rows[name];
  // Undo writes new versions and times (a record is changed back, not time-travelled); compare content.
  rows.records = (rows.records ?? []).map((r) => {
    const [id, kind, createdAt] = JSON.parse(r) as [string, string, string];
    return JSON.stringify([id, kind, createdAt]);
  });
  return rows;
}

describe('undo and redo', () => {
  it('undoes an update by writing the before snapshot, and redoes it', () => {
    const { db, ids } = register();
    const before = getRecord(db, 'party', ids.japan);
    updateRecord(db, 'party', ids.japan, { ...before, notes: 'strategic partner', tags: ['indo-pacific'] });
    expect(readHistory(db).nextUndo?.label).toMatch(/^Changed notes, tags — party “Japan”$/);
    const undone = undoLastChange(db);
    expect(undone.records).toEqual([{ id: ids.japan, kind: 'party', title: 'Japan', action: 'update' }]);
    const restored = getRecord(db, 'party', ids.japan);
    expect({ ...restored, updatedAt: '', version: 0 }).toEqual({ ...before, updatedAt: '', version: 0 });
    expect(restored.version).toBe(before.version + 2);
    redoLastChange(db);
    expect(getRecord(db, 'party', ids.japan).notes).toBe('strategic partner');
  });

  it('undoes a create by deleting, and a delete by re-creating with the same id, children and creation time', () => {
    const { db } = register();
    const agreement = createRecord(db, 'agreement', {
      title: 'Memorandum on training',
      type: 'mou',
      tags: ['pilots'],
      statusEvents: [
        { status: 'signed', date: 'March 2023' },
        { status: 'in_force', date: '2023' },
      ],
    });
    undoLastChange(db);
    expect(findRecord(db, 'agreement', agreement.id)).toBeUndefined();
    redoLastChange(db);
    expect(getRecord(db, 'agreement', agreement.id).statusEvents).toEqual(agreement.statusEvents);
    deleteRecord(db, 'agreement', agreement.id);
    undoLastChange(db);
    const back = getRecord(db, 'agreement', agreement.id);
    expect(back.statusEvents).toEqual(agreement.statusEvents);
    expect(back.tags).toEqual(['pilots']);
    expect(back.createdAt).toBe(agreement.createdAt);
  });

  it('undoes a delete that detached the record from others as ONE change, references and all', () => {
    const { db, ids } = register();
    const state = visibleState(db);
    const { detachedFrom } = deleteRecord(db, 'programme', ids.cooperationProject, { detach: true });
    expect(detachedFrom.length).toBeGreaterThan(1);
    const history = readHistory(db);
    expect(history.nextUndo?.label).toMatch(/^Deleted programme .* \(and detached it from \d+ records\)$/);
    expect(history.nextUndo?.records).toHaveLength(detachedFrom.length + 1);
    undoLastChange(db);
    expect(visibleState(db)).toEqual(state);
    expect(getRecord(db, 'working_group', ids.jwg).foundingProgrammeId).toBe(ids.cooperationProject);
    redoLastChange(db);
    expect(findRecord(db, 'programme', ids.cooperationProject)).toBeUndefined();
    expect(getRecord(db, 'working_group', ids.jwg).foundingProgrammeId).toBeNull();
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('can undo the whole seed register, record by record, back to empty, and redo it all', () => {
    const { db } = register();
    const full = visibleState(db);
    const changes = readHistory(db).changes.length;
    for (let i = 0; i < changes; i++) undoLastChange(db);
    expect(db.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 0 });
    for (let i = 0; i < changes; i++) redoLastChange(db);
    expect(visibleState(db)).toEqual(full);
  });

  it('audits every undo and redo like any write, and keeps them out of the list of changes', () => {
    const { db, ids } = register();
    updateRecord(db, 'party', ids.italy, { ...getRecord(db, 'party', ids.italy), shortName: 'IT' });
    const auditBefore = listAudit(db, ids.italy).length;
    undoLastChange(db);
    redoLastChange(db);
    const trail = listAudit(db, ids.italy);
    expect(trail).toHaveLength(auditBefore + 2);
    expect(trail[0]!.summary).toMatch(/^Redo “.*”: changed back party “Italy”$/);
    expect(trail[1]!.summary).toMatch(/^Undo “.*”: changed back party “Italy”$/);
    const history = readHistory(db);
    expect(history.changes[0]!.label).toMatch(/Changed shortName — party “Italy”/);
    expect(history.changes[0]!.state).toBe('done');
  });

  it('is a linear stack: redo goes in reverse order of undo, and a new change ends it', () => {
    const { db, ids } = register();
    const edit = (notes: string) => updateRecord(db, 'party', ids.eu, { ...getRecord(db, 'party', ids.eu), notes });
    edit('one');
    edit('two');
    edit('three');
    undoLastChange(db);
    undoLastChange(db);
    expect(getRecord(db, 'party', ids.eu).notes).toBe('one');
    expect(readHistory(db).nextRedo?.label).toMatch(/Changed notes/);
    redoLastChange(db);
    expect(getRecord(db, 'party', ids.eu).notes).toBe('two');
    edit('four');
    expect(readHistory(db).nextRedo).toBeNull();
    expect(() => redoLastChange(db)).toThrow(/Nothing to redo/);
    undoLastChange(db);
    undoLastChange(db);
    expect(getRecord(db, 'party', ids.eu).notes).toBe('one');
  });

  it('offers the last 50 changes and no more', () => {
    const { db, ids } = register();
    for (let i = 1; i <= UNDO_DEPTH + 10; i++)
      updateRecord(db, 'party', ids.eu, { ...getRecord(db, 'party', ids.eu), notes: `edit ${i}` });
    const history = readHistory(db);
    expect(history.changes).toHaveLength(50);
    for (let i = 0; i < 50; i++) undoLastChange(db);
    expect(getRecord(db, 'party', ids.eu).notes).toBe('edit 10');
    expect(() => undoLastChange(db)).toThrow(/Nothing to undo: the last 50 changes are already undone/);
  });

  it('refuses clearly, changing nothing, when the record was changed since by something undo does not know', () => {
    const { db, ids } = register();
    updateRecord(db, 'party', ids.eu, { ...getRecord(db, 'party', ids.eu), notes: 'mine' });
    // Another program writes the record without going through the audit trail (e.g. an old tool).
    db.prepare(`UPDATE parties SET notes = 'theirs' WHERE id = ?`).run(ids.eu);
    const before = allRows(db);
    expect(() => undoLastChange(db)).toThrow(
      /^Cannot undo “Changed notes — party “European Union””: the party “European Union” was changed since \(now version 2\)\. Nothing was changed\.$/,
    );
    expect(allRows(db)).toEqual(before);
  });

  it('refuses an undo aimed at another change than the next one (double click, other window)', () => {
    const { db, ids } = register();
    updateRecord(db, 'party', ids.eu, { ...getRecord(db, 'party', ids.eu), notes: 'x' });
    const next = readHistory(db).nextUndo!;
    undoLastChange(db, { expectedChangeId: next.id });
    expect(() => undoLastChange(db, { expectedChangeId: next.id })).toThrow(/history changed/);
  });

  it('works through the contract, as the UI calls it', async () => {
    const { db, file, ids } = register();
    const ctx: HandlerContext = {
      store: Store.over(db),
      databaseFile: file,
      transport: 'preview',
      appVersion: 'test',
      host: {},
    };
    await dispatch(ctx, 'records.update', {
      kind: 'party',
      id: ids.eu,
      // As the UI sends it: the record's fields without its bookkeeping (the contract refuses unknown fields).
      draft: { ...bodyOfRecord(getRecord(db, 'party', ids.eu)), notes: 'via ui' },
    });
    const list = await dispatch(ctx, 'history.list', {});
    expect(list.ok).toBe(true);
    const next = (list as { value: { nextUndo: { id: number } } }).value.nextUndo;
    const undo = await dispatch(ctx, 'history.undo', { expectedChangeId: next.id });
    expect(undo).toMatchObject({ ok: true, value: { action: 'undo' } });
    expect(getRecord(db, 'party', ids.eu).notes).toBe('');
    expect(await dispatch(ctx, 'history.redo', {})).toMatchObject({ ok: true, value: { action: 'redo' } });
    expect(getRecord(db, 'party', ids.eu).notes).toBe('via ui');
  });
});
