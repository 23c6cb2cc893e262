/**
 * Issue 16 §4: typed links between any two records, seen from both sides, and the vocabularies of real registers
 * (UN Treaty Collection party events, announced/launched programmes, place of signature, titles in other languages).
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../db/store';
import { createRecord, deleteRecord, getRecord, updateRecord } from '../../../db/store/records';
import { undoLastChange } from '../../../db/store/undo';
import { deriveReminders } from '../../../electron/common/domain/reminders';
import { currentStatus } from '../../../electron/common/domain/status';
import { labelOf } from '../../../electron/common/domain/vocab';
import { searchRecords } from '../../../electron/node/services/search/search';
import { errorOf } from '../../support/errors';
import { openTempDb } from '../../support/temp-db';

function programmes() {
  const { db } = openTempDb();
  const gcap = createRecord(db, 'programme', {
    name: 'Global Combat Air Programme',
    shortName: 'GCAP',
    type: 'development',
  });
  const tempest = createRecord(db, 'programme', {
    name: 'Tempest',
    type: 'development',
    links: [{ targetId: gcap.id, kind: 'merged_into' }],
  });
  return { db, gcap, tempest };
}

describe('links between any two records', () => {
  it('Tempest merged into GCAP: "Merged into" on Tempest, "Absorbed" on GCAP', () => {
    const { db, gcap, tempest } = programmes();
    const store = Store.over(db);
    expect(getRecord(db, 'programme', tempest.id).links).toEqual([{ targetId: gcap.id, kind: 'merged_into' }]);
    expect(labelOf(tempest.links[0]!.kind)).toBe('Merged into');
    const incoming = store.incomingLinks(gcap.id);
    expect(incoming).toEqual([{ sourceId: tempest.id, kind: 'merged_into', inverse: 'absorbed' }]);
    expect(labelOf(incoming[0]!.inverse)).toBe('Absorbed');
    expect(store.incomingLinks(tempest.id)).toEqual([]);
  });

  it('links any kinds: a working group founded by an agreement, an amendment amending it', () => {
    const { db, gcap } = programmes();
    const mou = createRecord(db, 'agreement', { title: 'MoU on GCAP', type: 'mou' });
    const jwg = createRecord(db, 'working_group', {
      name: 'GCAP JWG',
      links: [{ targetId: mou.id, kind: 'founded_by' }],
    });
    const amend = createRecord(db, 'agreement', {
      title: 'Amendment 1',
      type: 'mou',
      links: [{ targetId: mou.id, kind: 'amends' }],
    });
    expect(
      Store.over(db)
        .incomingLinks(mou.id)
        .map((l) => [l.sourceId, l.inverse]),
    ).toEqual(
      [
        [jwg.id, 'founded'],
        [amend.id, 'amended_by'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(getRecord(db, 'programme', gcap.id).links).toEqual([]);
  });

  it('refuses a link to itself and the same link twice, with a clear message, writing nothing', () => {
    const { db, gcap, tempest } = programmes();
    const self = errorOf(() =>
      updateRecord(db, 'programme', gcap.id, { ...gcap, links: [{ targetId: gcap.id, kind: 'related' }] }),
    );
    expect(self.code).toBe('VALIDATION');
    expect(self.message).toMatch(/cannot refer to itself/);
    const twice = errorOf(() =>
      updateRecord(db, 'programme', tempest.id, {
        ...tempest,
        links: [
          { targetId: gcap.id, kind: 'merged_into' },
          { targetId: gcap.id, kind: 'merged_into' },
        ],
      }),
    );
    expect(twice.code).toBe('VALIDATION');
    expect(twice.message).toMatch(/already listed/);
    expect(getRecord(db, 'programme', tempest.id).version).toBe(1);
    expect(getRecord(db, 'programme', gcap.id).links).toEqual([]);
  });

  it('deleting a linked-to record names the link, detaches on request, and undo brings the link back', () => {
    const { db, gcap, tempest } = programmes();
    const refused = errorOf(() => deleteRecord(db, 'programme', gcap.id));
    expect(refused.code).toBe('HAS_DEPENDENTS');
    expect(refused.message).toMatch(/Tempest.*links to it: merged into/);
    deleteRecord(db, 'programme', gcap.id, { detach: true });
    expect(getRecord(db, 'programme', tempest.id).links).toEqual([]);
    undoLastChange(db);
    expect(getRecord(db, 'programme', tempest.id).links).toEqual([{ targetId: gcap.id, kind: 'merged_into' }]);
    expect(Store.over(db).incomingLinks(gcap.id)).toHaveLength(1);
  });

  it('undo of an edit that added a link takes it away again', () => {
    const { db, gcap } = programmes();
    const fcas = createRecord(db, 'programme', { name: 'FCAS', type: 'development' });
    updateRecord(db, 'programme', fcas.id, { ...fcas, links: [{ targetId: gcap.id, kind: 'related' }] });
    expect(Store.over(db).incomingLinks(gcap.id)).toHaveLength(2);
    undoLastChange(db);
    expect(getRecord(db, 'programme', fcas.id).links).toEqual([]);
    expect(Store.over(db).incomingLinks(gcap.id)).toHaveLength(1);
  });
});

describe('vocabularies of real registers', () => {
  it('accepts accession and the other UNTC party events, and counts accession as consent to be bound', () => {
    const { db } = openTempDb();
    const japan = createRecord(db, 'party', { name: 'Japan', type: 'state' });
    const italy = createRecord(db, 'party', { name: 'Italy', type: 'state' });
    const treaty = createRecord(db, 'agreement', {
      title: 'Convention on cooperation',
      type: 'treaty',
      parties: [
        {
          partyId: japan.id,
          role: 'signatory',
          events: [
            { kind: 'signature', date: '2010' },
            { kind: 'accession', date: '2012' },
          ],
        },
        {
          partyId: italy.id,
          role: 'signatory',
          events: [
            { kind: 'signature', date: '2010' },
            { kind: 'acceptance', date: '2011' },
            { kind: 'formal_confirmation', date: '2011' },
            { kind: 'succession', date: '2011' },
            { kind: 'provisional_application', date: '2010' },
          ],
        },
      ],
      statusEvents: [{ status: 'signed', date: '2010' }],
    });
    expect(getRecord(db, 'agreement', treaty.id).parties[0]!.events.map((e) => e.kind)).toEqual([
      'signature',
      'accession',
    ]);
    const reminders = deriveReminders(
      {
        agreements: [getRecord(db, 'agreement', treaty.id)],
        programmes: [],
        workingGroups: [],
        meetings: [],
        partyNames: new Map(),
      },
      { today: '2020-01-01', withinDays: 30 },
    );
    expect(reminders.filter((r) => r.kind === 'ratification_outstanding')).toEqual([]);
  });

  it('a programme can be announced, then launched, in that order', () => {
    const { db } = openTempDb();
    const gcap = createRecord(db, 'programme', {
      name: 'GCAP',
      type: 'development',
      statusEvents: [
        { status: 'announced', date: 'Dec 2022' },
        { status: 'launched', date: 'Dec 2023' },
      ],
    });
    expect(currentStatus(getRecord(db, 'programme', gcap.id).statusEvents)?.status).toBe('launched');
  });

  it('an agreement’s place of signature is kept and found by search', () => {
    const { db } = openTempDb();
    const mou = createRecord(db, 'agreement', { title: 'MoU on training', type: 'mou', placeOfSignature: 'Hiroshima' });
    expect(getRecord(db, 'agreement', mou.id).placeOfSignature).toBe('Hiroshima');
    const result = searchRecords(Store.over(db), { query: 'Hiroshima' });
    expect(result.hits.map((h) => h.id)).toEqual([mou.id]);
  });

  it('the Japanese title beside the English and Italian ones is found by search', () => {
    const { db } = openTempDb();
    const gcap = createRecord(db, 'agreement', {
      title: 'Convention establishing the GCAP International Government Organisation',
      type: 'treaty',
      alternateTitles: [
        { language: 'Japanese', title: 'グローバル戦闘航空プログラム国際機関の設立に関する条約' },
        { language: 'Italian', title: "Convenzione istitutiva dell'Organizzazione internazionale GCAP" },
      ],
    });
    expect(getRecord(db, 'agreement', gcap.id).alternateTitles.map((a) => a.language)).toEqual(['Japanese', 'Italian']);
    for (const query of ['国際機関の設立', 'Convenzione istitutiva']) {
      const result = searchRecords(Store.over(db), { query });
      expect(result.hits.map((h) => h.id)).toEqual([gcap.id]);
    }
  });
});
