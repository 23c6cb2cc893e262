/**
 * Builds ReportData once from the store; every format renders only this structure. Status periods and
 * "as of" answers come from the model's derivation (db/model/status.ts), so the report, the record
 * view and the CLI can never disagree about a status. Each record is built by records.ts, the chronology by
 * events.ts; this module reads the scope, steps through it and puts the parts together.
 */
import { parseOrThrow } from '../../../common/domain/errors';
import { asOfCutoff, comparePartialDates, parsePartialDate, todayIso } from '../../../common/domain/partial-date';
import { reportWords } from '../../../common/domain/report-words';
import {
  reportRequestSchema,
  type ReportData,
  type ReportMeeting,
  type ReportRecord,
  type ReportRequest,
  type ReportRequestInput,
} from '../../../common/domain/report';
import { Store } from '../../../../db/store';
import { chronologyOf } from './events';
import { attachmentsOf, linksOf, buildRecord, meetingOf, sortRecords, type Window } from './records';
import { describeScope, resolveScope } from './scope';

export interface AssembleOptions {
  /** The clock (tests, benchmarks). */
  now?: Date;
}

function generatedText(now: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
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
  const words = reportWords(request.lang);
  const asOf = request.asOf ? asOfCutoff(request.asOf) : null;
  const fromParsed = request.from ? parsePartialDate(request.from) : null;
  const toParsed = request.to ? asOfCutoff(request.to) : null;
  const w: Window = {
    today,
    cutoff: asOf?.ok ? (asOf.cutoff ?? null) : null,
    fromDay: fromParsed?.ok ? fromParsed.value.from : null,
    toDay: toParsed?.ok ? (toParsed.cutoff ?? null) : null,
    words,
  };
  const scope = describeScope(store, request);
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
    built.attachments = attachmentsOf(store, id, words);
    built.links = linksOf(store, record, words.label);
    records.push(built);
    if (record.kind === 'meeting') meetings.push(meetingOf(record, names, w));
  }
  sortRecords(records);
  meetings.sort((a, b) => comparePartialDates(a.date.edtf, b.date.edtf) || a.title.localeCompare(b.title));

  const { chronology, undated } = chronologyOf(records);

  const notes: string[] = [];
  if (undated.length) notes.push(words.undatedNote(undated.length));
  if (w.cutoff !== null) notes.push(words.asOfNote(words.date(asOf?.ok ? asOf.value.edtf : 'XXXX', 'long')));

  const reminders = store.listReminders({ withinDays: request.reminderDays, today }, new Set(records.map((r) => r.id)));
  return {
    version: 1,
    lang: words.lang,
    title: request.title || scope.defaultTitle,
    marking: request.marking,
    pageSize: request.pageSize,
    generatedAt: now.toISOString(),
    generatedAtText: generatedText(now, words.locale),
    today,
    asOf: asOf?.ok && w.cutoff ? { edtf: asOf.value.edtf, text: words.date(asOf.value.edtf), cutoff: w.cutoff } : null,
    range: request.from || request.to ? { from: w.fromDay, to: w.toDay, text: scope.rangeText } : null,
    scope: { description: scope.description, lines: scope.lines, request },
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
