/**
 * Status is derived, never typed: the current status of a record is its latest status
 * event by date, and its status "as of" a day is the latest event that had started by
 * then. Ties (same partial date) keep the order in which the events were recorded.
 * Undated events sort before all dated ones: they are background we cannot place, so a
 * dated event always outranks them. They still decide the current status when nothing
 * dated exists, but an as-of question cannot use them (we cannot say they had happened).
 */
import { comparePartialDates, fromEdtf } from './partial-date';
import type { DerivedStatus, StatusEvent } from './types';
import type { Status } from './vocab';

/** Events in timeline order (stable: equal dates keep recorded order). */
export function orderStatusEvents<E extends Pick<StatusEvent, 'date'>>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

function toDerived(event: StatusEvent | undefined): DerivedStatus | null {
  return event ? { status: event.status, date: event.date, eventId: event.id } : null;
}

export function currentStatus(events: readonly StatusEvent[]): DerivedStatus | null {
  return toDerived(orderStatusEvents(events).at(-1));
}

export interface StatusAsOf {
  status: DerivedStatus | null;
  /** Undated events that could not be placed before the cutoff. */
  undatedIgnored: number;
}

/** Status on `cutoffDay` (ISO 'YYYY-MM-DD'): latest event whose date had begun by then. */
export function statusAsOf(events: readonly StatusEvent[], cutoffDay: string): StatusAsOf {
  let undatedIgnored = 0;
  const eligible = events.filter((e) => {
    const from = fromEdtf(e.date).from;
    if (from === null) undatedIgnored += 1;
    return from !== null && from <= cutoffDay;
  });
  return { status: currentStatus(eligible), undatedIgnored };
}

export interface StatusPeriod {
  status: Status;
  eventId: string;
  /** EDTF of the event that opened the period. */
  start: string;
  /** EDTF of the event that closed it, or null while it is still the current status. */
  end: string | null;
}

/** Consecutive periods for a timeline chart: each dated event opens a period that the next one closes. */
export function statusPeriods(events: readonly StatusEvent[]): StatusPeriod[] {
  const dated = orderStatusEvents(events).filter((e) => fromEdtf(e.date).from !== null);
  return dated.map((event, i) => ({
    status: event.status,
    eventId: event.id,
    start: event.date,
    end: dated[i + 1]?.date ?? null,
  }));
}
