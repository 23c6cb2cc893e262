/** The demo data is the seed article, faithfully: every record it names, no invented dates. */
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { formatPartialDate } from '../../../electron/common/domain/partial-date';
import { currentStatus } from '../../../electron/common/domain/status';
import { listSummaries } from '../../../db/store/lists';
import { countRecords, getRecord } from '../../../db/store/records';
import { openTempDb } from '../../support/temp-db';

describe('seed article demo data', () => {
  it('holds every record of the article with the facts the article gives', () => {
    const { db } = openTempDb();
    const ids = loadSeedArticle(db);
    expect(countRecords(db)).toEqual({ party: 7, person: 2, agreement: 1, working_group: 1, programme: 2, meeting: 4 });

    const parties = listSummaries(db, { kind: 'party' }).map((p) => p.title);
    expect(parties).toEqual(
      expect.arrayContaining([
        'Italy',
        'Japan',
        'European Union',
        'Italian Ministry of Defence',
        'Ministry of Defense of Japan',
        'Italian Air Force',
        'Japan Air Self-Defense Force',
      ]),
    );
    expect(getRecord(db, 'party', ids.italianAirForce).parentId).toBe(ids.italianMod);
    expect(getRecord(db, 'party', ids.japaneseMod).nativeName).toBe('防衛省');

    const kishi = getRecord(db, 'person', ids.kishi);
    expect(kishi).toMatchObject({
      name: 'Kishi Nobuo',
      familyName: 'Kishi',
      roleTitle: 'Minister of Defense',
      partyId: ids.japaneseMod,
    });
    expect(getRecord(db, 'person', ids.guerini)).toMatchObject({
      name: 'Lorenzo Guerini',
      roleTitle: 'Minister of Defence',
      partyId: ids.italianMod,
    });

    const ta = getRecord(db, 'agreement', ids.technicalArrangement);
    expect(ta.type).toBe('technical_arrangement');
    expect(ta.summary).toContain('International Flight Training School (IFTS)');
    expect(ta.parties.map((p) => [p.partyId, p.role])).toEqual([
      [ids.italianAirForce, 'signatory'],
      [ids.japaneseAirForce, 'signatory'],
    ]);
    expect(currentStatus(ta.statusEvents)).toMatchObject({ status: 'signed', date: 'XXXX' });

    const project = getRecord(db, 'programme', ids.cooperationProject);
    expect(project.statusEvents.map((e) => [e.status, formatPartialDate(e.date)])).toEqual([['development', '2019']]);

    const jwg = getRecord(db, 'working_group', ids.jwg);
    expect(jwg.foundingProgrammeId).toBe(ids.cooperationProject);
    expect(jwg.sessions.map((s) => s.edition)).toEqual([1, 2, 3]);
    const third = getRecord(db, 'meeting', jwg.sessions[2]!.meetingId);
    expect(formatPartialDate(third.date)).toBe('Jan 2021');
    expect(jwg.sessions.slice(0, 2).map((s) => getRecord(db, 'meeting', s.meetingId).date)).toEqual(['XXXX', 'XXXX']);

    const tempest = getRecord(db, 'programme', ids.tempest);
    expect(tempest.partners).toContainEqual({ partyId: ids.japan, role: 'strategic_partner' });
    expect(tempest.description).toContain('6th generation');

    const meeting = getRecord(db, 'meeting', ids.ministerialMeeting);
    expect(formatPartialDate(meeting.date)).toBe('c. 2022');
    expect(meeting.summary).toContain(
      'first meeting held in person in Japan after two years of pandemic-related limitations'.replace(/^f/, 'F'),
    );
    expect(meeting.participants.map((p) => p.personId)).toEqual([ids.guerini, ids.kishi]);
    for (const topic of [
      'Ukraine',
      'Indo-Pacific',
      'Mediterranean',
      'European Union',
      'Technical Arrangement',
      'Industrial cooperation',
      'Tempest',
    ]) {
      expect(meeting.topics.some((t) => t.includes(topic))).toBe(true);
    }
    expect(meeting.linkedIds).toEqual(
      expect.arrayContaining([ids.technicalArrangement, ids.jwg, ids.tempest, ids.cooperationProject]),
    );
    expect(meeting.statusEvents[0]?.note).toMatch(/Approximate/);
  });

  it('invents no exact dates: every date is unknown, a year, c. a year, or the article’s January 2021', () => {
    const { db } = openTempDb();
    loadSeedArticle(db);
    const dates = db.prepare(`SELECT date FROM status_events UNION SELECT date FROM meetings`).all() as {
      date: string;
    }[];
    expect(new Set(dates.map((d) => d.date))).toEqual(new Set(['XXXX', '2019', '2021-01', '2022~']));
  });
});
