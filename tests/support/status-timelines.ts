/**
 * Status timelines for the tests that hold the model (electron/common/domain/status.ts) and its SQL twins (views,
 * search's as-of expression) to the same answers: dates of every precision, vocabularies, a seeded generator, and
 * the SQL side read back.
 */
import type { Db } from '../../db/store/open';
import { queryDocs } from '../../db/store/search-query';
import type { StatusEvent } from '../../electron/common/domain/types';
import { ALL_RECORDS } from '../../electron/node/services/search/filters';

/** Mixed precisions that overlap each other in many ways, an open range, and unknown. */
export const DATES = [
  'XXXX',
  'XXXX',
  '2019',
  '2019~',
  '2019-06',
  '2019-06-30',
  '2019/2021',
  '2020',
  '2021-01',
  '2021-01-15',
  '2021-03',
  '2021-37', // early 2021
  '2021-34', // Q2 2021
  'Jan–Mar 2021',
  '2021',
  '2018',
  '2020/..',
  '202X',
  // Ranges whose start is clearly earlier than dates their whole span overlaps, and ones whose start overlaps.
  '2019-03/2021-06',
  '2018/2021-04',
  '2021-04',
  '2019-09',
  'summer 2019 to 2021',
  'winter 2020 to Feb 2021', // winter 2020 is Dec 2019 – Feb 2020
  '2019-06-15/2021',
  '2019~/2021',
  '201X/2021',
  'Q1 2021 to 2022',
  '2021-01/2021-03',
  '2020-02/..',
  '../2021-02',
  '2019?',
  '19XX/2021',
  '2019%/2022',
];
export const AGREEMENT_STATUSES = ['signed', 'in_force', 'suspended', 'terminated', 'superseded'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;

export function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export function viewStatus(db: Db, id: string) {
  return db.prepare('SELECT status, date, event_id AS eventId FROM current_status WHERE record_id = ?').get(id) ?? null;
}

export function asOfFromSql(db: Db, cutoff: string): Map<string, unknown> {
  const { rows } = queryDocs(db, {
    match: ALL_RECORDS,
    order: 'recent',
    limit: 10_000,
    offset: 0,
    statusAsOf: { cutoff, statuses: null },
  });
  return new Map(
    rows.map((r) => [r.recordId, r.status ? { status: r.status, date: r.statusDate, eventId: r.statusEventId } : null]),
  );
}

export const ev = (status: StatusEvent['status'], date: string, id = `${status}@${date}`): StatusEvent => ({
  id,
  status,
  date,
  note: '',
  source: '',
});
