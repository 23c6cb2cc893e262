/**
 * A register kept since the 1990s (tests/support/treaty-register.ts, 1,397 records) plus 352 meetings entered as
 * planned and never given an outcome, one a month back to 1996: on the dashboard they are one counted group of old
 * planned meetings, not 352 overdue actions; a planned meeting that passed last month is still an overdue action.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../db/store';
import { openDatabase } from '../../db/store/open';
import type { Db } from '../../db/store/sql';
import { groupReminders, OLD_PLANNED_MEETING_DAYS } from '../../electron/common/domain/reminder-groups';
import { addMonthsToDay } from '../../electron/common/domain/day-math';
import { generateTreatyRegister } from '../support/treaty-register';

const TODAY = '2026-11-30';
const dir = mkdtempSync(join(tmpdir(), 'entente-old-planned-'));
let db: Db;
let store: Store;
const old: string[] = [];
let recent = '';

beforeAll(() => {
  db = openDatabase(join(dir, 'register.sqlite'));
  store = Store.over(db);
  generateTreatyRegister(db, TODAY);
  db.transaction(() => {
    for (let i = 0; i < 352; i++) {
      const date = addMonthsToDay('1996-03-15', i); // March 1996 … June 2025
      old.push(
        store.createRecord('meeting', {
          title: `Planned staff talks ${i + 1}`,
          type: 'staff_talks',
          date,
          statusEvents: [{ status: 'planned', date: addMonthsToDay(date, -2) }],
        }).id,
      );
    }
    recent = store.createRecord('meeting', {
      title: 'Planned call with Japan',
      type: 'call',
      date: '2026-10-28',
      statusEvents: [{ status: 'planned', date: '2026-09-01' }],
    }).id;
  })();
}, 120_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('old planned meetings without an outcome', () => {
  it('are one group apart from the overdue actions; a recent one stays an action', () => {
    // What the dashboard asks for (UpcomingPanel: 180 days, the register's lead times).
    const list = store.listReminders({ withinDays: 180, leadTimes: true, today: TODAY });
    const grouped = groupReminders(list);
    const oldIds = new Set(grouped.oldPlannedMeetings.map((r) => r.recordId));
    expect(oldIds).toEqual(new Set(old));
    expect(grouped.oldPlannedMeetings.every((r) => r.daysFromToday < -OLD_PLANNED_MEETING_DAYS)).toBe(true);
    expect(grouped.overdue.some((r) => oldIds.has(r.recordId))).toBe(false);
    expect(grouped.overdue.map((r) => r.recordId)).toContain(recent);
    // The overdue count loses exactly the 352; upcoming items are untouched.
    expect(grouped.overdue.length).toBe(list.filter((r) => r.overdue).length - 352);
    expect(grouped.upcoming.length).toBe(list.filter((r) => !r.overdue).length);
    expect(grouped.upcoming.length + grouped.overdue.length + grouped.oldPlannedMeetings.length).toBe(list.length);
  });
});
