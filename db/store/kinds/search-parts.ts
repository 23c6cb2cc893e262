/**
 * What a record contributes to the search index, as each kind's codec states it (`searchParts`): text by field
 * in three weighted columns (title > summary > body), its dated things as spans, the parties it involves, and
 * the facets it can be filtered by. The shapes and small helpers every kind shares live here; search-docs.ts
 * turns parts into an index row.
 */
import { fromEdtf } from '../../../electron/common/domain/partial-date';
import { orderStatusEvents, statusPeriods } from '../../../electron/common/domain/status';
import type { StatusEvent } from '../../../electron/common/domain/types';
import { labelOf } from '../../../electron/common/domain/vocab';

/** A dated thing of a record: [field, EDTF, first day, last day, label]. */
export type DocSpan = [field: string, edtf: string, from: string, to: string, label: string];

/** [form field key, readable text]: snippets are cut from the text and name the field they came from. */
export type Field = [name: string, text: string];

export interface PartyNames {
  id: string;
  name: string;
  shortName: string;
  nativeName: string;
  parentId: string | null;
}

export interface PersonNames {
  id: string;
  name: string;
  nativeName: string;
  partyId: string | null;
}

/**
 * Reads of related records while building a doc. A single write reads through; a full rebuild
 * (nothing changes underneath it) memoises, because thousands of meetings name the same parties.
 */
export interface DocLookup {
  /** The record's attachments as index fields (db/store/attachment-text.ts); absent in lookups that need none. */
  attachments?(recordId: string): Field[];
  parties(ids: readonly string[]): Map<string, PartyNames>;
  people(ids: readonly string[]): Map<string, PersonNames>;
  /** The parties and every party above them (Italian Air Force → Italian MoD → Italy). */
  withAncestors(ids: readonly string[]): string[];
}

export interface SearchParts {
  title: Field[];
  summary: Field[];
  body: Field[];
  spans: (DocSpan | null)[];
  /** Parties the record involves (their ancestors are added as facets). */
  partyIds: string[];
  subtitle: string;
  /** The record's own date for display (EDTF). */
  date: string;
  type?: string;
  areas?: readonly string[];
  /** What other records copy from this one (names, parent); a change of it reindexes them. */
  sig?: string;
}

/** "Japan Air Self-Defense Force (JASDF, 航空自衛隊)". */
export function partyText(p: PartyNames | undefined): string {
  if (!p) return '';
  const also = [p.shortName, p.nativeName].filter(Boolean).join(', ');
  return also ? `${p.name} (${also})` : p.name;
}

export const lines = (values: readonly string[]): string => values.filter(Boolean).join('\n');

export function statusNotes(events: readonly StatusEvent[]): string {
  return lines(events.map((e) => e.note));
}

/** A span for a dated value, or null when the value has no known days (undated, unknown). */
export function span(field: string, edtf: string, label: string): DocSpan | null {
  const value = fromEdtf(edtf);
  return value.from && value.to ? [field, value.edtf, value.from, value.to, label] : null;
}

export function statusSpans(events: readonly StatusEvent[]): (DocSpan | null)[] {
  return events.map((e) => span('statusEvents', e.date, labelOf(e.status)));
}

/** The last day of a status period that is still the current status: today, which only the query knows. */
export const RUNNING = 'now';

/** Statuses that end a record's life: they date it on their own day only, never onwards. */
const ENDS: ReadonlySet<string> = new Set(['expired', 'terminated', 'superseded', 'closed', 'cancelled', 'dissolved']);

/**
 * The periods of the derived status timeline (domain/status.ts `statusPeriods`) as dated spans, so a date filter
 * finds a record on every day it was in that state, not only on the days its events name: "In force · 1994" with
 * nothing after it is dated in 2021 (issue 13, fresh tester). A period runs from its event's first day to the first
 * day of the next dated event, or — while it is the current status — to today (`1994/..`, indexed as an open range;
 * its last day is RUNNING, which the query reads as its today: in force since 1994 is not dated in 2035). Not counted: end states (expired, terminated, superseded, closed, cancelled, dissolved — they date the
 * record on their own day, through `statusSpans`), a period closed by an undated event (it ended on a day nobody
 * recorded, so only its start is known) and an undated status.
 */
export function statusPeriodSpans(events: readonly StatusEvent[]): DocSpan[] {
  return statusPeriods(events).flatMap((period): DocSpan[] => {
    if (ENDS.has(period.status) || period.endUnknown || period.startsAfter !== undefined) return [];
    const start = period.start.split('/')[0] ?? '';
    const from = fromEdtf(period.start).from;
    const endFrom = period.end === null ? RUNNING : fromEdtf(period.end).from;
    if (start === '..' || from === null || endFrom === null || endFrom < from) return [];
    const end = period.end === null ? '..' : (period.end.split('/')[0] ?? '..');
    return [['statusEvents', `${start}/${end}`, from, endFrom, labelOf(period.status)]];
  });
}

/** The record's own date for display: its earliest dated status event (as lists show it). */
export function firstDated(events: readonly StatusEvent[]): string {
  return orderStatusEvents(events).find((e) => fromEdtf(e.date).from !== null)?.date ?? 'XXXX';
}

/**
 * A span from one dated value to another (a programme phase's start and end), or null unless both have known days
 * and the end is not before the start. Counted from the start's first day to the end's last day.
 */
export function rangeSpan(field: string, start: string, end: string, label: string): DocSpan | null {
  const from = fromEdtf(start);
  const to = fromEdtf(end);
  if (!from.from || !to.to || to.to < from.from || start.includes('/') || end.includes('/')) return null;
  return [field, `${start}/${end}`, from.from, to.to, label];
}
