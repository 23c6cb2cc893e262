/** The SQL view current_status and the model's currentStatus() must always agree. */
import { describe, expect, it } from 'vitest';
import { currentStatus } from '../../../electron/common/domain/status';
import { createRecord } from '../../../db/store/records';
import { openTempDb } from '../../support/temp-db';

const DATES = [
  'XXXX',
  '2019',
  '2019~',
  '2019-06',
  '2019-06-30',
  '2019/2021',
  '2020',
  '2021-01',
  '2021-01-15',
  'Jan–Mar 2021',
  '2018',
];
const STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('derived status', () => {
  it('the SQL view picks the same current status as the model on 150 random timelines', () => {
    const { db } = openTempDb();
    const random = seeded(42);
    for (let i = 0; i < 150; i++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
        status: STATUSES[Math.floor(random() * STATUSES.length)]!,
        date: DATES[Math.floor(random() * DATES.length)]!,
      }));
      const meeting = createRecord(db, 'meeting', { title: `M${i}`, type: 'call', statusEvents: events });
      const fromSql = db
        .prepare('SELECT status, date, event_id AS eventId FROM current_status WHERE record_id = ?')
        .get(meeting.id);
      expect(fromSql).toEqual(currentStatus(meeting.statusEvents));
    }
  });

  it('latest by date wins regardless of entry order; equal dates keep entry order; undated events never outrank dated ones', () => {
    const { db } = openTempDb();
    const a = createRecord(db, 'agreement', {
      title: 'A',
      type: 'mou',
      statusEvents: [
        { status: 'in_force', date: 'April 2019' },
        { status: 'signed', date: 'May 2017' },
        { status: 'terminated', date: 'unknown' },
      ],
    });
    expect(currentStatus(a.statusEvents)?.status).toBe('in_force');
    const b = createRecord(db, 'agreement', {
      title: 'B',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: '2020' },
        { status: 'suspended', date: '2020' },
      ],
    });
    expect(currentStatus(b.statusEvents)?.status).toBe('suspended');
  });
});
