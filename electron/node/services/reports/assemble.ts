/**
 * Builds ReportData once from the store; every format renders only this structure. Status periods and
 * "as of" answers come from the model's derivation (db/model/status.ts), so the report, the record
 * view and the CLI can never disagree about a status.
 */
import { ATTACHMENT_KIND_LABELS } from '../../../common/domain/attachments';
import { parseOrThrow } from '../../../common/domain/errors';
import {
  asOfCutoff,
  comparePartialDates,
  formatPartialDate,
  fromEdtf,
  parsePartialDate,
  todayIso,
} from '../../../common/domain/partial-date';
import {
  reportRequestSchema,
  statusCategory,
  type ChronologyRow,
  type ReportData,
  type ReportDate,
  type ReportEvent,
  type ReportMeeting,
  type ReportRecord,
  type ReportRequest,
  type ReportRequestInput,
} from '../../../common/domain/report';
import {
  listingDays,
  recordStatus,
  recordStatusAsOf,
  statusPeriods,
  type StatusSubject,
} from '../../../common/domain/status';
import type { AnyRecord, Meeting } from '../../../common/domain/types';
import { labelOf, type RecordKind } from '../../../common/domain/vocab';
import { Store } from '../../../../db/store';
import { describeScope, resolveScope } from './scope';

export interface AssembleOptions {
  /** The clock (tests, benchmarks). */
  now?: Date;
}

const date = (edtf: string): ReportDate => ({ edtf, text: formatPartialDate(edtf) });

interface Window {
  today: string; // the generation day: what "now" means for derived status
  cutoff: string | null; // as-of: last day included
  fromDay: string | null;
  toDay: string | null;
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

const cmpText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function typeLabelOf(record: AnyRecord): string {
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

/** The day an event is listed by: for status events the model's listing day (timeline order kept), else its first day. */
const LISTING_DAY = new WeakMap<object, string>();
const listingDay = (item: object, edtf: string): string => LISTING_DAY.get(item) ?? fromEdtf(edtf).from ?? '';

function eventsOf(record: AnyRecord, request: ReportRequest, names: ReadonlyMap<string, string>): ReportEvent[] {
  if (!('statusEvents' in record)) return [];
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
      const name = names.get(party.partyId) ?? 'Party';
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
        label: `Milestone: ${m.name}`,
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
        label: `Phase begins: ${p.name}`,
        status: '',
        note: p.note,
        source: '',
      });
      if (fromEdtf(p.end).from !== null) {
        events.push({
          id: `${p.id}:end`,
          kind: 'phase',
          date: date(p.end),
          label: `Phase ends: ${p.name}`,
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

/** The record's status now (on `today`) or as of the cutoff: the model's rules, meeting dates included. */
function derivedStatusOf(subject: StatusSubject, cutoff: string | null, today: string) {
  return cutoff === null ? recordStatus(subject, today) : recordStatusAsOf(subject, cutoff).status;
}

function statusBlock(subject: StatusSubject, cutoff: string | null, today: string): ReportRecord['status'] {
  const derived = derivedStatusOf(subject, cutoff, today);
  return (
    derived && {
      status: derived.status,
      label: labelOf(derived.status),
      category: statusCategory(derived.status),
      date: date(derived.date),
    }
  );
}

function buildRecord(
  record: AnyRecord,
  request: ReportRequest,
  w: Window,
  names: ReadonlyMap<string, string>,
  partyNames: string[],
): ReportRecord | null {
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
  }));
  const everything = eventsOf(record, request, names);
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
    typeLabel: typeLabelOf(record),
    title: titleOf(record),
    shortTitle: shortTitleOf(record),
    partyNames,
    areas: 'areas' in record ? record.areas.map(labelOf) : [],
    summary: summaryOf(record),
    status: 'statusEvents' in record ? statusBlock(record, w.cutoff, w.today) : null,
    periods,
    events,
    attachments: [],
    links: [],
    alternateTitles: record.alternateTitles.map((a) => `${a.language}: ${a.title}`),
    placeOfSignature: record.kind === 'agreement' ? record.placeOfSignature : '',
  };
}

/** A record's links both ways, worded from its side ("Merged into" / "Absorbed"), with the other record's title. */
function linksOf(store: Store, record: AnyRecord): ReportRecord['links'] {
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
function attachmentsOf(store: Store, recordId: string): ReportRecord['attachments'] {
  return store.attachments(recordId).map((a) => ({
    title: a.title,
    fileName: a.versions[0]?.fileName ?? '',
    kindLabel: ATTACHMENT_KIND_LABELS[a.kind],
    date: a.date === 'XXXX' ? '' : formatPartialDate(a.date),
    hashPrefix: a.versions[0]?.sha256.slice(0, 12) ?? '',
  }));
}

function meetingOf(m: Meeting, names: ReadonlyMap<string, string>, w: Window): ReportMeeting {
  const status = derivedStatusOf(m, w.cutoff, w.today);
  return {
    id: m.id,
    title: m.title,
    typeLabel: labelOf(m.type),
    date: date(m.date),
    place: m.place,
    status: status ? labelOf(status.status) : '',
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

const KIND_ORDER: Record<RecordKind, number> = {
  agreement: 0,
  programme: 1,
  working_group: 2,
  meeting: 3,
  party: 4,
  person: 5,
};

function firstDay(r: ReportRecord): string {
  for (const e of r.events) {
    const from = fromEdtf(e.date.edtf).from;
    if (from !== null) return from;
  }
  return '9999';
}

function generatedText(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(now);
}

/** Records read between two steps of `assembleReportInSteps` (a few milliseconds of work each). */
const RECORDS_PER_STEP = 200;

/**
 * The assembly as steps: yields the share of records read so far (0…1) every RECORDS_PER_STEP records and returns
 * the ReportData. `assembleReport` runs it in one go; `assembleReportInSteps` lets other work run between steps.
 */
function* assembly(
  store: Store,
  requestInput: ReportRequestInput | ReportRequest,
  options: AssembleOptions,
): Generator<number, ReportData> {
  const request = parseOrThrow(reportRequestSchema, requestInput, 'Report request');
  const now = options.now ?? new Date();
  const today = todayIso(now);
  const asOf = request.asOf ? asOfCutoff(request.asOf) : null;
  const fromParsed = request.from ? parsePartialDate(request.from) : null;
  const toParsed = request.to ? asOfCutoff(request.to) : null;
  const w: Window = {
    today,
    cutoff: asOf?.ok ? (asOf.cutoff ?? null) : null,
    fromDay: fromParsed?.ok ? fromParsed.value.from : null,
    toDay: toParsed?.ok ? (toParsed.cutoff ?? null) : null,
  };
  const words = describeScope(store, request);
  const scoped = resolveScope(store, request);
  const names = store.partyAndPersonNames();
  const partyNamesOf = store.namedPartiesByRecord();

  const records: ReportRecord[] = [];
  const meetings: ReportMeeting[] = [];
  let read = 0;
  for (const { id, kind } of scoped) {
    if (++read % RECORDS_PER_STEP === 0) yield read / scoped.length;
    const record = store.findRecord(kind, id);
    if (!record) continue;
    const built = buildRecord(record, request, w, names, partyNamesOf.get(id) ?? []);
    if (!built) continue;
    built.attachments = attachmentsOf(store, id);
    built.links = linksOf(store, record);
    records.push(built);
    if (record.kind === 'meeting') meetings.push(meetingOf(record, names, w));
  }
  records.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      firstDay(a).localeCompare(firstDay(b)) ||
      a.title.localeCompare(b.title),
  );
  meetings.sort((a, b) => comparePartialDates(a.date.edtf, b.date.edtf) || a.title.localeCompare(b.title));

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

  const notes: string[] = [];
  if (undated.length) {
    notes.push(
      `${undated.length} event${undated.length === 1 ? ' has' : 's have'} no known date; ${undated.length === 1 ? 'it is' : 'they are'} listed under “Events without a known date” and shown in the chart’s undated column instead of being placed on the time axis.`,
    );
  }
  if (w.cutoff !== null)
    notes.push(
      `Statuses are as of ${formatPartialDate(asOf?.ok ? asOf.value.edtf : 'XXXX', 'long')}; later events are left out.`,
    );

  const reminders = store.listReminders({ withinDays: request.reminderDays, today }, new Set(records.map((r) => r.id)));
  return {
    version: 1,
    title: request.title || words.defaultTitle,
    marking: request.marking,
    pageSize: request.pageSize,
    generatedAt: now.toISOString(),
    generatedAtText: generatedText(now),
    today,
    asOf:
      asOf?.ok && w.cutoff
        ? { edtf: asOf.value.edtf, text: formatPartialDate(asOf.value.edtf), cutoff: w.cutoff }
        : null,
    range:
      request.from || request.to
        ? { from: w.fromDay, to: w.toDay, text: words.lines.find((l) => l.startsWith('Dates:'))?.slice(7) ?? '' }
        : null,
    scope: { description: words.description, lines: words.lines, request },
    records,
    chronology,
    undated,
    meetings,
    reminders,
    notes,
  };
}

/** Builds ReportData in one go (the CLI, tests, small scopes). Throws VALIDATION / NOT_FOUND for a bad request. */
export function assembleReport(
  store: Store,
  requestInput: ReportRequestInput | ReportRequest,
  options: AssembleOptions = {},
): ReportData {
  const steps = assembly(store, requestInput, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Builds ReportData in steps, awaiting `pause()` between them, so the worker that assembles a whole-register
 * report still answers progress and cancel (and other calls) meanwhile. `onProgress` gets the share of records
 * read (0…1); an aborted `signal` stops at the next step with its reason. The records are read as they are at
 * each step: an edit made during a long assembly may or may not be in the report, never half of one record.
 */
export async function assembleReportInSteps(
  store: Store,
  requestInput: ReportRequestInput | ReportRequest,
  options: AssembleOptions & {
    pause: () => Promise<void>;
    signal?: AbortSignal;
    onProgress?: (share: number) => void;
  },
): Promise<ReportData> {
  const steps = assembly(store, requestInput, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await options.pause();
    options.signal?.throwIfAborted();
  }
}
