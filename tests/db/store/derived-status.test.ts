/**
 * Derived status (electron/common/domain/status.ts, rules 1–5) and the SQL that mirrors it (the views
 * of migration 5, and the as-of expression of search-query.ts) must always give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { asOfCutoff, todayIso } from '../../../electron/common/domain/partial-date';
import {
  currentStatus,
  orderStatusEvents,
  recordStatus,
  recordStatusAsOf,
  statusAsOf,
  statusPeriods,
} from '../../../electron/common/domain/status';
import type { StatusEvent } from '../../../electron/common/domain/types';
import { listSummaries } from '../../../db/store/lists';
import { createRecord } from '../../../db/store/records';
import { openTempDb } from '../../support/temp-db';
import { asOfFromSql, ev, viewStatus } from '../../support/status-timelines';

describe('the rule, on the examples of issue 16', () => {
  it('"Signed · Mar 2021" then "In force · 2021": the year does not go back to 1 January', () => {
    const events = [ev('signed', '2021-03'), ev('in_force', '2021')];
    expect(currentStatus(events)?.status).toBe('in_force');
    expect(statusAsOf(events, '2022-06-30').status?.status).toBe('in_force');
    expect(orderStatusEvents(events).map((e) => e.status)).toEqual(['signed', 'in_force']);
    // Entered the other way round, the later entry still comes later: the dates cannot tell them apart.
    expect(currentStatus([ev('in_force', '2021'), ev('signed', '2021-03')])?.status).toBe('signed');
    // Dates that do not overlap decide whatever the entry order.
    expect(currentStatus([ev('in_force', '2022'), ev('signed', '2021-03')])?.status).toBe('in_force');
  });

  it('an undated status entered after dated ones becomes current ("Superseded · date unknown")', () => {
    const events = [ev('signed', '2015-05'), ev('in_force', '2016'), ev('superseded', 'XXXX')];
    expect(currentStatus(events)).toEqual({ status: 'superseded', date: 'XXXX', eventId: 'superseded@XXXX' });
    expect(orderStatusEvents(events).map((e) => e.status)).toEqual(['signed', 'in_force', 'superseded']);
    // The chart closes the in-force period at an unknown date instead of running it to today, and opens Superseded.
    expect(statusPeriods(events).at(-2)).toMatchObject({ status: 'in_force', end: null, endUnknown: true });
    expect(statusPeriods(events).at(-1)).toMatchObject({ status: 'superseded', end: null, startsAfter: '2016' });
    // As of a day, an undated event cannot be placed: left out, and counted.
    expect(statusAsOf(events, '2020-01-01')).toMatchObject({ status: { status: 'in_force' }, undatedIgnored: 1 });
    // Entered BEFORE the dated ones, it stays background.
    expect(currentStatus([ev('proposed', 'XXXX'), ev('signed', '2015-05')])?.status).toBe('signed');
  });

  it('an undated status entered last is the status as of today or later; as of a past day it is named, not placed', () => {
    const events = [ev('signed', '2014'), ev('in_force', '2015-03'), ev('superseded', 'XXXX')];
    const today = todayIso();
    // On or after today the cutoff means now: the chart's "Superseded · date unknown", not "In force since Mar 2015".
    for (const cutoff of [today, '2099-12-31'])
      expect(statusAsOf(events, cutoff, today)).toEqual({
        status: { status: 'superseded', date: 'XXXX', eventId: 'superseded@XXXX' },
        undatedIgnored: 0,
        undatedLater: null,
      });
    // A past cutoff cannot place it: the last placed status, and the undated one named ("may since have changed").
    expect(statusAsOf(events, '2020-06-30', today)).toEqual({
      status: { status: 'in_force', date: '2015-03', eventId: 'in_force@2015-03' },
      undatedIgnored: 1,
      undatedLater: 'superseded',
    });
    // Entered before the last dated event, it is older news: nothing to note.
    const before = [ev('signed', '2014'), ev('superseded', 'XXXX'), ev('in_force', '2015-03')];
    expect(statusAsOf(before, today, today).status?.status).toBe('in_force');
    expect(statusAsOf(before, '2020-06-30', today).undatedLater).toBeNull();

    const { db } = openTempDb();
    const statusEvents = events.map(({ status, date }) => ({ status, date }));
    const a = createRecord(db, 'agreement', { title: 'Old MoU', type: 'mou', statusEvents });
    const listed = (asOf: string) => listSummaries(db, { kind: 'agreement', asOf }).find((r) => r.id === a.id);
    for (const asOf of ['today', '2099']) {
      expect(listed(asOf)?.status).toMatchObject({ status: 'superseded', date: 'XXXX' });
      expect(listed(asOf)?.statusUndatedLater).toBeUndefined();
      const cutoff = asOfCutoff(asOf, { today }).cutoff!;
      expect(asOfFromSql(db, cutoff).get(a.id)).toMatchObject({ status: 'superseded', date: 'XXXX' });
    }
    expect(listed('2020')?.status).toMatchObject({ status: 'in_force', date: '2015-03' });
    expect(listed('2020')?.statusUndatedLater).toBe('superseded');
    expect(asOfFromSql(db, '2020-12-31').get(a.id)).toMatchObject({ status: 'in_force' });
  });

  it('"Signed · Mar 2021" then "In force · 2021": as of Feb 2021 nothing had happened, in model, list and search', () => {
    const events = [ev('signed', '2021-03'), ev('in_force', '2021')];
    // In force is placed after the signature, so it cannot have begun before it: 1 January does not count.
    expect(statusAsOf(events, '2021-02-28').status).toBeNull();
    expect(statusAsOf(events, '2021-03-31').status?.status).toBe('in_force');
    expect(statusAsOf([ev('signed', '2021-03-10'), ev('in_force', '2021')], '2021-03-09').status).toBeNull();
    const { db } = openTempDb();
    const a = createRecord(db, 'agreement', {
      title: 'Signed then in force',
      type: 'mou',
      statusEvents: events.map(({ status, date }) => ({ status, date })),
    });
    const listed = (asOf: string) => listSummaries(db, { kind: 'agreement', asOf }).find((r) => r.id === a.id);
    expect(asOfFromSql(db, '2021-02-28').get(a.id)).toBeNull();
    expect(asOfFromSql(db, '2021-03-31').get(a.id)).toMatchObject({ status: 'in_force' });
    expect(listed('Feb 2021')?.status ?? null).toBeNull();
    expect(listed('Mar 2021')?.status).toMatchObject({ status: 'in_force' });
  });

  it('"Under negotiation · 2019–2021" entered after "In force · Apr 2021": the range is placed by its start', () => {
    const events = [ev('in_force', '2021-04'), ev('under_negotiation', '2019/2021')];
    expect(currentStatus(events)?.status).toBe('in_force');
    expect(orderStatusEvents(events).map((e) => e.status)).toEqual(['under_negotiation', 'in_force']);
    expect(statusAsOf(events, '2020-06-30').status?.status).toBe('under_negotiation');
    // A range whose start overlaps the other date cannot be told apart from it: entry order decides.
    expect(currentStatus([ev('signed', '2021-03'), ev('suspended', '2021/2023')])?.status).toBe('suspended');
    // "until 2021" has no known start: its whole span counts, so it overlaps and entry order decides.
    expect(currentStatus([ev('in_force', '2021-04'), ev('under_negotiation', '../2021')])?.status).toBe(
      'under_negotiation',
    );
    const { db } = openTempDb();
    const a = createRecord(db, 'agreement', {
      title: 'Back-filled',
      type: 'mou',
      statusEvents: [
        { status: 'in_force', date: 'Apr 2021' },
        { status: 'under_negotiation', date: '2019–2021' },
      ],
    });
    expect(viewStatus(db, a.id)).toMatchObject({ status: 'in_force', date: '2021-04' });
    expect(asOfFromSql(db, '2020-06-30').get(a.id)).toMatchObject({ status: 'under_negotiation' });
  });

  it('the SQL view agrees on both examples', () => {
    const { db } = openTempDb();
    const a = createRecord(db, 'agreement', {
      title: 'A',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: 'Mar 2021' },
        { status: 'in_force', date: '2021' },
      ],
    });
    expect(viewStatus(db, a.id)).toMatchObject({ status: 'in_force', date: '2021' });
    const b = createRecord(db, 'agreement', {
      title: 'B',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: 'May 2015' },
        { status: 'in_force', date: '2016' },
        { status: 'superseded', date: 'unknown' },
      ],
    });
    expect(viewStatus(db, b.id)).toMatchObject({ status: 'superseded', date: 'XXXX' });
    expect(asOfFromSql(db, '2022-12-31').get(a.id)).toMatchObject({ status: 'in_force' });
  });
});

describe('a meeting follows its date until an event says otherwise', () => {
  const today = '2026-01-15';
  const meeting = (date: string, events: StatusEvent[] = []) => ({
    kind: 'meeting' as const,
    date,
    statusEvents: events,
  });

  it('past or today → Held, future → Planned, undated → no status; a "Planned" event is overtaken by the date', () => {
    expect(recordStatus(meeting('2026-01-15'), today)).toEqual({ status: 'held', date: '2026-01-15', eventId: null });
    expect(recordStatus(meeting('2025-12'), today)?.status).toBe('held');
    expect(recordStatus(meeting('2026-01-16'), today)).toEqual({
      status: 'planned',
      date: '2026-01-16',
      eventId: null,
    });
    // A month still running is not known to be over.
    expect(recordStatus(meeting('2026-01'), today)?.status).toBe('planned');
    expect(recordStatus(meeting('XXXX'), today)).toBeNull();
    expect(recordStatus(meeting('2025-11-03', [ev('planned', 'XXXX')]), today)?.status).toBe('held');
    expect(recordStatus(meeting('2025-11-03', [ev('cancelled', '2025-10')]), today)?.status).toBe('cancelled');
    expect(recordStatus(meeting('2026-03-01', [ev('planned', 'XXXX')]), today)?.status).toBe('planned');
    // As of a day: Held once dated by then; never an invented plan.
    expect(recordStatusAsOf(meeting('2025-11-03'), '2025-12-31').status?.status).toBe('held');
    expect(recordStatusAsOf(meeting('2025-11-03'), '2025-10-31').status).toBeNull();
  });

  it('"from 2019" (an open-ended range begun in the past) is Held — under way —, never Planned; in model, list and search', () => {
    expect(recordStatus(meeting('2019/..'), today)).toEqual({ status: 'held', date: '2019/..', eventId: null });
    expect(recordStatus(meeting('2019/..', [ev('planned', 'XXXX')]), today)?.status).toBe('held');
    // Begun later than today it is still ahead; as of a day before it began, nothing yet.
    expect(recordStatus(meeting('2027-03/..'), today)?.status).toBe('planned');
    expect(recordStatusAsOf(meeting('2019/..'), '2020-06-30').status?.status).toBe('held');
    expect(recordStatusAsOf(meeting('2019/..'), '2018-12-31').status).toBeNull();
    const { db } = openTempDb();
    const m = createRecord(db, 'meeting', { title: 'Standing talks', type: 'call', date: 'from 2019' });
    expect(listSummaries(db, { kind: 'meeting' }).find((r) => r.id === m.id)?.status).toEqual({
      status: 'held',
      date: '2019/..',
      eventId: null,
    });
    expect(listSummaries(db, { kind: 'meeting', statuses: ['planned'] }).map((r) => r.id)).not.toContain(m.id);
    expect(asOfFromSql(db, '2020-06-30').get(m.id)).toMatchObject({ status: 'held' });
  });

  it('lists show Held for today\'s meeting with no events, never "no status"', () => {
    const { db } = openTempDb();
    const m = createRecord(db, 'meeting', { title: 'Today', type: 'call', date: todayIso() });
    expect(listSummaries(db, { kind: 'meeting' }).find((r) => r.id === m.id)?.status).toEqual({
      status: 'held',
      date: todayIso(),
      eventId: null,
    });
  });
});

describe('the views stay per-record', () => {
  it("looking up one record's status (search hits do, per row) reads only that record's events", () => {
    const { db } = openTempDb();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    for (const sql of [
      "SELECT * FROM current_status WHERE record_id = 'x'",
      "SELECT * FROM status_event_order WHERE record_id = 'x' AND date_from <= '2021-12-31'",
      "SELECT * FROM status_event_begun WHERE record_id = 'x' AND begun_from <= '2021-12-31'",
    ]) {
      expect(plan(sql)).toContain('USING INDEX status_events_record (record_id=?)');
      expect(plan(sql)).not.toMatch(/SCAN status_events\b/);
    }
  });
});
