import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/store/audit';
import { createRecord, deleteRecord, getRecord, updateRecord } from '../../../db/store/records';
import { addStatusEvent, getStatusAsOf, removeStatusEvent, updateStatusEvent } from '../../../db/store/status';
import { errorOf } from '../../support/errors';
import { openTempDb } from '../../support/temp-db';

function setup() {
  const { db } = openTempDb();
  const italy = createRecord(db, 'party', { name: 'Italy', type: 'state' });
  const japan = createRecord(db, 'party', { name: 'Japan', nativeName: '日本', type: 'state' });
  return { db, italy, japan };
}

describe('records: create, read, update, delete', () => {
  it('creates an agreement with parties, party events, areas, status events and tags, and reads it back exactly', () => {
    const { db, italy, japan } = setup();
    const created = createRecord(db, 'agreement', {
      title: 'Memorandum of Understanding on defence cooperation',
      type: 'mou',
      areas: ['training', 'logistics'],
      term: { kind: 'automatic_renewal', expires: '2027-05-31', renewalMonths: 60, noticeMonths: 6 },
      parties: [
        {
          partyId: italy.id,
          role: 'signatory',
          events: [
            { kind: 'signature', date: '15 May 2017' },
            { kind: 'ratification', date: 'c. 2018' },
          ],
        },
        { partyId: japan.id, role: 'signatory', events: [{ kind: 'signature', date: 'May 2017' }] },
      ],
      statusEvents: [
        { status: 'signed', date: 'May 2017', note: 'Signed in Rome' },
        { status: 'in_force', date: 'April 2019' },
      ],
      tags: ['bilateral', 'bilateral'],
    });
    const read = getRecord(db, 'agreement', created.id);
    expect(read).toEqual(created);
    expect(read.kind).toBe('agreement');
    expect(read.version).toBe(1);
    expect(read.parties.map((p) => p.partyId)).toEqual([italy.id, japan.id]);
    expect(read.parties[0]!.events.map((e) => e.date)).toEqual(['2017-05-15', '2018~']);
    expect(read.statusEvents.map((e) => [e.status, e.date])).toEqual([
      ['signed', '2017-05'],
      ['in_force', '2019-04'],
    ]);
    expect(read.term).toEqual({
      kind: 'automatic_renewal',
      expires: '2027-05-31',
      durationMonths: null,
      renewalMonths: 60,
      noticeMonths: 6,
    });
    expect(read.tags).toEqual(['bilateral']);
    expect(read.statusEvents.every((e) => /^[0-9A-Z]{26}$/.test(e.id))).toBe(true);
  });

  it('updates in full, bumps the version, keeps child ids that were sent, and audits before/after', () => {
    const { db, italy } = setup();
    const created = createRecord(db, 'programme', {
      name: 'Tempest',
      type: 'development',
      partners: [{ partyId: italy.id, role: 'partner' }],
      statusEvents: [{ status: 'development', date: 'unknown' }],
    });
    const eventId = created.statusEvents[0]!.id;
    const updated = updateRecord(db, 'programme', created.id, {
      ...created,
      name: 'Tempest (GCAP)',
      milestones: [{ name: 'Concept phase ends', date: '2025' }],
    });
    expect(updated.version).toBe(2);
    expect(updated.statusEvents[0]!.id).toBe(eventId);
    expect(updated.milestones[0]).toMatchObject({ name: 'Concept phase ends', date: '2025' });
    const history = listAudit(db, created.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.summary).toBe('Changed name, milestones');
    expect(history[0]!.before).toMatchObject({ name: 'Tempest' });
    expect(history[0]!.after).toMatchObject({ name: 'Tempest (GCAP)' });
    expect(history[0]!.actor.length).toBeGreaterThan(0);
  });

  it('refuses a stale edit (optimistic concurrency) with CONFLICT', () => {
    const { db, italy } = setup();
    const first = updateRecord(db, 'party', italy.id, { ...italy, shortName: 'IT' }, { expectedVersion: 1 });
    expect(first.version).toBe(2);
    const error = errorOf(() =>
      updateRecord(db, 'party', italy.id, { ...italy, shortName: 'ITA' }, { expectedVersion: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(getRecord(db, 'party', italy.id).shortName).toBe('IT');
  });

  it('rejects references to records that do not exist or are of the wrong kind, naming the field', () => {
    const { db, italy } = setup();
    const missing = errorOf(() =>
      createRecord(db, 'person', { name: 'Kishi Nobuo', partyId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }),
    );
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields).toMatchObject([
      { path: 'partyId', message: 'No record with id 01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    ]);
    const person = createRecord(db, 'person', { name: 'Lorenzo Guerini', partyId: italy.id });
    const wrongKind = errorOf(() =>
      createRecord(db, 'agreement', { title: 'X', type: 'mou', parties: [{ partyId: person.id, role: 'signatory' }] }),
    );
    expect(wrongKind.fields?.[0]).toMatchObject({
      path: 'parties.0.partyId',
      message: `${person.id} is a person, not a party`,
    });
    const self = errorOf(() => updateRecord(db, 'party', italy.id, { ...italy, parentId: italy.id }));
    expect(self.message).toMatch(/cannot refer to itself/);
  });

  it('answers unknown ids with NOT_FOUND naming the kind', () => {
    const { db } = setup();
    const error = errorOf(() => getRecord(db, 'meeting', '01ARZ3NDEKTSV4RRFFQ69G5FAV'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No meeting with id 01ARZ3NDEKTSV4RRFFQ69G5FAV.');
    expect(
      errorOf(() => updateRecord(db, 'party', '01ARZ3NDEKTSV4RRFFQ69G5FAV', { name: 'X', type: 'state' })).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses to delete a record others depend on, naming them; deletes and detaches when asked', () => {
    const { db, italy, japan } = setup();
    const airForce = createRecord(db, 'party', {
      name: 'Italian Air Force',
      type: 'armed_service',
      parentId: italy.id,
    });
    const ta = createRecord(db, 'agreement', {
      title: 'Technical Arrangement',
      type: 'technical_arrangement',
      parties: [
        { partyId: airForce.id, role: 'signatory' },
        { partyId: japan.id, role: 'signatory' },
      ],
    });
    const meeting = createRecord(db, 'meeting', {
      title: 'Ministerial meeting',
      type: 'ministerial_bilateral',
      linkedIds: [ta.id],
    });
    const refused = errorOf(() => deleteRecord(db, 'agreement', ta.id));
    expect(refused.code).toBe('HAS_DEPENDENTS');
    expect(refused.message).toContain('meeting “Ministerial meeting” (discussed at meeting)');
    const partyRefused = errorOf(() => deleteRecord(db, 'party', italy.id));
    expect(partyRefused.message).toContain('party “Italian Air Force” (sub-party)');
    expect(getRecord(db, 'agreement', ta.id).title).toBe('Technical Arrangement');

    const result = deleteRecord(db, 'agreement', ta.id, { detach: true });
    expect(result.detachedFrom).toEqual([meeting.id]);
    expect(getRecord(db, 'meeting', meeting.id).linkedIds).toEqual([]);
    expect(errorOf(() => getRecord(db, 'agreement', ta.id)).code).toBe('NOT_FOUND');
    expect(db.prepare('SELECT count(*) AS n FROM agreement_parties').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(listAudit(db, ta.id).map((a) => a.action)).toEqual(['delete', 'create']);
    expect(listAudit(db, meeting.id)[0]!.summary).toBe('Changed linkedIds');
  });

  it('a detaching delete checks the expected version of the deleted record only, not of the records it detaches from', () => {
    const { db, italy } = setup();
    const meeting = createRecord(db, 'meeting', {
      title: 'Talks',
      type: 'call',
      participants: [{ partyId: italy.id }],
    });
    updateRecord(db, 'meeting', meeting.id, { ...meeting, place: 'Rome' }); // meeting now at version 2
    const result = deleteRecord(db, 'party', italy.id, { detach: true, expectedVersion: italy.version });
    expect(result.detachedFrom).toEqual([meeting.id]);
    expect(getRecord(db, 'meeting', meeting.id).participants).toEqual([]);
  });
});

describe('status events', () => {
  it('add, edit and remove one event at a time; status is derived, and answered as of a date', () => {
    const { db } = setup();
    const wg = createRecord(db, 'working_group', { name: 'Joint Working Group' });
    addStatusEvent(db, 'working_group', wg.id, { status: 'established', date: '2019' });
    let current = addStatusEvent(db, 'working_group', wg.id, {
      status: 'active',
      date: 'January 2021',
      note: '3rd edition',
    });
    expect(current.statusEvents.map((e) => e.status)).toEqual(['established', 'active']);
    expect(getStatusAsOf(db, 'working_group', wg.id, '2020').status?.status).toBe('established');
    expect(getStatusAsOf(db, 'working_group', wg.id, '15/01/2021').status?.status).toBe('active');
    expect(getStatusAsOf(db, 'working_group', wg.id, '2018').status).toBeNull();

    const activeId = current.statusEvents[1]!.id;
    current = updateStatusEvent(db, 'working_group', wg.id, activeId, { status: 'dormant', date: 'Jan 2021' });
    expect(current.statusEvents[1]).toMatchObject({ id: activeId, status: 'dormant', date: '2021-01' });
    current = removeStatusEvent(db, 'working_group', wg.id, activeId);
    expect(current.statusEvents.map((e) => e.status)).toEqual(['established']);
    expect(errorOf(() => removeStatusEvent(db, 'working_group', wg.id, activeId)).code).toBe('NOT_FOUND');
  });

  it('rejects a status from another kind’s vocabulary and an impossible date, naming the field', () => {
    const { db } = setup();
    const wg = createRecord(db, 'working_group', { name: 'JWG' });
    const wrong = errorOf(() => addStatusEvent(db, 'working_group', wg.id, { status: 'in_force', date: '2019' }));
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.fields?.[0]?.path).toBe('status');
    expect(wrong.message).toMatch(
      /Choose a status: Proposed, Established, Active, Dormant, Dissolved — send one of the codes proposed, established, active, dormant, dissolved/,
    );
    const badDate = errorOf(() =>
      addStatusEvent(db, 'working_group', wg.id, { status: 'active', date: '32 Jan 2021' }),
    );
    expect(badDate.fields).toMatchObject([{ path: 'date', message: 'Status date: January 2021 has only 31 days.' }]);
    expect(getRecord(db, 'working_group', wg.id).statusEvents).toEqual([]);
  });
});
