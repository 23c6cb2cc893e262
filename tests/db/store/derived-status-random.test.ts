/**
 * Derived status on random timelines: the model (electron/common/domain/status.ts) and its SQL twins — the views
 * (current_status) and search's as-of expression — give the same status for every record, now and as of any day,
 * including undated events entered last and meetings around today.
 */
import { describe, expect, it } from 'vitest';
import { asOfCutoff, todayIso } from '../../../electron/common/domain/partial-date';
import { recordStatus, recordStatusAsOf, statusAsOf } from '../../../electron/common/domain/status';
import { listSummaries } from '../../../db/store/lists';
import { createRecord } from '../../../db/store/records';
import { openTempDb } from '../../support/temp-db';
import { addDays } from '../../../electron/common/domain/day-math';
import {
  AGREEMENT_STATUSES,
  asOfFromSql,
  DATES,
  MEETING_STATUSES,
  seeded,
  viewStatus,
} from '../../support/status-timelines';

describe('model and SQL agree on random timelines', () => {
  it('current status: 400 agreements with mixed precisions, overlaps, open and undated events', () => {
    const { db } = openTempDb();
    const random = seeded(42);
    for (let i = 0; i < 400; i++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        status: AGREEMENT_STATUSES[Math.floor(random() * AGREEMENT_STATUSES.length)]!,
        date: DATES[Math.floor(random() * DATES.length)]!,
      }));
      const a = createRecord(db, 'agreement', { title: `A${i}`, type: 'mou', statusEvents: events });
      expect({ i, sql: viewStatus(db, a.id) }).toEqual({ i, sql: recordStatus(a) });
    }
  });

  it('as of a day: a list of agreements shows what statusAsOf says, for every record and cutoff', () => {
    const { db } = openTempDb();
    const random = seeded(11);
    const records = Array.from({ length: 150 }, (_, i) =>
      createRecord(db, 'agreement', {
        title: `L${i}`,
        type: 'mou',
        statusEvents: Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
          status: AGREEMENT_STATUSES[Math.floor(random() * AGREEMENT_STATUSES.length)]!,
          date: DATES[Math.floor(random() * DATES.length)]!,
        })),
      }),
    );
    for (const asOf of ['2019', 'Jun 2019', 'Jun 2020', 'Feb 2021', 'Mar 2021', '2021', '2022', '2030']) {
      const listed = new Map(
        listSummaries(db, { kind: 'agreement', asOf }).map((r) => [r.id, r.status?.eventId ?? null]),
      );
      const cutoff = asOfCutoff(asOf).cutoff!;
      const firstDated = db.prepare(
        'SELECT MIN(date_from) AS d FROM status_events WHERE record_id = ? AND date_from IS NOT NULL',
      );
      for (const r of records) {
        // A record everything dated about starts after the day did not exist yet: it is not on that day's list.
        const first = (firstDated.get(r.id) as { d: string | null }).d;
        const existed = first === null || first <= cutoff;
        expect({ asOf, id: r.title, list: listed.get(r.id) }).toEqual({
          asOf,
          id: r.title,
          list: existed ? (statusAsOf(r.statusEvents, cutoff).status?.eventId ?? null) : undefined,
        });
      }
    }
  });

  it('as of a day: the search expression matches recordStatusAsOf for every record and cutoff', () => {
    const { db } = openTempDb();
    const random = seeded(7);
    const records = Array.from({ length: 200 }, (_, i) => {
      const events = Array.from({ length: Math.floor(random() * 5) }, () => ({
        status: MEETING_STATUSES[Math.floor(random() * MEETING_STATUSES.length)]!,
        date: DATES[Math.floor(random() * DATES.length)]!,
      }));
      return createRecord(db, 'meeting', {
        title: `M${i}`,
        type: 'call',
        date: DATES[Math.floor(random() * DATES.length)]!,
        statusEvents: events,
      });
    });
    for (const cutoff of [
      '2018-12-31',
      '2019-06-15',
      '2020-12-31',
      '2021-02-01',
      '2021-03-20',
      '2021-12-31',
      '2030-01-01',
    ]) {
      const sql = asOfFromSql(db, cutoff);
      for (const r of records)
        expect({ cutoff, id: r.title, sql: sql.get(r.id) }).toEqual({
          cutoff,
          id: r.title,
          sql: recordStatusAsOf(r, cutoff).status,
        });
    }
  });

  it('undated events entered last: list and search agree with statusAsOf before, on and after today', () => {
    const { db } = openTempDb();
    const random = seeded(23);
    const today = todayIso();
    const records = Array.from({ length: 150 }, (_, i) => {
      const events = Array.from({ length: Math.floor(random() * 4) }, () => ({
        status: AGREEMENT_STATUSES[Math.floor(random() * AGREEMENT_STATUSES.length)]!,
        date: DATES[Math.floor(random() * DATES.length)]!,
      }));
      // One or two undated statuses entered last, sometimes with a future-dated one before them.
      if (random() < 0.3) events.push({ status: 'terminated', date: '2090' });
      for (let n = 0; n < 1 + Math.floor(random() * 2); n++)
        events.push({ status: AGREEMENT_STATUSES[Math.floor(random() * AGREEMENT_STATUSES.length)]!, date: 'XXXX' });
      return createRecord(db, 'agreement', { title: `U${i}`, type: 'mou', statusEvents: events });
    });
    const firstDated = db.prepare(
      'SELECT MIN(date_from) AS d FROM status_events WHERE record_id = ? AND date_from IS NOT NULL',
    );
    for (const cutoff of ['2019-06-30', '2021-12-31', today, '2030-12-31', '2095-01-01']) {
      const listed = new Map(listSummaries(db, { kind: 'agreement', asOf: cutoff }).map((r) => [r.id, r]));
      const searched = asOfFromSql(db, cutoff);
      for (const r of records) {
        const model = statusAsOf(r.statusEvents, cutoff, today);
        expect({ cutoff, id: r.title, search: searched.get(r.id) }).toEqual({
          cutoff,
          id: r.title,
          search: model.status,
        });
        const first = (firstDated.get(r.id) as { d: string | null }).d;
        if (first !== null && first > cutoff) continue; // not on that day's list
        const row = listed.get(r.id);
        expect({
          cutoff,
          id: r.title,
          list: row?.status?.eventId ?? null,
          later: row?.statusUndatedLater ?? null,
        }).toEqual({ cutoff, id: r.title, list: model.status?.eventId ?? null, later: model.undatedLater });
      }
    }
  });

  it('meetings around today: the view and the model give the same status', () => {
    const { db } = openTempDb();
    const random = seeded(2026);
    const today = todayIso();
    const days = [-400, -40, -1, 0, 1, 40, 400].map((n) => addDays(today, n));
    const dates = [...days, today.slice(0, 7), today.slice(0, 4), 'XXXX', addDays(today, -40).slice(0, 7)];
    const meetings = Array.from({ length: 300 }, (_, i) => {
      const events = Array.from({ length: Math.floor(random() * 3) }, () => ({
        status: MEETING_STATUSES[Math.floor(random() * MEETING_STATUSES.length)]!,
        date: random() < 0.5 ? 'XXXX' : dates[Math.floor(random() * dates.length)]!,
      }));
      const date = dates[Math.floor(random() * dates.length)]!;
      return createRecord(db, 'meeting', { title: `M${i}`, type: 'call', date, statusEvents: events });
    });
    expect(meetings.filter((m) => recordStatus(m)?.eventId === null).length).toBeGreaterThan(50);
    for (const m of meetings)
      expect({ id: m.title, sql: viewStatus(db, m.id) }).toEqual({ id: m.title, sql: recordStatus(m) });
  });
});
