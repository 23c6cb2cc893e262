/**
 * Status is derived, never typed. The rule (ARCHITECTURE.md §2; the SQL views of migrations 5, 12 and 13
 * and db/store/status-sql.ts mirror it, and a test holds the two to the same answer on random timelines):
 *
 * 1. Timeline order. Dated events follow their dates where the dates tell them apart. Where
 *    they do not — the days two dates may mean overlap, as "Signed · Mar 2021" and "In force ·
 *    2021" do, directly or through a chain of overlapping dates — they keep the order in which
 *    they were entered, which is the order the person learnt of them (causal order). Formally:
 *    dated events fall into groups of overlapping [first day, last day] spans; groups follow each
 *    other by date, and within a group events keep entry order.
 *    A range is placed by its start (`startSpan`): "Under negotiation · 2019–2021" says the status
 *    held from 2019, so it counts as the days "2019" may mean, and is clearly earlier than "In
 *    force · Apr 2021" however late it was entered. "Clearly earlier" is thus: the last day A's
 *    start may mean is before B's first day. When a range's start overlaps another date ("2021–
 *    2023" beside "Mar 2021"), the two share a group and entry order decides, as for any two
 *    overlapping dates; a range with no known start ("until 2019") keeps its whole span.
 * 2. Undated events are placed right after every event entered before them: a status entered
 *    last with no date ("Superseded · date unknown") becomes the current status instead of being
 *    ignored, and is shown as such. An undated event entered before a dated one stays before it.
 * 3. The current status is the last event in that order. Equivalently: of the last dated event
 *    and every undated event, the one entered last.
 * 4. The status as of a day is the last, in the same order, of the dated events that had begun by
 *    then. An event cannot have begun before an event placed before it in that order, so its
 *    first day counts raised to theirs (the running maximum of first days along the order,
 *    `listingDays`): with "Signed · Mar 2021" then "In force · 2021", the year's 1 January does
 *    not make In force begun in February 2021 — as of Feb 2021 neither had happened. Begun by the
 *    day: that raised first day ≤ the day. Undated events: a cutoff on or after today means "now",
 *    and now every event entered has happened, so rule 3 applies to the events begun by the
 *    cutoff — of the last dated one begun and every undated event, the one entered last ("Signed
 *    2014, In force Mar 2015, Superseded with no date" is Superseded as of today or 2030, as the
 *    chart shows it). A cutoff in the past cannot place an undated event: they are left out and
 *    counted (`undatedIgnored`), and one entered after the deciding event is named
 *    (`undatedLater`) so a view can say the status "may since have changed".
 * 5. A meeting's status follows its date until an event says otherwise: with no status event, or
 *    when the deciding event is "Planned", a meeting whose date has passed (its last possible day
 *    is today or earlier; for an open-ended range, "from 2019", its first day — it is under way)
 *    is Held, dated at the meeting; with no event and a date still ahead it
 *    is Planned. "Held", "Postponed" and "Cancelled" events always win. As of a day, a meeting
 *    dated by then is Held on the same terms; "Planned" is never invented for a past day (when
 *    the plan was made is unknown). Such a derived status has no event: `eventId` is null.
 */
import { fromEdtf, OPEN_END, startSpan, todayIso } from './partial-date';
import type { DerivedStatus, StatusEvent } from './types';
import type { RecordKind, Status } from './vocab';

interface Placed<E> {
  event: E;
  index: number;
  /** The days the event's date (a range: its start) may mean; null when undated. */
  from: string | null;
  to: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Events in timeline order (rules 1 and 2). Stable: the same events always give the same order. */
export function orderStatusEvents<E extends Pick<StatusEvent, 'date'>>(events: readonly E[]): E[] {
  const placed: Placed<E>[] = events.map((event, index) => {
    const span = startSpan(event.date);
    return { event, index, from: span?.from ?? null, to: span?.to ?? null };
  });
  // Sweep the dated events by first day: a span that starts after every span before it has
  // ended opens a new group.
  const dated = placed
    .filter((p) => p.from !== null)
    .sort((a, b) => cmp(a.from!, b.from!) || cmp(a.to!, b.to!) || a.index - b.index);
  const group = new Map<Placed<E>, number>();
  let reach = '';
  let current = 0;
  for (const p of dated) {
    if (p.from! > reach) current += 1;
    if (p.to! > reach) reach = p.to!;
    group.set(p, current);
  }
  const sequence = [...dated].sort((a, b) => group.get(a)! - group.get(b)! || a.index - b.index);
  // Undated events, in entry order, go right after the last-placed event entered before them.
  for (const u of placed.filter((p) => p.from === null)) {
    let at = -1;
    sequence.forEach((p, position) => {
      if (p.index < u.index) at = position;
    });
    sequence.splice(at + 1, 0, u);
  }
  return sequence.map((p) => p.event);
}

function toDerived(event: StatusEvent | undefined): DerivedStatus | null {
  return event ? { status: event.status, date: event.date, eventId: event.id } : null;
}

/** The current status from the events alone (rule 3). */
export function currentStatus(events: readonly StatusEvent[]): DerivedStatus | null {
  return toDerived(orderStatusEvents(events).at(-1));
}

export interface StatusAsOf {
  status: DerivedStatus | null;
  /** Undated events that could not be placed before the cutoff (a past cutoff; 0 when it means now). */
  undatedIgnored: number;
  /**
   * A past cutoff only: the status of the last undated event entered after the deciding one — it happened at a
   * date nobody recorded, perhaps before the cutoff, so the status shown "may since have changed". Else null.
   */
  undatedLater: Status | null;
}

/**
 * Status on `cutoffDay` (ISO 'YYYY-MM-DD') from the events alone (rule 4). `today` (ISO day, the machine's local
 * day by default) decides whether the cutoff means now (on or after today: undated events count) or the past.
 */
export function statusAsOf(events: readonly StatusEvent[], cutoffDay: string, today: string = todayIso()): StatusAsOf {
  const undated: StatusEvent[] = [];
  let decides: StatusEvent | undefined;
  // Listing days rise along the timeline order, so the events begun by the day are a prefix of it.
  for (const [event, day] of listingDays(events)) {
    if (day === null) undated.push(event);
    else if (day <= cutoffDay) decides = event;
  }
  // Entry order: the undated event entered last, after the deciding one (any, when nothing dated decides).
  const entered = (e: StatusEvent | undefined) => (e === undefined ? -1 : events.indexOf(e));
  const later = undated
    .filter((u) => entered(u) > entered(decides))
    .sort((a, b) => entered(a) - entered(b))
    .at(-1);
  if (cutoffDay >= today) return { status: toDerived(later ?? decides), undatedIgnored: 0, undatedLater: null };
  return {
    status: toDerived(decides),
    undatedIgnored: undated.length,
    undatedLater: decides !== undefined && later !== undefined ? later.status : null,
  };
}

/** What the record-level rules need: its kind, its events and (meetings) its own date. */
export interface StatusSubject {
  kind: RecordKind;
  statusEvents: readonly StatusEvent[];
  /** A meeting's date (EDTF); ignored for other kinds. */
  date?: string;
}

/**
 * The day from which a meeting's date counts as passed (rule 5): its last possible day, or — an open-ended range,
 * "from 2019" (`2019/..`) — its first day: a meeting under way since 2019 is Held (ongoing), never Planned.
 * null when undated. SQL twin: MEETING_REACHED, migration 0014.
 */
function reachedDay(edtf: string): string | null {
  const { from, to } = fromEdtf(edtf);
  return to === OPEN_END ? from : to;
}

/** Rule 5: a meeting's date fills in when no event, or only a plan, decides. */
function meetingByDate(
  byEvents: DerivedStatus | null,
  subject: StatusSubject,
  day: string,
  mayPlan: boolean,
): DerivedStatus | null {
  if (subject.kind !== 'meeting' || subject.date === undefined) return byEvents;
  if (byEvents !== null && byEvents.status !== 'planned') return byEvents;
  const reached = reachedDay(subject.date);
  if (reached === null) return byEvents;
  if (reached <= day) return { status: 'held', date: subject.date, eventId: null };
  return byEvents ?? (mayPlan ? { status: 'planned', date: subject.date, eventId: null } : null);
}

/** The status a record shows now (rules 1–3 and 5). `today` is an ISO day; the machine's local day by default. */
export function recordStatus(subject: StatusSubject, today: string = todayIso()): DerivedStatus | null {
  return meetingByDate(currentStatus(subject.statusEvents), subject, today, true);
}

/** The status a record had on `cutoffDay` (rules 4 and 5); a cutoff on or after `today` means now (rule 4). */
export function recordStatusAsOf(subject: StatusSubject, cutoffDay: string, today: string = todayIso()): StatusAsOf {
  const byEvents = statusAsOf(subject.statusEvents, cutoffDay, today);
  return { ...byEvents, status: meetingByDate(byEvents.status, subject, cutoffDay, false) };
}

/**
 * Every status the record shows on some day from now on, without knowing which day it is: the
 * search index lists these (a dated meeting with no deciding event is Planned, then Held) and the
 * search checks the day's answer in SQL.
 */
export function statusesOverTime(subject: StatusSubject): Status[] {
  const byEvents = currentStatus(subject.statusEvents);
  const dated = subject.kind === 'meeting' && subject.date !== undefined && fromEdtf(subject.date).to !== null;
  if (dated && (byEvents === null || byEvents.status === 'planned')) return ['planned', 'held'];
  return byEvents ? [byEvents.status] : [];
}

/**
 * A day to list each status event by among other dated things (a report's chronology): its first
 * day, raised to the previous event's in timeline order. A list sorted by it stays in date order
 * and keeps rule 1's order ("Signed · Mar 2021" before "In force · 2021"). Undated events: null.
 */
export function listingDays<E extends Pick<StatusEvent, 'date'>>(events: readonly E[]): Map<E, string | null> {
  const days = new Map<E, string | null>();
  let floor = '';
  for (const event of orderStatusEvents(events)) {
    const from = fromEdtf(event.date).from;
    if (from !== null && from > floor) floor = from;
    days.set(event, from === null ? null : floor);
  }
  return days;
}

export interface StatusPeriod {
  status: Status;
  eventId: string;
  /** EDTF of the event that opened the period. */
  start: string;
  /** EDTF of the event that closed it, or null while it is still the current status. */
  end: string | null;
  /** True when an undated event follows it: the period ended at a date nobody recorded. */
  endUnknown: boolean;
  /**
   * Set on the period of an undated current status ("Superseded · date unknown"): it began at a date nobody
   * recorded, after the period that opened on this EDTF (`start` is then the undated event's own '').
   */
  startsAfter?: string;
}

/**
 * Consecutive periods for a timeline chart: each dated event opens a period that the next dated
 * one closes. An undated event placed after a dated one (rule 2) closes that period at an unknown
 * date (`endUnknown`); when that undated event is the current status (rule 3) it opens the last
 * period itself, `startsAfter` the one it closed. So model, chart and report agree: "In force ·
 * 2021" then an undated "Superseded" ends In force and shows Superseded running on to today.
 */
export function statusPeriods(events: readonly StatusEvent[]): StatusPeriod[] {
  const ordered = orderStatusEvents(events);
  const periods: StatusPeriod[] = [];
  ordered.forEach((event, i) => {
    if (fromEdtf(event.date).from === null) return;
    const next = ordered.slice(i + 1).find((e) => fromEdtf(e.date).from !== null);
    const undatedBetween = ordered
      .slice(i + 1, next ? ordered.indexOf(next) : undefined)
      .some((e) => fromEdtf(e.date).from === null);
    periods.push({
      status: event.status,
      eventId: event.id,
      start: event.date,
      end: next?.date ?? null,
      endUnknown: undatedBetween && next === undefined,
    });
  });
  const last = ordered.at(-1);
  const closed = periods.at(-1);
  if (last && closed?.endUnknown && fromEdtf(last.date).from === null) {
    periods.push({
      status: last.status,
      eventId: last.id,
      start: last.date,
      end: null,
      endUnknown: false,
      startsAfter: closed.start,
    });
  }
  return periods;
}
