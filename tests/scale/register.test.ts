/**
 * Issue 13 on a generated register of 1,350+ records (300 agreements, 50 working groups, 1,000 meetings, Italy's
 * side and 20 counterpart states): lists show the counterpart and per-party dates, as of any day; "with Japan"
 * means any of Japan's bodies; reminders are the actionable ones, upcoming first, and can be acknowledged,
 * snoozed and dismissed; bulk writes are one transaction and one undo; search reads dates anywhere in the question
 * and the app's typing mode agrees with the CLI; the dashboard's meetings are newest first, undated last.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/common/domain/day-math';
import { Store } from '../../db/store';
import type { Db } from '../../db/store/sql';
import { recentMeetings } from '../../electron/node/handlers/records';
import { searchRecords } from '../../electron/node/services/search/search';
import { exportListView } from '../../electron/node/services/reports/list-export';
import { snapshot } from '../support/temp-db';
import { openDatabase } from '../../db/store/open';
import { generateTreatyRegister, type TreatyRegister } from '../support/treaty-register';

const TODAY = '2026-11-30';
let db: Db;
let store: Store;
let reg: TreatyRegister;

// One register for the whole file (built once: ~1,350 records); the per-test temp helpers close theirs after each test.
const dir = mkdtempSync(join(tmpdir(), 'entente-scale-'));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  db = openDatabase(join(dir, 'register.sqlite'));
  store = Store.over(db);
  reg = generateTreatyRegister(db, TODAY);
  store.updateRegisterSettings({ homePartyId: reg.italy });
}, 120_000);

describe('our side and the lists', () => {
  it('is a register of over 1,000 records', () => {
    expect(reg.records).toBeGreaterThanOrEqual(1_350);
    expect(store.registerSettings()).toMatchObject({
      homePartyId: reg.italy,
      homePartyName: 'Italy',
      homePartyAsked: true,
    });
  });

  it('every agreement names its counterpart state, never an Italian body, and each party’s own dates', () => {
    const rows = store.listRecords({ kind: 'agreement' });
    expect(rows).toHaveLength(300);
    const names = new Set(reg.countries.map((c) => c.name));
    for (const row of rows) {
      expect(row.counterparts).toHaveLength(1);
      expect(names.has(row.counterparts![0]!.name)).toBe(true);
      expect(row.partyDates!.map((p) => p.side)).toEqual(['home', 'counterpart']);
    }
    const japan = rows.find((r) => r.counterparts![0]!.name === 'Japan' && r.status?.status === 'in_force')!;
    const [ours, theirs] = japan.partyDates!;
    expect(ours).toMatchObject({ side: 'home', sideName: 'Italy' });
    expect(ours!.ratification).toBeDefined();
    expect(theirs).toMatchObject({ side: 'counterpart', sideName: 'Japan' });
    expect(theirs!.signature).toBeDefined();
    expect(theirs!.entryIntoForce).toBeDefined();
  });

  it('the palette tells the agreements apart: no two share title, counterpart, type and month', () => {
    const rows = store.paletteEntries().filter((r) => r.kind === 'agreement');
    expect(rows).toHaveLength(300);
    const looks = rows.map((r) => [r.title, r.counterparts.join(), r.subtitle, r.date.slice(0, 7)].join(' | '));
    expect(looks.filter((look, i) => looks.indexOf(look) !== i)).toEqual([]);
  });

  it('"with Japan" finds the agreements of any of Japan’s bodies', () => {
    const japan = reg.countries.find((c) => c.name === 'Japan')!;
    const found = store.listRecords({ kind: 'agreement', partyId: japan.id }).map((r) => r.id);
    expect(new Set(found)).toEqual(new Set(reg.japanAgreements));
    expect(found.length).toBe(15);
  });

  it('as of a past day: statuses and party dates as they stood then', () => {
    const now = store.listRecords({ kind: 'agreement' });
    const then = new Map(store.listRecords({ kind: 'agreement', asOf: '2000' }).map((r) => [r.id, r]));
    let notYet = 0;
    for (const row of now) {
      const old = then.get(row.id);
      const signed = row.partyDates![0]!.signature!;
      if (signed > '2000-12-31') {
        // Not signed yet in 2000: not on the list of that day at all.
        notYet++;
        expect(old).toBeUndefined();
      } else expect(old?.status).not.toBeNull();
    }
    expect(notYet).toBeGreaterThan(200);
    expect(then.size).toBe(now.length - notYet);
    // A filter by status applies to the status of that day.
    const inForce2000 = store.listRecords({ kind: 'agreement', asOf: '2000', statuses: ['in_force'] });
    expect(inForce2000.length).toBeGreaterThan(0);
    expect(inForce2000.every((r) => then.get(r.id)!.status?.status === 'in_force')).toBe(true);
    expect(() => store.listRecords({ kind: 'agreement', asOf: 'not a date' })).toThrow(/As of/);
  });

  it('exports the view: the visible columns in order, the cells as shown', async () => {
    const file = await exportListView(store, {
      list: { kind: 'agreement', partyId: reg.countries[0]!.id },
      columns: ['title', 'counterparts', 'status', 'entryIntoForce'],
      format: 'csv',
    });
    const lines = new TextDecoder()
      .decode(file.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // The columns shown, in order — led by the Entente ID and with the status date in a cell of its own, so the
    // file imports back with no mapping (issue 12's round trip).
    expect(lines[0]).toBe('Entente ID,Title,Counterpart,Status,Status date,Entry into force (counterpart)');
    expect(lines).toHaveLength(16);
    expect(lines.slice(1).every((l) => l.includes(',Japan,'))).toBe(true);
  });
});

describe('reminders people act on', () => {
  const actionable = () => store.listReminders({ withinDays: 3660, leadTimes: true, today: TODAY });

  it('no "ratification outstanding" for agreements in force; upcoming first, then overdue grouped', () => {
    const list = actionable();
    const inForce = new Set(store.listRecords({ kind: 'agreement', statuses: ['in_force'] }).map((r) => r.id));
    const outstanding = list.filter((r) => r.kind === 'ratification_outstanding');
    expect(outstanding.length).toBeGreaterThan(0);
    expect(outstanding.some((r) => inForce.has(r.recordId))).toBe(false);
    const firstOverdue = list.findIndex((r) => r.overdue);
    expect(firstOverdue).toBeGreaterThan(0);
    expect(list.slice(firstOverdue).every((r) => r.overdue)).toBe(true);
    const upcoming = list.slice(0, firstOverdue).map((r) => r.day);
    expect(upcoming).toEqual([...upcoming].sort());
    expect(new Set(list.slice(0, firstOverdue).map((r) => r.kind))).toEqual(
      new Set(['action_item', 'wg_session', 'notice_by', 'expiry']),
    );
  });

  it('lead times decide when an upcoming reminder shows; an acknowledgement holds until the next lead', () => {
    const notice = actionable().find((r) => r.kind === 'notice_by' && r.daysFromToday > 31)!;
    expect(notice.lead).toBeGreaterThanOrEqual(notice.daysFromToday);
    store.actOnReminder({ key: notice.key, action: 'acknowledged' }, TODAY, { actor: 'desk' });
    expect(actionable().some((r) => r.key === notice.key)).toBe(false);
    // Later, past the next smaller lead time, it is back.
    const later = store
      .listReminders({ withinDays: 3660, leadTimes: true, today: addDays(notice.day, -29) })
      .find((r) => r.key === notice.key);
    expect(later?.lead).toBe(30);
    // Lead times are the register's: shorten notice to 10 days and it is not shown 29 days ahead.
    store.updateRegisterSettings({ leadDays: { notice_by: [10] } });
    expect(
      store
        .listReminders({ withinDays: 3660, leadTimes: true, today: addDays(notice.day, -29) })
        .some((r) => r.key === notice.key),
    ).toBe(false);
    store.updateRegisterSettings({ leadDays: { notice_by: [180, 90, 30] } });
  });

  it('snooze until a day, dismiss for good, put back — each stored with who and when', () => {
    const [a, b] = actionable().filter((r) => r.kind === 'ratification_outstanding');
    store.actOnReminder({ key: a!.key, action: 'snoozed', until: '2026-12-15' }, TODAY, { actor: 'desk' });
    store.actOnReminder({ key: b!.key, action: 'dismissed' }, TODAY, { actor: 'desk' });
    const keys = () => actionable().map((r) => r.key);
    expect(keys()).not.toContain(a!.key);
    expect(keys()).not.toContain(b!.key);
    expect(store.listReminders({ withinDays: 3660, today: '2026-12-16', leadTimes: true }).map((r) => r.key)).toContain(
      a!.key,
    );
    const handled = store.listReminders({ withinDays: 3660, today: TODAY, leadTimes: true, includeHandled: true });
    expect(handled.find((r) => r.key === b!.key)?.handled).toMatchObject({ action: 'dismissed', actor: 'desk' });
    store.actOnReminder({ key: b!.key, action: 'reverted' }, TODAY, { actor: 'desk' });
    expect(keys()).toContain(b!.key);
    expect(store.reminderActionLog(b!.key).map((x) => x.action)).toEqual(['dismissed', 'reverted']);
    expect(() => store.actOnReminder({ key: a!.key, action: 'snoozed', until: TODAY }, TODAY)).toThrow(/after today/);
  });
});

describe('bulk actions', () => {
  it('tags 300 agreements as ONE change that ONE undo reverses', () => {
    const before = snapshot(db);
    const result = store.runBulk(reg.agreements, { action: 'tag', tag: 'review-2027' }, { actor: 'desk' });
    expect(result).toEqual({ changed: 300, label: 'Tagged 300 agreements “review-2027”' });
    expect(store.getRecord('agreement', reg.agreements[7]!).tags).toContain('review-2027');
    expect(store.history(5).nextUndo).toMatchObject({ label: 'Tagged 300 agreements “review-2027”' });
    store.undo();
    const after = snapshot(db);
    // Row order may differ (undo rewrites rows); the rows themselves must not.
    const rows = (snap: Record<string, unknown[]>, table: string) => snap[table]!.map((r) => JSON.stringify(r)).sort();
    for (const table of ['agreements', 'agreement_parties', 'tags', 'status_events'])
      expect(rows(after, table)).toEqual(rows(before, table));
  });

  it('a bad status event on one record leaves all of them as they were', () => {
    const before = snapshot(db);
    const mixed = [...reg.agreements.slice(0, 5), reg.workingGroups[0]!];
    expect(() => store.runBulk(mixed, { action: 'status', event: { status: 'in_force', date: '2026' } })).toThrow(
      /Working group/,
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('delete refuses while records outside the selection refer to it, and detaches on request', () => {
    const group = reg.workingGroups[3]!;
    const session = store.getRecord('working_group', group).sessions[0]!.meetingId;
    expect(() => store.runBulk([session], { action: 'delete' })).toThrow(/outside the selection/);
    expect(store.bulkDependents([session]).map((d) => d.id)).toEqual([group]);
    store.runBulk([session], { action: 'delete', detach: true });
    expect(store.findRecord('meeting', session)).toBeUndefined();
    store.undo();
    expect(store.findRecord('meeting', session)).toBeDefined();
    expect(store.getRecord('working_group', group).sessions[0]!.meetingId).toBe(session);
  });
});

describe('search understands the question', () => {
  const ids = (query: string, mode?: 'typing') =>
    searchRecords(store, { query, limit: 200, today: TODAY, ...(mode ? { mode } : {}) }).hits.map((h) => h.id);

  it('"japan training 2021" finds the January 2021 session, in the app (typing) as in the CLI, in any order', () => {
    const cli = ids('japan training 2021');
    expect(cli).toContain(reg.japanTrainingSession);
    expect(ids('japan training 2021', 'typing')).toEqual(cli);
    expect(new Set(ids('2021 japan training'))).toEqual(new Set(cli));
    expect(new Set(ids('training 2021 japan', 'typing'))).toEqual(new Set(cli));
    expect(ids('japan jan 2021')).toContain(reg.japanTrainingSession);
    const result = searchRecords(store, { query: 'japan training 2021', today: TODAY });
    expect(result.dates).toEqual([{ text: '2021', from: '2021-01-01', to: '2021-12-31', label: '2021' }]);
  });

  it('"japan training 2021" lists rows a person can tell apart: no two hits share a title', () => {
    const titles = searchRecords(store, { query: 'japan training 2021', today: TODAY }).hits.map((h) => h.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it('"since 2019" and relative dates filter by date', () => {
    const since = searchRecords(store, { query: 'japan training since 2019', today: TODAY, limit: 200 });
    expect(since.hits.length).toBeGreaterThan(0);
    // Meetings are dated by their own date: all of them from 2019 on.
    const meetings = since.hits.filter((h) => h.kind === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((h) => h.date >= '2019')).toBe(true);
    const lastMonth = searchRecords(store, { query: 'staff talks last month', today: TODAY });
    expect(lastMonth.dates?.[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    const italian = searchRecords(store, { query: 'staff talks il mese scorso', today: TODAY });
    expect(italian.hits.map((h) => h.id)).toEqual(lastMonth.hits.map((h) => h.id));
  });
});

describe('dashboard', () => {
  it('recent meetings: dated ones newest first, undated last', () => {
    const recent = recentMeetings(store.listRecords({ kind: 'meeting' }), TODAY);
    expect(recent).toHaveLength(10);
    const dated = recent.filter((m) => m.date !== 'XXXX');
    expect(dated.length).toBe(10);
    const ends = dated.map((m) => m.date);
    expect(ends.every((d) => d <= TODAY)).toBe(true);
    const all = store.listRecords({ kind: 'meeting' });
    const few = recentMeetings(
      [...all.filter((m) => m.date === 'XXXX').slice(0, 2), ...all.filter((m) => m.date !== 'XXXX').slice(0, 3)],
      TODAY,
    );
    expect(few.map((m) => m.date === 'XXXX')).toEqual([false, false, false, true, true]);
    const days = few.slice(0, 3).map((m) => m.date);
    expect(days).toEqual([...days].sort().reverse());
    expect(few.at(-1)!.date).toBe('XXXX');
  });
});

describe('saved views', () => {
  it('keep filters, columns and sort per list, by unique name', () => {
    const view = store.createSavedView({
      list: 'agreement',
      name: 'Japan, in force',
      spec: {
        filters: { partyId: reg.countries[0]!.id, statuses: ['in_force'] },
        columns: { hidden: ['date'] },
        sort: [{ id: 'title', desc: false }],
      },
    });
    expect(store.savedViews('agreement').map((v) => v.name)).toEqual(['Japan, in force']);
    expect(() => store.createSavedView({ list: 'agreement', name: 'japan, IN FORCE', spec: {} })).toThrow(
      /already exists/,
    );
    expect(store.savedViews('meeting')).toEqual([]);
    store.deleteSavedView(view.id);
    expect(store.savedViews()).toEqual([]);
  });
});

describe('search reads kind words as a kind filter', () => {
  let lastMonth: string[];
  let agreementOnMeetings: string;
  beforeAll(() => {
    // Three meetings held last month (October 2026), none with the word "meeting" in its text, and an agreement
    // signed last month whose title says "meetings": "meetings last month" must find the three and not the agreement.
    lastMonth = [
      store.createRecord('meeting', {
        title: 'Staff talks with Japan, autumn round',
        type: 'staff_talks',
        date: '2026-10-07',
        statusEvents: [{ status: 'held', date: '2026-10-07' }],
      }).id,
      store.createRecord('meeting', {
        title: 'Italy–France training working group, extra session',
        type: 'jwg_session',
        date: '2026-10-21',
        statusEvents: [{ status: 'held', date: '2026-10-21' }],
      }).id,
      store.createRecord('meeting', {
        title: 'Visit of the Greek chief of defence',
        type: 'state_visit',
        date: 'October 2026',
      }).id,
    ];
    agreementOnMeetings = store.createRecord('agreement', {
      title: 'Arrangement on the meetings of the Italy–Qatar defence committee',
      type: 'technical_arrangement',
      statusEvents: [{ status: 'signed', date: '2026-10-12' }],
    }).id;
  });
  const search = (query: string, datesAsText?: string[]) =>
    searchRecords(store, { query, limit: 200, today: TODAY, ...(datesAsText ? { datesAsText } : {}) });

  it('"meetings last month" finds exactly last month\'s meetings, with a kind chip and a date chip', () => {
    for (const query of ['meetings last month', 'last month meetings', 'riunioni il mese scorso']) {
      const result = search(query);
      // A kind word is a word too (issue 16, finding 4): the arrangement signed last month whose title says
      // "meetings" is found by the English question, by its words; the Italian one names no such text.
      const sayIt = query.startsWith('riunioni') ? [] : [agreementOnMeetings];
      expect(result.hits.map((h) => h.id).sort(), query).toEqual([...lastMonth, ...sayIt].sort());
      expect(result.kinds?.map((k) => ({ kind: k.kind, label: k.label }))).toEqual([
        { kind: 'meeting', label: 'Meetings' },
      ]);
      expect(result.dates?.[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    }
    // The chip removed: "meetings" is a word again, and only the agreement's title has it.
    expect(search('meetings last month', ['meetings']).hits.map((h) => h.id)).toEqual([agreementOnMeetings]);
  });

  it('sub-types and other kinds: sessions, agreements, working groups, programmes', () => {
    const sessions = search('japan sessions 2021');
    expect(sessions.hits.map((h) => h.id)).toContain(reg.japanTrainingSession);
    // Sessions, or records that say "sessions" (a kind word is a word too).
    expect(sessions.hits.every((h) => /session/i.test(h.title))).toBe(true);
    // 2021's staff talks are meetings too, but not sessions: the word narrowed to the sub-type.
    expect(search('2021').hits.some((h) => h.title.startsWith('Bilateral staff talks'))).toBe(true);
    const all2021 = search('sessions 2021').hits;
    expect(all2021.length).toBeGreaterThan(10);
    expect(all2021.every((h) => /session/i.test(h.title))).toBe(true);
    const japan = search('japan agreements');
    expect(japan.hits.every((h) => h.kind === 'agreement' || /agreement/i.test(h.title))).toBe(true);
    expect(japan.hits.map((h) => h.id)).toEqual(expect.arrayContaining(reg.japanAgreements));
    const groups = search('working groups japan');
    expect(groups.hits.length).toBeGreaterThan(0);
    expect(groups.hits.every((h) => h.kind === 'working_group' || /working group/i.test(h.title))).toBe(true);
    expect(search('programs').kinds?.[0]?.kind).toBe('programme');
  });
});
