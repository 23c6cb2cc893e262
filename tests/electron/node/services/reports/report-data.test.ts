import { describe, expect, it } from 'vitest';
import { assembleReport } from '../../../../../electron/node/services/reports';
import { calendarDb, NOW, seededDb } from './fixtures';
import { Store } from '../../../../../db/store';
import { openTempDb } from '../../../../support/temp-db';

const story = (rows: { date: { text: string }; recordTitle: string; event: string }[]) =>
  rows.map((r) => `${r.date.text} | ${r.recordTitle} | ${r.event}`);

describe('report data: the seed article (Italy–Japan, all time)', () => {
  it('tells the story in order, with dates as written and undated events apart', () => {
    const { db, ids } = seededDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan] }, { now: NOW });
    expect(data.title).toBe('Italy–Japan: cooperation timeline');
    expect(data.marking).toBe('UNCLASSIFIED');
    expect(data.scope.description).toBe('Records involving Italy and Japan (incl. sub-parties); all dates.');
    expect(story(data.chronology)).toEqual([
      '2019 | Italian–Japanese technology and equipment implementation project | Development',
      'Jan 2021 | Italy–Japan Joint Working Group on defence technology and equipment | Active',
      'Jan 2021 | Italy–Japan Joint Working Group, 3rd edition | Held',
      'c. 2022 | Italy–Japan defence ministers’ meeting during Minister Guerini’s state visit to Japan | Held',
    ]);
    expect(story(data.undated)).toEqual([
      'unknown | Technical Arrangement between the Italian and Japanese Air Forces | Signed',
      'unknown | Tempest | Development',
      'unknown | Italy–Japan Joint Working Group, 1st edition | Held',
      'unknown | Italy–Japan Joint Working Group, 2nd edition | Held',
    ]);
    expect(data.records.map((r) => r.kind)).toEqual([
      'agreement',
      'programme',
      'programme',
      'working_group',
      'meeting',
      'meeting',
      'meeting',
      'meeting',
    ]);
    const project = data.records.find((r) => r.id === ids.cooperationProject)!;
    expect(project.periods).toEqual([
      {
        status: 'development',
        label: 'Development',
        category: 'active',
        start: { edtf: '2019', text: '2019' },
        end: null,
      },
    ]);
    expect(data.records.find((r) => r.id === ids.technicalArrangement)?.partyNames).toEqual([
      'Italian Air Force',
      'Japan Air Self-Defense Force',
    ]);
    const meeting = data.meetings.find((m) => m.id === ids.ministerialMeeting)!;
    expect(meeting.participants[0]).toBe('Lorenzo Guerini (Italian Ministry of Defence), Italian Defence Minister');
    expect(meeting.date.text).toBe('c. 2022');
    expect(data.generatedAt).toBe(NOW.toISOString());
  });

  it('"as of" keeps only what was known by then and answers the status on that date', () => {
    const { db, ids } = seededDb();
    const data = assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan], asOf: 'Dec 2020' }, { now: NOW });
    expect(data.asOf).toEqual({ edtf: '2020-12', text: 'Dec 2020', cutoff: '2020-12-31' });
    expect(story(data.chronology)).toEqual([
      '2019 | Italian–Japanese technology and equipment implementation project | Development',
    ]);
    expect(data.records.some((r) => r.id === ids.jwg)).toBe(false);
    expect(data.scope.lines).toContain('As of: Dec 2020 (statuses and events known by the end of that date)');
  });

  it('a date range keeps records active in it and events inside it', () => {
    const { db, ids } = calendarDb();
    const data = assembleReport(Store.over(db), { from: '2024', to: '2024' }, { now: NOW });
    expect(story(data.chronology)).toEqual(['10 Jan 2024 | Defence cooperation treaty | Signed']);
    // In force since 2021 and still so in 2024: on the chart although nothing happened to it in 2024.
    expect(data.records.map((r) => r.id)).toContain(ids.fixedTerm);
    expect(data.records.map((r) => r.id)).not.toContain(ids.terminated);
    expect(data.scope.lines).toContain('Dates: from 2024 to 2024');
  });

  it('scopes by party with sub-parties, all or any, by programme, by working group and by selected records', () => {
    const { db, ids } = calendarDb();
    const ofFrance = assembleReport(
      Store.over(db),
      { partyIds: [ids.france], includeMeetings: false },
      { now: NOW },
    ).records.map((r) => r.title);
    expect(ofFrance).toContain('Logistics support arrangement'); // signed by the French Army, a sub-party of France
    expect(ofFrance).not.toContain('Industry day');
    const both = assembleReport(Store.over(db), { partyIds: [ids.frenchArmy, ids.italy] }, { now: NOW }).records.map(
      (r) => r.title,
    );
    expect(both).toEqual(['Logistics support arrangement']);
    const either = assembleReport(
      Store.over(db),
      { partyIds: [ids.frenchArmy, ids.italy], partyMatch: 'any' },
      { now: NOW },
    ).records;
    expect(either.length).toBeGreaterThan(5);
    const programme = assembleReport(Store.over(db), { programmeId: ids.programme }, { now: NOW });
    expect(programme.records.map((r) => r.title).sort()).toEqual([
      'Joint trainer aircraft',
      'Joint trainer working group',
      'Joint trainer working group, 3rd session',
      'Joint trainer working group, 4th session',
    ]);
    expect(programme.chronology.map((r) => r.event)).toContain('Milestone: Critical design review');
    const group = assembleReport(Store.over(db), { workingGroupId: ids.group, includeMeetings: false }, { now: NOW });
    expect(group.records.map((r) => r.title)).toEqual(['Joint trainer working group']);
    const picked = assembleReport(Store.over(db), { recordIds: [ids.fixedTerm, ids.hostile] }, { now: NOW });
    expect(picked.records.map((r) => r.id).sort()).toEqual([ids.fixedTerm, ids.hostile].sort());
    expect(picked.reminders.map((r) => r.kind)).toEqual(['notice_by', 'expiry']);
  });

  it('per-party events appear only when asked for', () => {
    const { db, ids } = calendarDb();
    const without = assembleReport(Store.over(db), { recordIds: [ids.unratified] }, { now: NOW });
    const withParty = assembleReport(
      Store.over(db),
      { recordIds: [ids.unratified], includePartyEvents: true },
      { now: NOW },
    );
    expect(without.chronology.map((r) => r.event)).toEqual(['Under negotiation', 'Signed']);
    expect(withParty.chronology.map((r) => r.event)).toEqual([
      'Under negotiation',
      'Signed',
      'France: signature',
      'Italy: signature',
      'France: ratification',
    ]);
  });

  it('refuses bad requests with messages a person can act on', () => {
    const { db, ids } = calendarDb();
    expect(() => assembleReport(Store.over(db), { from: 'soon' })).toThrow(/From: Not a date/);
    expect(() => assembleReport(Store.over(db), { recordIds: [ids.france] })).toThrow(/scope the report “by party”/);
    expect(() => assembleReport(Store.over(db), { partyIds: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] })).toThrow(
      /no party with id/,
    );
    expect(() => assembleReport(Store.over(db), { pageSize: 'A3' as 'A4' })).toThrow(/Page size must be A4 or Letter/);
    expect(assembleReport(Store.over(db), { marking: '  ' }).marking).toBe('UNCLASSIFIED');
  });
});

describe('the chronology follows the status rule', () => {
  it('"Signed · Mar 2021" then "In force · 2021" are listed in that order, with the status In force', () => {
    const { db } = openTempDb();
    const store = Store.over(db);
    store.createRecord('agreement', {
      title: 'Mixed precision',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: 'Mar 2021' },
        { status: 'in_force', date: '2021' },
      ],
    });
    const data = assembleReport(store, {}, { now: NOW });
    expect(data.chronology.map((r) => `${r.event} · ${r.date.text}`)).toEqual(['Signed · Mar 2021', 'In force · 2021']);
    expect(data.records[0]?.status?.label).toBe('In force');
    expect(data.records[0]?.events.map((e) => e.label)).toEqual(['Signed', 'In force']);
  });
});
