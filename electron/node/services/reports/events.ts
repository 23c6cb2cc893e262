/**
 * A record's events as a report lists them (status events, party steps, programme milestones and phases, a meeting's
 * own date) in timeline order, and the report's chronology: every record's events in one total order, the dated ones
 * apart from those without a known date. The order of status events is the model's (listingDays, rule 1 of
 * electron/common/domain/status.ts), so the report and the record view never disagree.
 */
import { comparePartialDates, fromEdtf } from '../../../common/domain/partial-date';
import type {
  ChronologyRow,
  ReportDate,
  ReportEvent,
  ReportRecord,
  ReportRequest,
} from '../../../common/domain/report';
import { listingDays } from '../../../common/domain/status';
import type { AnyRecord } from '../../../common/domain/types';
import type { ReportWords } from '../../../common/domain/report-words';
import type { RecordKind } from '../../../common/domain/vocab';

/** A partial date (EDTF) with its readable form in the report's language. */
export const dateIn =
  (words: ReportWords) =>
  (edtf: string): ReportDate => ({ edtf, text: words.date(edtf) });

const cmpText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Report order of record kinds: agreements first, people last. */
export const KIND_ORDER: Record<RecordKind, number> = {
  agreement: 0,
  programme: 1,
  working_group: 2,
  meeting: 3,
  party: 4,
  person: 5,
};

/** The day an event is listed by: for status events the model's listing day (timeline order kept), else its first day. */
const LISTING_DAY = new WeakMap<object, string>();
const listingDay = (item: object, edtf: string): string => LISTING_DAY.get(item) ?? fromEdtf(edtf).from ?? '';

/** The record's events in timeline order; `names` maps party ids to names (for party steps). */
export function eventsOf(
  record: AnyRecord,
  request: ReportRequest,
  names: ReadonlyMap<string, string>,
  words: ReportWords,
): ReportEvent[] {
  if (!('statusEvents' in record)) return [];
  const date = dateIn(words);
  const labelOf = words.label;
  const days = listingDays(record.statusEvents);
  const events: ReportEvent[] = record.statusEvents.map((e) => {
    const event: ReportEvent = {
      id: e.id,
      kind: 'status',
      date: date(e.date),
      label: labelOf(e.status),
      status: e.status,
      note: e.note,
      source: e.source,
    };
    LISTING_DAY.set(event, days.get(e) ?? '');
    return event;
  });
  if (record.kind === 'agreement' && request.includePartyEvents) {
    for (const party of record.parties) {
      const name = names.get(party.partyId) ?? words.aParty;
      for (const e of party.events) {
        events.push({
          id: e.id,
          kind: 'party',
          date: date(e.date),
          label: `${name}: ${labelOf(e.kind).toLowerCase()}`,
          status: '',
          note: e.note,
          source: '',
        });
      }
    }
  }
  if (record.kind === 'programme') {
    for (const m of record.milestones) {
      events.push({
        id: m.id,
        kind: 'milestone',
        date: date(m.date),
        label: words.milestone(m.name),
        status: '',
        note: m.note,
        source: '',
      });
    }
    for (const p of record.phases) {
      events.push({
        id: `${p.id}:start`,
        kind: 'phase',
        date: date(p.start),
        label: words.phaseBegins(p.name),
        status: '',
        note: p.note,
        source: '',
      });
      if (fromEdtf(p.end).from !== null) {
        events.push({
          id: `${p.id}:end`,
          kind: 'phase',
          date: date(p.end),
          label: words.phaseEnds(p.name),
          status: '',
          note: '',
          source: '',
        });
      }
    }
  }
  if (record.kind === 'meeting' && record.statusEvents.length === 0) {
    events.push({
      id: `${record.id}:date`,
      kind: 'meeting',
      date: date(record.date),
      label: labelOf(record.type),
      status: '',
      note: '',
      source: '',
    });
  }
  // By listing day; status events sharing one keep entry order (rule 1), others follow their dates; stable.
  const key = (e: ReportEvent) => listingDay(e, e.date.edtf);
  const bothStatus = (a: ReportEvent, b: ReportEvent) => a.kind === 'status' && b.kind === 'status';
  return events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        cmpText(key(a.e), key(b.e)) ||
        (bothStatus(a.e, b.e) ? 0 : comparePartialDates(a.e.date.edtf, b.e.date.edtf)) ||
        a.i - b.i,
    )
    .map((x) => x.e);
}

/**
 * Every event of `records` as chronology rows: dated ones by listing day, then record kind, title and id, then the
 * record's own order; those without a known date apart, in the same order.
 */
export function chronologyOf(records: readonly ReportRecord[]): {
  chronology: ChronologyRow[];
  undated: ChronologyRow[];
} {
  const chronology: ChronologyRow[] = [];
  const undated: ChronologyRow[] = [];
  const order = new WeakMap<ChronologyRow, number>();
  for (const r of records) {
    for (const [index, e] of r.events.entries()) {
      const v = fromEdtf(e.date.edtf);
      const row: ChronologyRow = {
        date: e.date,
        precision: v.precision,
        recordId: r.id,
        recordKind: r.kind,
        recordTitle: r.title,
        event: e.label,
        note: e.note,
        source: e.source,
      };
      LISTING_DAY.set(row, listingDay(e, e.date.edtf));
      order.set(row, index);
      (v.from === null ? undated : chronology).push(row);
    }
  }
  // A total order: listing day, then record, then the record's own order (status events in timeline order).
  const byDate = (a: ChronologyRow, b: ChronologyRow) =>
    cmpText(listingDay(a, a.date.edtf), listingDay(b, b.date.edtf)) ||
    KIND_ORDER[a.recordKind] - KIND_ORDER[b.recordKind] ||
    a.recordTitle.localeCompare(b.recordTitle) ||
    cmpText(a.recordId, b.recordId) ||
    order.get(a)! - order.get(b)!;
  chronology.sort(byDate);
  undated.sort(byDate);

  return { chronology, undated };
}
