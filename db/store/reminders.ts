/**
 * Reminders from the register: picks the few records that can yield one with cheap SQL (an expiry or
 * a duration, a dated signature, a planned meeting, a dated milestone), loads only those aggregates,
 * and lets the pure model derive the dates (db/model/reminders.ts).
 */
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { todayIso } from '../../electron/common/domain/partial-date';
import {
  deriveReminders,
  reminderQuerySchema,
  type Reminder,
  type ReminderQuery,
} from '../../electron/common/domain/reminders';
import type { Agreement, Meeting, Programme, WorkingGroup } from '../../electron/common/domain/types';
import { readRegisterSettings } from './register-settings';
import { hiddenBy, latestReminderActions } from './reminder-actions';
import type { Db } from './sql';
import { findRecord } from './records';
import { all } from './sql';

export type { ReminderQuery };

// Meetings that are or may become "planned" whatever today is (the model decides with its own today):
// a "planned" event decides, or no event at all and a date (status.ts, rule 5).
const CANDIDATES_SQL = `
  WITH planned_meetings(id) AS (
    SELECT e.record_id FROM event_status e JOIN meetings m ON m.id = e.record_id WHERE e.status = 'planned'
    UNION SELECT m.id FROM meetings m
      WHERE m.date_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM status_events s WHERE s.record_id = m.id)
  )
  SELECT id, 'agreement' AS kind FROM agreements
    WHERE expires_from IS NOT NULL OR duration_months IS NOT NULL
       OR id IN (SELECT ap.agreement_id FROM agreement_parties ap JOIN agreement_party_events e ON e.agreement_party_id = ap.id
                 WHERE e.kind = 'signature' AND e.date_from IS NOT NULL)
  UNION SELECT id, 'meeting' FROM planned_meetings
  UNION SELECT DISTINCT s.working_group_id, 'working_group' FROM working_group_sessions s
    WHERE s.meeting_id IN (SELECT id FROM planned_meetings)
  UNION SELECT DISTINCT programme_id, 'programme' FROM programme_milestones WHERE date_from IS NOT NULL
  UNION SELECT DISTINCT meeting_id, 'meeting' FROM action_items WHERE state = 'open' AND due_from IS NOT NULL`;

/**
 * Reminders due within `withinDays` of today (overdue ones included), optionally only for the records
 * in `recordIds` (a report's scope).
 */
export function listReminders(db: Db, queryInput: ReminderQuery = {}, recordIds?: ReadonlySet<string>): Reminder[] {
  const query = parseOrThrow(reminderQuerySchema, queryInput, 'Reminder query');
  const agreements: Agreement[] = [];
  const programmes: Programme[] = [];
  const workingGroups: WorkingGroup[] = [];
  const meetings = new Map<string, Meeting>();
  for (const row of all<{ id: string; kind: 'agreement' | 'meeting' | 'working_group' | 'programme' }>(
    db,
    CANDIDATES_SQL,
  )) {
    if (recordIds && !recordIds.has(row.id)) continue;
    if (row.kind === 'agreement') push(agreements, findRecord(db, 'agreement', row.id));
    else if (row.kind === 'programme') push(programmes, findRecord(db, 'programme', row.id));
    else if (row.kind === 'meeting') {
      const meeting = findRecord(db, 'meeting', row.id);
      if (meeting) meetings.set(meeting.id, meeting);
    } else push(workingGroups, findRecord(db, 'working_group', row.id));
  }
  // A working group's next session counts even when the session meeting itself is outside the scope list.
  for (const wg of workingGroups) {
    for (const s of wg.sessions) {
      if (meetings.has(s.meetingId)) continue;
      const meeting = findRecord(db, 'meeting', s.meetingId);
      if (meeting) meetings.set(meeting.id, meeting);
    }
  }
  const partyNames = new Map(
    all<{ id: string; name: string }>(db, 'SELECT id, name FROM parties').map((p) => [p.id, p.name]),
  );
  const today = query.today ?? todayIso();
  const derived = deriveReminders(
    { agreements, programmes, workingGroups, meetings: [...meetings.values()], partyNames },
    {
      today,
      withinDays: query.withinDays,
      ...(query.leadTimes ? { leadDays: readRegisterSettings(db).leadDays } : {}),
      ...(query.ratificationMonths ? { ratificationMonths: query.ratificationMonths } : {}),
    },
  );
  // What people did with them: a dismissed, snoozed or acknowledged reminder leaves the list (or says so).
  const actions = latestReminderActions(db);
  return derived.flatMap((r) => {
    const action = actions.get(r.key);
    const hidden = hiddenBy(action, r, today);
    if (hidden && !query.includeHandled) return [];
    if (!hidden || !action || action.action === 'reverted') return [r];
    const { action: what, until, at, actor } = action;
    return [{ ...r, handled: { action: what, ...(until ? { until } : {}), at, actor } }];
  });
}

/** The reminder with this key as derived today (however far ahead), or NOT_FOUND. */
export function findReminder(db: Db, key: string, today: string): Reminder {
  const found = listReminders(db, { withinDays: 3660, includeHandled: true, leadTimes: true, today }).find(
    (r) => r.key === key,
  );
  if (!found) throw new AppError('NOT_FOUND', 'This reminder no longer applies: its record has changed.');
  return found;
}

function push<T>(list: T[], value: T | undefined): void {
  if (value !== undefined) list.push(value);
}
