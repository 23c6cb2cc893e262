/**
 * "A failure in the middle of any write leaves the database exactly as before." A TEMP
 * trigger makes the audit insert — the LAST step of every write — fail, after the record,
 * its children and the index were already written; every table must then be unchanged.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { createRecord, deleteRecord, getRecord, updateRecord } from '../../db/store/records';
import { addStatusEvent, removeStatusEvent } from '../../db/store/status';
import { openTempDb, snapshot } from '../support/temp-db';

function failNextAudit(db: Database.Database): void {
  db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
}

function expectUnchangedAfterFailure(db: Database.Database, write: () => unknown): void {
  const before = snapshot(db);
  failNextAudit(db);
  expect(write).toThrow(/injected failure/);
  db.exec('DROP TRIGGER temp.fail_audit');
  expect(snapshot(db)).toEqual(before);
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

function demo() {
  const { db } = openTempDb();
  return { db, ids: loadSeedArticle(db) };
}

describe('every write is all-or-nothing', () => {
  it('create of every kind', () => {
    const { db, ids } = demo();
    expectUnchangedAfterFailure(db, () => createRecord(db, 'party', { name: 'France', type: 'state' }));
    expectUnchangedAfterFailure(db, () => createRecord(db, 'person', { name: 'A. Person', partyId: ids.italy }));
    expectUnchangedAfterFailure(db, () =>
      createRecord(db, 'agreement', {
        title: 'New MoU',
        type: 'mou',
        parties: [{ partyId: ids.italy, role: 'signatory', events: [{ kind: 'signature', date: '2020' }] }],
        statusEvents: [{ status: 'signed', date: '2020' }],
      }),
    );
    expectUnchangedAfterFailure(db, () =>
      createRecord(db, 'programme', { name: 'P', type: 'research', milestones: [{ name: 'M', date: '2030' }] }),
    );
    expectUnchangedAfterFailure(db, () =>
      createRecord(db, 'meeting', {
        title: 'Staff talks',
        type: 'staff_talks',
        linkedIds: [ids.tempest],
        topics: ['x'],
      }),
    );
    expectUnchangedAfterFailure(db, () =>
      createRecord(db, 'working_group', { name: 'WG', parties: [{ partyId: ids.japan, role: 'member' }] }),
    );
  });

  it('update, status event edits and delete (including a detaching delete that touches other records)', () => {
    const { db, ids } = demo();
    const ta = getRecord(db, 'agreement', ids.technicalArrangement);
    expectUnchangedAfterFailure(db, () =>
      updateRecord(db, 'agreement', ta.id, { ...ta, title: 'Changed', parties: [] }),
    );
    expectUnchangedAfterFailure(db, () => addStatusEvent(db, 'agreement', ta.id, { status: 'in_force', date: '2023' }));
    expectUnchangedAfterFailure(db, () => removeStatusEvent(db, 'agreement', ta.id, ta.statusEvents[0]!.id));
    expectUnchangedAfterFailure(db, () => deleteRecord(db, 'agreement', ta.id, { detach: true }));
    expectUnchangedAfterFailure(db, () => deleteRecord(db, 'meeting', ids.jwgSessions[2]!, { detach: true }));
  });

  it('a constraint failure half-way through a child list rolls back too', () => {
    const { db, ids } = demo();
    const before = snapshot(db);
    const meeting = getRecord(db, 'meeting', ids.ministerialMeeting);
    // The second action item reuses the first one's id: the primary key fails after the first insert.
    const duplicate = meeting.actionItems.length ? meeting.actionItems[0]!.id : '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    expect(() =>
      updateRecord(db, 'meeting', meeting.id, {
        ...meeting,
        actionItems: [
          { id: duplicate, text: 'first' },
          { id: duplicate, text: 'second' },
        ],
      }),
    ).toThrow(/conflicts with existing data/);
    expect(snapshot(db)).toEqual(before);
  });
});
