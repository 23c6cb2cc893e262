import { describe, expect, it } from 'vitest';
import { addMonthsToDay, shiftPartialDate } from '../../../../electron/common/domain/day-math';
import { deriveReminders } from '../../../../electron/common/domain/reminders';
import { listReminders } from '../../../../db/store/reminders';
import { calendarDb, seededDb, TODAY } from '../../node/services/reports/fixtures';

describe('reminder date math', () => {
  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonthsToDay('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDay('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsToDay('2026-06-30', -3)).toBe('2026-03-30');
    expect(addMonthsToDay('2026-02-15', -14)).toBe('2024-12-15');
  });

  it('keeps the precision of partial dates: a month stays a month, a year a year', () => {
    expect(shiftPartialDate('2026-06', -6)).toBe('2025-12');
    expect(shiftPartialDate('2026', -12)).toBe('2025');
    // Uncertain stays uncertain and keeps its precision (it was read as a month: "2019?" is 5 characters).
    expect(shiftPartialDate('2019?', 12)).toBe('2020?');
    expect(shiftPartialDate('2026-06-15%', 1)).toBe('2026-07-15%');
    expect(shiftPartialDate('2026', -3)).toBe('2025-10');
    expect(shiftPartialDate('2026-06-30~', -1)).toBe('2026-05-30~');
    expect(shiftPartialDate('XXXX', 3)).toBeNull();
  });
});

describe('reminders from the register', () => {
  it('derives expiry, notice-by, renewal, next session, planned meetings, milestones and outstanding ratification', () => {
    const { db } = calendarDb();
    const reminders = listReminders(db, { withinDays: 180, today: TODAY });
    // Upcoming first, soonest first; then the overdue ones, most recently due first.
    expect(reminders.map((r) => [r.day, r.kind, r.recordTitle, r.overdue])).toEqual([
      ['2026-03-30', 'notice_by', 'Franco-Italian training MoU', false],
      ['2026-04-20', 'milestone', 'Joint trainer aircraft', false],
      ['2026-05-01', 'renewal', 'Logistics support arrangement', false],
      ['2026-05-12', 'wg_session', 'Joint trainer working group', false],
      ['2026-06-01', 'meeting', 'Staff talks', false],
      ['2026-06-30', 'expiry', 'Franco-Italian training MoU', false],
      ['2026-03-01', 'notice_by', 'Logistics support arrangement', true],
      ['2026-01-20', 'meeting', 'Industry day', true],
      ['2025-01-10', 'ratification_outstanding', 'Defence cooperation treaty', true],
    ]);
    const ratification = reminders.find((r) => r.kind === 'ratification_outstanding')!;
    expect(ratification.text).toContain('Italy signed (10 Jan 2024)');
    expect(reminders.find((r) => r.kind === 'meeting' && !r.overdue)?.dateText).toBe('Jun 2026');
    expect(reminders.find((r) => r.kind === 'wg_session')?.text).toContain('Session 4');
  });

  it('leaves out dates beyond the window but keeps overdue ones, and ignores ended agreements', () => {
    const { db } = calendarDb();
    const soon = listReminders(db, { withinDays: 30, today: TODAY });
    expect(soon.map((r) => r.kind)).toEqual(['notice_by', 'notice_by', 'meeting', 'ratification_outstanding']);
    expect(soon.some((r) => r.recordTitle === 'Old exchange of notes')).toBe(false);
    const far = listReminders(db, { withinDays: 3650, today: TODAY });
    expect(far.some((r) => r.kind === 'milestone' && r.text === 'First flight')).toBe(true);
  });

  it('restricts to a report scope and rejects a bad query with a clear message', () => {
    const { db, ids } = calendarDb();
    const scoped = listReminders(db, { withinDays: 180, today: TODAY }, new Set([ids.fixedTerm]));
    expect(scoped.map((r) => r.kind)).toEqual(['notice_by', 'expiry']);
    expect(() => listReminders(db, { withinDays: -1 })).toThrow(/Days must be 0 or more/);
  });

  it('an automatic renewal long past rolls forward to the next renewal date', () => {
    const { db, ids } = calendarDb();
    const later = listReminders(db, { withinDays: 400, today: '2027-06-01' }, new Set([ids.autoRenewal]));
    expect(later.find((r) => r.kind === 'renewal')?.date).toBe('2028-05-01');
  });

  it('the seed article yields no invented reminders (it has no planned or expiring dates)', () => {
    const { db } = seededDb();
    expect(listReminders(db, { withinDays: 3650, today: TODAY })).toEqual([]);
    expect(
      deriveReminders(
        { agreements: [], programmes: [], workingGroups: [], meetings: [], partyNames: new Map() },
        { today: TODAY, withinDays: 10 },
      ),
    ).toEqual([]);
  });
});
