/**
 * History a person can read: real writes on a real database, read back from the audit trail, described field
 * by field with human names and old → new values (dates as written, status labels, party names).
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../../db/store/audit';
import { recordTitlesList } from '../../../../db/store/dependents';
import { createRecord, updateRecord } from '../../../../db/store/records';
import { addStatusEvent } from '../../../../db/store/status';
import { FIELD_LABELS, changeLines, describeChanges, describeEntry } from '../../../../electron/common/domain/history';
import { INPUT_SCHEMAS } from '../../../../electron/common/domain/schemas';
import { openTempDb } from '../../../support/temp-db';

function register() {
  const { db } = openTempDb();
  const italy = createRecord(db, 'party', { name: 'Italian Ministry of Defence', type: 'ministry' });
  const japan = createRecord(db, 'party', { name: 'Ministry of Defense of Japan', type: 'ministry' });
  const agreement = createRecord(db, 'agreement', {
    title: 'Memorandum on defence cooperation',
    type: 'mou',
    parties: [{ partyId: italy.id, role: 'signatory' }],
    statusEvents: [{ status: 'signed', date: 'May 2017' }],
  });
  const names = () => new Map(recordTitlesList(db).map((t) => [t.id, t.title]));
  return { db, italy, japan, agreement, names };
}

describe('readable history', () => {
  it('names each changed field and gives old → new values as a person reads them', () => {
    const { db, japan, agreement, names } = register();
    updateRecord(db, 'agreement', agreement.id, {
      ...agreement,
      title: 'Italy–Japan Memorandum on defence cooperation',
      parties: [...agreement.parties, { partyId: japan.id, role: 'beneficiary', events: [] }],
      statusEvents: agreement.statusEvents,
    });
    addStatusEvent(db, 'agreement', agreement.id, {
      status: 'in_force',
      date: 'April 2019',
      note: 'Entered into force',
    });

    const [statusWrite, edit, created] = listAudit(db, agreement.id).map((e) =>
      describeEntry(e, { name: (id) => names().get(id) }),
    );
    expect(statusWrite!.changes).toEqual([
      { field: 'statusEvents', label: 'Status events', added: ['In force · Apr 2019 — Entered into force'] },
    ]);
    expect(edit!.changes.map((c) => c.label)).toEqual(['Title', 'Parties']);
    expect(edit!.changes[0]).toMatchObject({
      before: 'Memorandum on defence cooperation',
      after: 'Italy–Japan Memorandum on defence cooperation',
    });
    expect(edit!.changes[1]).toEqual({
      field: 'parties',
      label: 'Parties',
      added: ['Ministry of Defense of Japan (Beneficiary)'],
    });
    // A created record lists what it was created with; bookkeeping (ids, version, times) never shows.
    expect(created!.action).toBe('create');
    const createdLines = created!.changes.flatMap((c) => changeLines(c));
    expect(createdLines).toContain('Title: (empty) → Memorandum on defence cooperation');
    expect(createdLines).toContain('Type: (empty) → MoU');
    expect(createdLines).toContain('Status events: + Signed · May 2017');
    expect(createdLines).toContain('Parties: + Italian Ministry of Defence (Signatory)');
    expect(createdLines.join('\n')).not.toMatch(/version|updatedAt|createdAt|[0-9A-Z]{26}/);
  });

  it('reports a changed row as old → new, and a reordering as no change', () => {
    const { db, agreement } = register();
    const changed = updateRecord(db, 'agreement', agreement.id, {
      ...agreement,
      parties: [{ ...agreement.parties[0]!, role: 'depositary' }],
      statusEvents: agreement.statusEvents.map((e) => ({ ...e, date: '15 May 2017' })),
    });
    const [entry] = listAudit(db, agreement.id, 1);
    const changes = describeChanges(entry!.before, entry!.after, { name: () => 'Italy' });
    expect(changes).toEqual([
      { field: 'parties', label: 'Parties', changed: [{ before: 'Italy (Signatory)', after: 'Italy (Depositary)' }] },
      {
        field: 'statusEvents',
        label: 'Status events',
        changed: [{ before: 'Signed · May 2017', after: 'Signed · 15 May 2017' }],
      },
    ]);
    const tagged = { ...changed, tags: ['training', 'air'] };
    expect(describeChanges(tagged, { ...tagged, tags: ['air', 'training'] })).toEqual([]);
  });

  it('names a party that no longer exists plainly instead of showing its id', () => {
    const { agreement } = register();
    const lines = describeChanges(null, agreement).flatMap((c) => changeLines(c));
    expect(lines).toContain(`Parties: + deleted record ${agreement.parties[0]!.partyId} (Signatory)`);
  });
});

describe("field names in a record's history", () => {
  it('names every field a record form can change as people do, never by its key', () => {
    const missing = Object.entries(INPUT_SCHEMAS).flatMap(([kind, schema]) =>
      Object.keys(schema.shape)
        .filter((key) => !(key in FIELD_LABELS))
        .map((key) => `${kind}.${key}`),
    );
    expect(missing).toEqual([]);
    expect(FIELD_LABELS.links).toBe('Links');
  });
});
