/**
 * What people did with reminders (migration 7): acknowledged, snoozed until a day, dismissed, or put back. Rows are
 * only ever appended — with who and when — so the table is its own audit trail; a reminder's state is its latest
 * row. Reminders themselves stay derived (domain/reminders.ts): a key whose reminder no longer arises is harmless.
 */
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import {
  reminderActionSchema,
  type Reminder,
  type ReminderAction,
  type ReminderActionInput,
} from '../../electron/common/domain/reminders';
import { osUser, type WriteContext } from './audit';
import { inTransaction } from './records';
import type { Db } from './sql';
import { all, run } from './sql';

export type { ReminderAction, ReminderActionInput };

const COLUMNS = 'key, record_id AS recordId, action, until, lead_days AS leadDays, at, actor';

/** The latest action on every key (reverted ones included: the caller treats them as none). */
export function latestReminderActions(db: Db): Map<string, ReminderAction> {
  const rows = all<ReminderAction>(
    db,
    `SELECT ${COLUMNS} FROM reminder_actions WHERE id IN (SELECT max(id) FROM reminder_actions GROUP BY key)`,
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/** Every action on one reminder, oldest first (who did what, when). */
export function reminderActionLog(db: Db, key: string): ReminderAction[] {
  return all<ReminderAction>(db, `SELECT ${COLUMNS} FROM reminder_actions WHERE key = ? ORDER BY id`, key);
}

/**
 * Records one answer to the reminder `current` (as derived now, so its record and lead stage are kept with it).
 * Snoozing needs a day after `today`. One transaction; VALIDATION for a bad day.
 */
export function actOnReminder(
  db: Db,
  input: ReminderActionInput,
  current: Reminder,
  today: string,
  ctx: WriteContext = {},
): ReminderAction {
  const parsed = parseOrThrow(reminderActionSchema, input, 'Reminder');
  if (parsed.action === 'snoozed' && (!parsed.until || parsed.until <= today)) {
    const message = 'Snooze until a day after today.';
    throw new AppError('VALIDATION', message, { fields: [{ path: 'until', message }] });
  }
  const row: ReminderAction = {
    key: parsed.key,
    recordId: current.recordId,
    action: parsed.action,
    until: parsed.action === 'snoozed' ? (parsed.until ?? null) : null,
    leadDays: current.lead ?? null,
    at: new Date().toISOString(),
    actor: ctx.actor ?? osUser(),
  };
  inTransaction(db, () =>
    run(
      db,
      'INSERT INTO reminder_actions (key, record_id, action, until, lead_days, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)',
      row.key,
      row.recordId,
      row.action,
      row.until,
      row.leadDays,
      row.at,
      row.actor,
    ),
  );
  return row;
}

/**
 * Whether a person's latest answer still hides this reminder today: dismissed always; snoozed until its day;
 * acknowledged until the reminder reaches a smaller lead time than the one it was acknowledged at (an overdue
 * one, lead 0, stays acknowledged).
 */
export function hiddenBy(action: ReminderAction | undefined, reminder: Reminder, today: string): boolean {
  if (!action || action.action === 'reverted') return false;
  if (action.action === 'dismissed') return true;
  if (action.action === 'snoozed') return (action.until ?? '') > today;
  const was = action.leadDays ?? 0;
  const now = reminder.lead ?? 0;
  return now >= was;
}
