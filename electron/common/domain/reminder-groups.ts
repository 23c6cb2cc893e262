/**
 * Which reminders are today's work. A planned meeting whose date passed long ago without an outcome recorded is
 * book-keeping, not an action: a register kept for years holds hundreds of them (back to the 1990s), and counted
 * as overdue they bury the real arrears. Those older than OLD_PLANNED_MEETING_DAYS are set apart as one group
 * ("N old planned meetings without an outcome"); everything else stays actionable. Pure: no I/O.
 */
import type { Reminder } from './reminders';

/**
 * Days after which a passed planned meeting stops counting as an overdue action. A quarter: minutes and outcomes
 * are normally recorded within weeks; after three months the reminder is a clean-up item.
 */
export const OLD_PLANNED_MEETING_DAYS = 90;

/** A planned meeting whose date passed more than OLD_PLANNED_MEETING_DAYS ago, with no outcome recorded. */
export function isOldPlannedMeeting(r: Pick<Reminder, 'kind' | 'overdue' | 'daysFromToday'>): boolean {
  return r.kind === 'meeting' && r.overdue && r.daysFromToday < -OLD_PLANNED_MEETING_DAYS;
}

export interface GroupedReminders {
  /** Upcoming first (soonest first), in the order given. */
  upcoming: Reminder[];
  /** Overdue items still worth acting on. */
  overdue: Reminder[];
  /** Old planned meetings without an outcome: one counted entry, not actions. */
  oldPlannedMeetings: Reminder[];
}

/** Splits an ordered reminder list (orderReminders) into upcoming, actionable overdue and old planned meetings. */
export function groupReminders(list: readonly Reminder[]): GroupedReminders {
  const out: GroupedReminders = { upcoming: [], overdue: [], oldPlannedMeetings: [] };
  for (const r of list) {
    if (!r.overdue) out.upcoming.push(r);
    else if (isOldPlannedMeeting(r)) out.oldPlannedMeetings.push(r);
    else out.overdue.push(r);
  }
  return out;
}
