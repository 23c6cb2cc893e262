/**
 * One record of the store as the report shows it: labels, status now or as of the cutoff (the model's derivation),
 * status periods, the events inside the report's window, its documents; and a meeting's own block. A record whose
 * dated events and open periods all fall outside the window is left out.
 */
import { fromEdtf } from '../../../common/domain/partial-date';
import {
  statusCategory,
  type ReportMeeting,
  type ReportRecord,
  type ReportRequest,
} from '../../../common/domain/report';
import { recordStatus, recordStatusAsOf, statusPeriods, type StatusSubject } from '../../../common/domain/status';
import type { AnyRecord, Meeting } from '../../../common/domain/types';
import type { ReportWords } from '../../../common/domain/report-words';
import type { Store } from '../../../../db/store';
import { dateIn, eventsOf, KIND_ORDER } from './events';

/** The report's time window, as ISO days. */
export interface Window {
  today: string; // the generation day: what "now" means for derived status
  cutoff: string | null; // as-of: last day included
  fromDay: string | null;
  toDay: string | null;
  /** The report's language. */
  words: ReportWords;
}

/** Keeps dated events inside the as-of cutoff and the date range; undated ones are kept (listed apart). */
function inWindow(edtf: string, w: Window): boolean {
  const v = fromEdtf(edtf);
  if (v.from === null || v.to === null) return true;
  if (w.cutoff !== null && v.from > w.cutoff) return false;
  if (w.fromDay !== null && v.to < w.fromDay) return false;
  if (w.toDay !== null && v.from > w.toDay) return false;
  return true;
}

function typeLabelOf(record: AnyRecord, labelOf: (code: string) => string): string {
  return 'type' in record ? labelOf(record.type) : labelOf(record.kind);
}

function titleOf(record: AnyRecord): string {
  return 'title' in record ? record.title : record.name;
}

function shortTitleOf(record: AnyRecord): string {
  if ('shortTitle' in record) return record.shortTitle;
  if ('shortName' in record) return record.shortName;
  return '';
}

function summaryOf(record: AnyRecord): string {
  if (record.kind === 'agreement' || record.kind === 'meeting') return record.summary;
  if (record.kind === 'programme') return record.description;
  if (record.kind === 'working_group') return record.mandate;
  return '';
}

/**
 * The record's status now (on `today`) or as of the cutoff: the model's rules, meeting dates included. A cutoff on
 * or after `today` means now (an undated status entered last counts, as the chart shows it); a past one names an
 * undated status entered after the one shown (`undatedLater`: the table's "may since have changed" footnote).
 */
function statusBlock(subject: StatusSubject, w: Window): ReportRecord['status'] {
  const asOf = w.cutoff === null ? null : recordStatusAsOf(subject, w.cutoff, w.today);
  const derived = asOf === null ? recordStatus(subject, w.today) : asOf.status;
  return (
    derived && {
      status: derived.status,
      label: w.words.label(derived.status),
      category: statusCategory(derived.status),
      date: dateIn(w.words)(derived.date),
      ...(asOf?.undatedLater ? { undatedLater: w.words.label(asOf.undatedLater) } : {}),
    }
  );
}

/** The record as the report shows it, or null when it falls outside the window. `attachments` is filled apart. */
export function buildRecord(
  record: AnyRecord,
  request: ReportRequest,
  w: Window,
  names: ReadonlyMap<string, string>,
  partyNames: string[],
): ReportRecord | null {
  const labelOf = w.words.label;
  const date = dateIn(w.words);
  const allStatus = 'statusEvents' in record ? record.statusEvents : [];
  const knownStatus =
    w.cutoff === null ? allStatus : allStatus.filter((e) => inWindow(e.date, { ...w, fromDay: null, toDay: null }));
  // A meeting happens on a date; its status is an event, not a state that lasts until today.
  const periods = (record.kind === 'meeting' ? [] : statusPeriods(knownStatus)).map((p) => ({
    status: p.status,
    label: labelOf(p.status),
    category: statusCategory(p.status),
    start: date(p.start),
    end: p.end === null ? null : date(p.end),
    ...(p.endUnknown ? { endUnknown: true } : {}),
    ...(p.startsAfter === undefined ? {} : { startsAfter: date(p.startsAfter) }),
  }));
  const everything = eventsOf(record, request, names, w.words);
  const events = everything.filter((e) => inWindow(e.date.edtf, w));
  const dated = events.some((e) => fromEdtf(e.date.edtf).from !== null);
  const everDated = everything.some((e) => fromEdtf(e.date.edtf).from !== null);
  if (w.fromDay !== null || w.toDay !== null || w.cutoff !== null) {
    // An ended status (terminated, closed…) does not make a record part of a later window.
    const overlaps = periods.some((p) => {
      if (p.category === 'ended') return false;
      const start = fromEdtf(p.start.edtf).from ?? '';
      const end = p.end === null ? '9999-12-31' : (fromEdtf(p.end.edtf).to ?? '9999-12-31');
      return (w.toDay === null || start <= w.toDay) && (w.fromDay === null || end >= w.fromDay);
    });
    // Records with only undated events cannot be placed in or out of a window: they stay, listed apart.
    if (!dated && !overlaps && everDated) return null;
  }
  return {
    id: record.id,
    kind: record.kind,
    kindLabel: labelOf(record.kind),
    typeLabel: typeLabelOf(record, labelOf),
    title: titleOf(record),
    shortTitle: shortTitleOf(record),
    partyNames,
    areas: 'areas' in record ? record.areas.map(labelOf) : [],
    summary: summaryOf(record),
    status: 'statusEvents' in record ? statusBlock(record, w) : null,
    periods,
    events,
    attachments: [],
    links: [],
    alternateTitles: record.alternateTitles.map((a) => `${a.language}: ${a.title}`),
    placeOfSignature: record.kind === 'agreement' ? record.placeOfSignature : '',
  };
}

/** A record's links both ways, worded from its side ("Merged into" / "Absorbed"), with the other record's title. */
export function linksOf(store: Store, record: AnyRecord, labelOf: (code: string) => string): ReportRecord['links'] {
  const rows = [
    ...record.links.map((l) => ({ key: l.kind as string, id: l.targetId })),
    ...store.incomingLinks(record.id).map((l) => ({ key: l.inverse, id: l.sourceId })),
  ];
  if (rows.length === 0) return [];
  const titles = new Map(
    store
      .recordTitles(
        undefined,
        rows.map((r) => r.id),
      )
      .map((t) => [t.id, t]),
  );
  return rows.map((r) => ({
    words: labelOf(r.key),
    title: titles.get(r.id)?.title ?? '',
    kindLabel: labelOf(titles.get(r.id)?.kind ?? ''),
  }));
}

/** A record's documents as a report lists them (name, kind, date, hash prefix). */
export function attachmentsOf(store: Store, recordId: string, words: ReportWords): ReportRecord['attachments'] {
  return store.attachments(recordId).map((a) => ({
    title: a.title,
    fileName: a.versions[0]?.fileName ?? '',
    kindLabel: words.attachmentKind(a.kind),
    date: a.date === 'XXXX' ? '' : words.date(a.date),
    hashPrefix: a.versions[0]?.sha256.slice(0, 12) ?? '',
  }));
}

export function meetingOf(m: Meeting, names: ReadonlyMap<string, string>, w: Window): ReportMeeting {
  const status = w.cutoff === null ? recordStatus(m, w.today) : recordStatusAsOf(m, w.cutoff, w.today).status;
  return {
    id: m.id,
    title: m.title,
    typeLabel: w.words.label(m.type),
    date: dateIn(w.words)(m.date),
    place: m.place,
    status: status ? w.words.label(status.status) : '',
    participants: m.participants.map((p) => {
      const person = p.personId ? names.get(p.personId) : undefined;
      const party = p.partyId ? names.get(p.partyId) : undefined;
      const who = person && party ? `${person} (${party})` : (person ?? party ?? '');
      return p.role ? `${who}, ${p.role}` : who;
    }),
    topics: m.topics,
    summary: m.summary,
    outcomes: m.outcomes,
  };
}

function firstDay(r: ReportRecord): string {
  for (const e of r.events) {
    const from = fromEdtf(e.date.edtf).from;
    if (from !== null) return from;
  }
  return '9999';
}

/** Report order: by kind, then the first dated event, then the title. */
export function sortRecords(records: ReportRecord[]): void {
  records.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      firstDay(a).localeCompare(firstDay(b)) ||
      a.title.localeCompare(b.title),
  );
}
