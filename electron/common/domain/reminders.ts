/**
 * Reminders: upcoming (and overdue) dates derived from the records, never stored. Pure date math over
 * the domain aggregates, so the dashboard, the report section and the ICS export agree.
 *
 * Partial dates stay partial: an expiry of "Jun 2026" with 6 months' notice gives a notice-by of
 * "Dec 2025", not an invented day. A deadline counts from the FIRST day its date may mean (the
 * cautious reading for a desk officer: "notice by 2025" is due from 1 January 2025).
 */
import { z } from 'zod';
import { boundedSpan, formatPartialDate, fromEdtf } from './partial-date';
import { currentStatus, statusesOverTime } from './status';
import type { Agreement, Meeting, Programme, StatusEvent, WorkingGroup } from './types';
import { CONSENT_EVENT_KINDS } from './vocab';
import { daysBetween, shiftPartialDate } from './day-math';

export const REMINDER_KINDS = [
  'expiry',
  'notice_by',
  'renewal',
  'wg_session',
  'meeting',
  'milestone',
  'ratification_outstanding',
  'action_item',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  expiry: 'Expiry',
  notice_by: 'Notice due',
  renewal: 'Renewal',
  wg_session: 'Working-group session',
  meeting: 'Planned meeting',
  milestone: 'Programme milestone',
  ratification_outstanding: 'Ratification outstanding',
  action_item: 'Action item due',
};

/** The reminder sentences, by what they say (months are whole months; dates EDTF). */
export type ReminderSays =
  | { id: 'expires'; termMonths?: number }
  | { id: 'renews'; months: number; termMonths?: number }
  | { id: 'expiryPassed'; status: string | null; termMonths?: number }
  | { id: 'notice'; months: number; renewal: boolean; end: string }
  | { id: 'ratification'; party: string; signed: string; months: number }
  | { id: 'session'; edition: number; title: string; place: string }
  | { id: 'meetingPassed' }
  | { id: 'meetingPlanned'; place: string };

export interface Reminder {
  /** Stable across runs: `${kind}:${recordId}:${detail}`. */
  key: string;
  kind: ReminderKind;
  kindLabel: string;
  /** EDTF as derived (keeps the source's precision) and as a person reads it. */
  date: string;
  dateText: string;
  /** First ISO day the date may mean: ordering and due checks. */
  day: string;
  /** Negative when overdue. */
  daysFromToday: number;
  overdue: boolean;
  recordId: string;
  recordKind: 'agreement' | 'working_group' | 'programme' | 'meeting';
  recordTitle: string;
  text: string;
  /**
   * What `text` says, as data, so a report can say it in its own language (report-words.ts); absent when the text
   * is the record's own (an action item, a milestone).
   */
  says?: ReminderSays;
  /**
   * The lead time this reminder is within (days; the smallest configured lead ≥ days to go), 0 when overdue:
   * an acknowledgement holds until the next, smaller lead is reached.
   */
  lead?: number;
  /** What a person did with it (only reported when the query asks for handled reminders too). */
  handled?: { action: 'acknowledged' | 'snoozed' | 'dismissed'; until?: string; at: string; actor: string };
}

export interface ReminderOptions {
  /** ISO day reminders count from. */
  today: string;
  /** Upcoming window: dates later than today + withinDays are left out. Overdue ones always stay. */
  withinDays: number;
  /** A signature with no ratification or entry into force after this many months is flagged. */
  ratificationMonths?: number;
  /**
   * Per-kind lead times (register-settings.ts): an upcoming reminder shows only within its kind's largest lead,
   * and never beyond `withinDays`. Absent: `withinDays` alone decides.
   */
  leadDays?: Partial<Record<ReminderKind, readonly number[]>>;
}

export interface ReminderSources {
  agreements: readonly Agreement[];
  programmes: readonly Programme[];
  workingGroups: readonly WorkingGroup[];
  /** Every meeting that may be planned, including the sessions of the working groups above. */
  meetings: readonly Meeting[];
  partyNames: ReadonlyMap<string, string>;
}

/** What the dashboard (and the reminders.list channel) asks for. */
export const reminderQuerySchema = z
  .object({
    withinDays: z
      .number()
      .int()
      .min(0, { error: 'Days must be 0 or more' })
      .max(3660, { error: 'At most 10 years ahead' })
      .optional()
      .default(180),
    ratificationMonths: z.number().int().min(1).max(240).optional(),
    /**
     * Show each upcoming reminder only within its kind's lead times (the register's settings) — the dashboard's
     * actionable list; reports leave it off and list everything within `withinDays`.
     */
    leadTimes: z.boolean().optional(),
    /** Also the reminders someone acknowledged, snoozed or dismissed (each says so in `handled`). */
    includeHandled: z.boolean().optional(),
    /** ISO day to count from; today (local) when absent. */
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Today must be YYYY-MM-DD' })
      .optional(),
  })
  .strict();
export type ReminderQuery = z.input<typeof reminderQuerySchema>;

export const DEFAULT_RATIFICATION_MONTHS = 12;
const ENDED_AGREEMENT = new Set(['expired', 'terminated', 'superseded']);
const ENDED_PROGRAMME = new Set(['closed', 'cancelled']);
const ENDED_GROUP = new Set(['dissolved']);
/** A party that has consented to be bound in any form (accession, acceptance… count like ratification). */
const RATIFIED = new Set<string>([...CONSENT_EVENT_KINDS, 'entry_into_force', 'withdrawal']);
/**
 * Only while an agreement waits for ratification is an outstanding one worth a reminder: once it is in force,
 * suspended, ended or superseded, a missing party event is a gap in the record, not something to act on.
 */
const AWAITING_RATIFICATION = new Set(['signed', 'awaiting_entry_into_force', 'provisionally_applied']);

// ---------------------------------------------------------------------------------------------------
// Derivation.
// ---------------------------------------------------------------------------------------------------

/** The first day a date may mean; for "until 2030" the first day of 2030 (the open side is no day). */
function dayOf(edtf: string): string | null {
  return boundedSpan(edtf)?.from ?? null;
}

type Draft = Omit<Reminder, 'kindLabel' | 'dateText' | 'day' | 'daysFromToday' | 'overdue'> & { overdue?: boolean };

function finish(draft: Draft, today: string): Reminder | null {
  const day = dayOf(draft.date);
  if (day === null) return null;
  const daysFromToday = daysBetween(today, day);
  return {
    ...draft,
    kindLabel: REMINDER_LABELS[draft.kind],
    dateText: formatPartialDate(draft.date),
    day,
    daysFromToday,
    overdue: draft.overdue ?? daysFromToday < 0,
  };
}

const statusOf = (events: readonly StatusEvent[]): string | null => currentStatus(events)?.status ?? null;

/** When an agreement's term ends: the stated expiry, else entry into force + duration. */
function expiryOf(a: Agreement): { date: string; computed: boolean } | null {
  if (dayOf(a.term.expires) !== null) return { date: a.term.expires, computed: false };
  if (!a.term.durationMonths) return null;
  const inForce = a.statusEvents.find((e) => e.status === 'in_force' && dayOf(e.date) !== null);
  const start = inForce?.date ?? null;
  if (start === null) return null;
  const date = shiftPartialDate(start, a.term.durationMonths);
  return date === null ? null : { date, computed: true };
}

function agreementReminders(a: Agreement, options: ReminderOptions, partyNames: ReadonlyMap<string, string>): Draft[] {
  const status = statusOf(a.statusEvents);
  if (status !== null && ENDED_AGREEMENT.has(status)) return [];
  const base = { recordId: a.id, recordKind: 'agreement' as const, recordTitle: a.title };
  const out: Draft[] = [];
  const expiry = expiryOf(a);
  if (expiry) {
    const how = expiry.computed ? ` (entry into force + ${a.term.durationMonths} months)` : '';
    const term = expiry.computed && a.term.durationMonths ? { termMonths: a.term.durationMonths } : {};
    let end = expiry.date;
    let kind: 'expiry' | 'renewal' = 'expiry';
    let text = `Expires${how}.`;
    let says: ReminderSays = { id: 'expires', ...term };
    if (a.term.kind === 'automatic_renewal' && a.term.renewalMonths) {
      // Roll forward to the next renewal that has not yet passed.
      kind = 'renewal';
      for (let guard = 0; (dayOf(end) ?? '') < options.today && guard < 1200; guard += 1) {
        end = shiftPartialDate(end, a.term.renewalMonths) ?? end;
      }
      text = `Renews automatically for ${a.term.renewalMonths} months unless notice is given${how}.`;
      says = { id: 'renews', months: a.term.renewalMonths, ...term };
    } else if ((dayOf(end) ?? '') < options.today) {
      text = `Expiry date has passed but the status is still “${(status ?? 'not recorded').replace(/_/g, ' ')}”${how}.`;
      says = { id: 'expiryPassed', status, ...term };
    }
    out.push({ ...base, kind, key: `${kind}:${a.id}:${end}`, date: end, text, says });
    if (a.term.noticeMonths) {
      const noticeBy = shiftPartialDate(end, -a.term.noticeMonths);
      const endDay = dayOf(end) ?? '';
      if (noticeBy !== null && endDay >= options.today) {
        const what = kind === 'renewal' ? 'to stop the automatic renewal' : 'before expiry';
        out.push({
          ...base,
          kind: 'notice_by',
          key: `notice_by:${a.id}:${noticeBy}`,
          date: noticeBy,
          text: `Last date to give ${a.term.noticeMonths} months’ notice ${what} (${formatPartialDate(end)}).`,
          says: { id: 'notice', months: a.term.noticeMonths, renewal: kind === 'renewal', end },
        });
      }
    }
  }
  const months = options.ratificationMonths ?? DEFAULT_RATIFICATION_MONTHS;
  const awaiting = status === null || AWAITING_RATIFICATION.has(status);
  for (const party of awaiting ? a.parties : []) {
    const signature = party.events.find((e) => e.kind === 'signature' && dayOf(e.date) !== null);
    if (!signature || party.events.some((e) => RATIFIED.has(e.kind))) continue;
    const due = shiftPartialDate(signature.date, months);
    if (due === null || (fromEdtf(due).to ?? '') >= options.today) continue;
    const name = partyNames.get(party.partyId) ?? 'A party';
    out.push({
      ...base,
      kind: 'ratification_outstanding',
      key: `ratification_outstanding:${a.id}:${party.partyId}`,
      date: due,
      overdue: true,
      text: `${name} signed (${formatPartialDate(signature.date)}) but no ratification, approval or entry into force is recorded after ${months} months.`,
      says: { id: 'ratification', party: name, signed: signature.date, months },
    });
  }
  return out;
}

/**
 * A meeting no event has settled: a "planned" event decides, or none does and it has a date. Once
 * its date has passed it is shown as held (status.ts, rule 5), and the reminder asks for the outcome.
 */
function awaitsOutcome(m: Meeting): boolean {
  return statusesOverTime(m).includes('planned');
}

export function deriveReminders(sources: ReminderSources, options: ReminderOptions): Reminder[] {
  const drafts: Draft[] = [];
  for (const a of sources.agreements) drafts.push(...agreementReminders(a, options, sources.partyNames));

  const meetingsById = new Map(sources.meetings.map((m) => [m.id, m]));
  const sessionMeetingIds = new Set<string>();
  for (const wg of sources.workingGroups) {
    const status = statusOf(wg.statusEvents);
    for (const s of wg.sessions) sessionMeetingIds.add(s.meetingId);
    if (status !== null && ENDED_GROUP.has(status)) continue;
    const next = wg.sessions
      .map((s) => ({ s, m: meetingsById.get(s.meetingId) }))
      .filter(
        (x): x is { s: typeof x.s; m: Meeting } => x.m !== undefined && awaitsOutcome(x.m) && dayOf(x.m.date) !== null,
      )
      .sort((x, y) => ((dayOf(x.m.date) ?? '') < (dayOf(y.m.date) ?? '') ? -1 : 1))[0];
    if (next) {
      drafts.push({
        recordId: wg.id,
        recordKind: 'working_group',
        recordTitle: wg.name,
        kind: 'wg_session',
        key: `wg_session:${wg.id}:${next.s.edition}`,
        date: next.m.date,
        text: `Session ${next.s.edition}: ${next.m.title}${next.m.place ? ` (${next.m.place})` : ''}.`,
        says: { id: 'session', edition: next.s.edition, title: next.m.title, place: next.m.place },
      });
    }
  }
  for (const m of sources.meetings) {
    for (const item of m.actionItems) {
      if (item.state !== 'open' || dayOf(item.due) === null) continue;
      drafts.push({
        recordId: m.id,
        recordKind: 'meeting',
        recordTitle: m.title,
        kind: 'action_item',
        key: `action_item:${m.id}:${item.id}`,
        date: item.due,
        text: `${item.text}${item.owner ? ` (${item.owner})` : ''}`,
      });
    }
    if (sessionMeetingIds.has(m.id) || !awaitsOutcome(m) || dayOf(m.date) === null) continue;
    const passed = (fromEdtf(m.date).to ?? '') < options.today;
    drafts.push({
      recordId: m.id,
      recordKind: 'meeting',
      recordTitle: m.title,
      kind: 'meeting',
      key: `meeting:${m.id}`,
      date: m.date,
      overdue: passed,
      text: passed
        ? 'The date has passed, so the meeting is shown as held; record what happened (held, postponed or cancelled).'
        : `${m.place ? `${m.place}. ` : ''}Planned.`,
      says: passed ? { id: 'meetingPassed' } : { id: 'meetingPlanned', place: m.place },
    });
  }
  for (const p of sources.programmes) {
    const status = statusOf(p.statusEvents);
    if (status !== null && ENDED_PROGRAMME.has(status)) continue;
    for (const ms of p.milestones) {
      const day = dayOf(ms.date);
      // Milestones have no "achieved" flag: only ones still ahead are reminders.
      if (day === null || (fromEdtf(ms.date).to ?? '') < options.today) continue;
      drafts.push({
        recordId: p.id,
        recordKind: 'programme',
        recordTitle: p.name,
        kind: 'milestone',
        key: `milestone:${p.id}:${ms.id}`,
        date: ms.date,
        text: `${ms.name}${ms.note ? ` — ${ms.note}` : ''}`,
      });
    }
  }

  return orderReminders(drafts.map((d) => finish(d, options.today)).flatMap((r) => (r ? within(r, options) : [])));
}

/** Keeps a reminder when it is overdue or within its kind's lead time (and `withinDays`), with its lead stage. */
function within(r: Reminder, options: ReminderOptions): Reminder[] {
  if (r.overdue) return [{ ...r, lead: 0 }];
  if (r.day < options.today || r.daysFromToday > options.withinDays) return [];
  const leads = options.leadDays?.[r.kind];
  if (!leads || leads.length === 0) return [r];
  const stage = [...leads].sort((a, b) => a - b).find((lead) => lead >= r.daysFromToday);
  return stage === undefined ? [] : [{ ...r, lead: stage }];
}

/**
 * The order people act in: upcoming first, soonest first; then the overdue ones, most recently due first (the
 * oldest are the least likely to still need doing). Ties: kind, then title.
 */
export function orderReminders(list: readonly Reminder[]): Reminder[] {
  const tie = (a: Reminder, b: Reminder) => a.kind.localeCompare(b.kind) || a.recordTitle.localeCompare(b.recordTitle);
  const upcoming = list.filter((r) => !r.overdue).sort((a, b) => a.day.localeCompare(b.day) || tie(a, b));
  const overdue = list.filter((r) => r.overdue).sort((a, b) => b.day.localeCompare(a.day) || tie(a, b));
  return [...upcoming, ...overdue];
}

// ---------------------------------------------------------------------------------------------------
// What people do with a reminder (stored by db/store/reminder-actions.ts).
// ---------------------------------------------------------------------------------------------------

export const reminderActionSchema = z
  .object({
    key: z.string().min(1, { error: 'Which reminder?' }).max(300),
    action: z.enum(['acknowledged', 'snoozed', 'dismissed', 'reverted'], {
      error: 'Acknowledge, snooze, dismiss or put back',
    }),
    /** Snooze: the ISO day it shows again. */
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Snooze until a day: YYYY-MM-DD' })
      .optional(),
  })
  .strict();
export type ReminderActionInput = z.input<typeof reminderActionSchema>;

export interface ReminderAction {
  key: string;
  recordId: string;
  action: 'acknowledged' | 'snoozed' | 'dismissed' | 'reverted';
  until: string | null;
  leadDays: number | null;
  at: string;
  actor: string;
}
