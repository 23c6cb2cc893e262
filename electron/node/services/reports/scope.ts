/**
 * Which records a report covers (the store answers each part of a scope in SQL, so a register of thousands of
 * agreements never loads an aggregate it will not print), and the scope in words for the report's scope block.
 */
import { AppError } from '../../../common/domain/errors';
import { understandDates } from '../../../common/domain/date-phrases';
import { formatPartialDate, parsePartialDate, todayIso } from '../../../common/domain/partial-date';
import type { ReportRequest } from '../../../common/domain/report';
import type { ReportLang } from '../../../common/domain/report-words';
import { articled } from '../../../common/domain/dates/display';
import { isStatusKind, labelOf, type RecordKind } from '../../../common/domain/vocab';
import { Store } from '../../../../db/store';
import { searchRecordIds } from '../search/search';

export interface ScopedRecord {
  id: string;
  kind: RecordKind;
}

function nameOf(store: Store, id: string, kind: RecordKind, field: string): string {
  const name = store.nameOf(kind, id);
  if (name === undefined)
    throw new AppError('NOT_FOUND', `${field}: no ${labelOf(kind).toLowerCase()} with id ${id}.`, {
      fields: [{ path: field, message: 'Not found' }],
    });
  return name;
}

function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  const next = new Set(b);
  return a === null ? next : new Set([...a].filter((id) => next.has(id)));
}

/** Records in scope, in no particular order. Throws NOT_FOUND / VALIDATION for bad ids. */
export function resolveScope(store: Store, request: ReportRequest): ScopedRecord[] {
  let ids: Set<string> | null = null;
  if (request.recordIds?.length) {
    const found = store.kindsOf(request.recordIds);
    const missing = request.recordIds.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('NOT_FOUND', `Selected records not found: ${missing.join(', ')}.`);
    const untimed = [...found].filter(([, kind]) => !isStatusKind(kind)).map(([id]) => id);
    if (untimed.length) {
      throw new AppError(
        'VALIDATION',
        `Parties and people have no timeline of their own; scope the report “by party” instead (${untimed.join(', ')}).`,
      );
    }
    ids = new Set(found.keys());
  }
  if (request.partyIds?.length) {
    const perParty = request.partyIds.map((partyId) => {
      nameOf(store, partyId, 'party', 'partyIds');
      return store.recordsInvolvingParty(partyId);
    });
    const combined =
      request.partyMatch === 'any'
        ? new Set(perParty.flatMap((s) => [...s]))
        : perParty.reduce((acc, s) => new Set([...acc].filter((id) => s.has(id))));
    ids = intersect(ids, combined);
  }
  if (request.programmeId) {
    nameOf(store, request.programmeId, 'programme', 'programmeId');
    ids = intersect(ids, store.programmeFamily(request.programmeId));
  }
  if (request.workingGroupId) {
    nameOf(store, request.workingGroupId, 'working_group', 'workingGroupId');
    ids = intersect(ids, store.workingGroupFamily(request.workingGroupId));
  }
  if (request.search) ids = intersect(ids, searchRecordIds(store, request.search).ids);
  return store
    .timelineRecords()
    .filter((r) => (ids === null || ids.has(r.id)) && (request.includeMeetings || r.kind !== 'meeting'));
}

interface ScopeText {
  and: string;
  or: string;
  parties: (list: string, count: number, any: boolean) => string;
  partiesPart: (list: string) => string;
  programme: (name: string) => string;
  programmePart: (name: string) => string;
  workingGroup: (name: string) => string;
  workingGroupPart: (name: string) => string;
  search: (query: string, chips: string) => string;
  searchDates: (labels: string) => string;
  searchPart: (query: string) => string;
  selected: (n: number) => string;
  selectedPart: (n: number) => string;
  all: string;
  allPart: string;
  range: (from: string, to: string) => string;
  dates: (range: string) => string;
  allDates: string;
  eventsPart: (range: string) => string;
  asOf: (date: string) => string;
  asOfPart: (date: string) => string;
  options: (meetings: boolean, partyEvents: boolean) => string;
  title: (subject: string) => string;
  defaultTitle: string;
}

const yesNo = (on: boolean) => (on ? 'included' : 'not included');
const siNo = (on: boolean) => (on ? 'inclusi' : 'esclusi');

/** The scope block's sentences per language (the Italian uses the interface's "schede", "enti dipendenti"). */
const SCOPE_TEXT: Record<ReportLang, ScopeText> = {
  en: {
    and: ' and ',
    or: ' or ',
    parties: (list, count, any) =>
      `Parties: ${list} (including their sub-parties${count > 1 ? (any ? '; records involving any of them' : '; records involving all of them') : ''})`,
    partiesPart: (list) => `records involving ${list} (incl. sub-parties)`,
    programme: (name) =>
      `Programme: ${name} (with its working groups, their sessions, the meetings that discussed them and the agreements that founded them)`,
    programmePart: (name) => `programme “${name}”`,
    workingGroup: (name) => `Working group: ${name} (with its sessions and the meetings that discussed it)`,
    workingGroupPart: (name) => `working group “${name}”`,
    search: (query, chips) => `Search: “${query}”${chips}, every record it finds`,
    searchDates: (labels) => ` (dates: ${labels})`,
    searchPart: (query) => `records the search “${query}” finds`,
    selected: (n) => `Selected records: ${n}`,
    selectedPart: (n) => `${n} selected record${n === 1 ? '' : 's'}`,
    all: 'Records: all agreements, working groups and programmes in the register',
    allPart: 'all records in the register',
    range: (from, to) => (from && to ? `from ${from} to ${to}` : from ? `from ${from}` : to ? `up to ${to}` : ''),
    dates: (range) => `Dates: ${range}`,
    allDates: 'all dates',
    eventsPart: (range) => `events ${range}`,
    asOf: (date) => `As of: ${date} (statuses and events known by the end of that date)`,
    asOfPart: (date) => `as of ${date}`,
    options: (meetings, partyEvents) =>
      `Meetings: ${yesNo(meetings)}; per-party events (signature, ratification…): ${yesNo(partyEvents)}`,
    title: (subject) => `${subject}: cooperation timeline`,
    defaultTitle: 'Defence cooperation timeline',
  },
  it: {
    and: ' e ',
    or: ' o ',
    parties: (list, count, any) =>
      `Parti: ${list} (compresi i loro enti dipendenti${count > 1 ? (any ? '; schede che coinvolgono almeno una di esse' : '; schede che le coinvolgono tutte') : ''})`,
    partiesPart: (list) => `schede che coinvolgono ${list} (compresi gli enti dipendenti)`,
    programme: (name) =>
      `Programma: ${name} (con i suoi gruppi di lavoro, le loro sessioni, gli incontri che ne hanno trattato e gli accordi che li hanno istituiti)`,
    programmePart: (name) => `programma «${name}»`,
    workingGroup: (name) => `Gruppo di lavoro: ${name} (con le sue sessioni e gli incontri che ne hanno trattato)`,
    workingGroupPart: (name) => `gruppo di lavoro «${name}»`,
    search: (query, chips) => `Ricerca: «${query}»${chips}, ogni scheda trovata`,
    searchDates: (labels) => ` (date: ${labels})`,
    searchPart: (query) => `schede trovate dalla ricerca «${query}»`,
    selected: (n) => `Schede selezionate: ${n}`,
    selectedPart: (n) => (n === 1 ? '1 scheda selezionata' : `${n} schede selezionate`),
    all: 'Schede: tutti gli accordi, i gruppi di lavoro e i programmi del registro',
    allPart: 'tutte le schede del registro',
    range: (from, to) =>
      from && to
        ? `${articled('da', from)} ${articled('a', to)}`
        : from
          ? articled('da', from)
          : to
            ? `fino ${articled('a', to)}`
            : '',
    dates: (range) => `Date: ${range}`,
    allDates: 'tutte le date',
    eventsPart: (range) => `eventi ${range}`,
    asOf: (date) => `Alla data: ${date} (stati ed eventi noti alla fine di quella data)`,
    asOfPart: (date) => `alla data ${date}`,
    options: (meetings, partyEvents) =>
      `Incontri: ${siNo(meetings)}; eventi di ciascuna parte (firma, ratifica…): ${siNo(partyEvents)}`,
    title: (subject) => `${subject}: cronologia della cooperazione`,
    defaultTitle: 'Cronologia della cooperazione nella difesa',
  },
};

function andList(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

const asWritten = (text: string, lang: ReportLang): string => {
  const parsed = parsePartialDate(text);
  return parsed.ok ? formatPartialDate(parsed.value, 'short', lang) : text;
};

export interface ScopeWords {
  description: string;
  lines: string[];
  defaultTitle: string;
  /** The date range in words ("from 2019 to 2021"), '' when the report has none. */
  rangeText: string;
}

/** The scope in words, exactly as asked, in the report's language: a reader must be able to tell what it leaves out. */
export function describeScope(store: Store, request: ReportRequest): ScopeWords {
  const T = SCOPE_TEXT[request.lang];
  const lines: string[] = [];
  const parts: string[] = [];
  let subject = '';
  if (request.partyIds?.length) {
    const names = request.partyIds.map((id) => nameOf(store, id, 'party', 'partyIds'));
    const any = request.partyMatch === 'any';
    const list = names.length > 1 && any ? andList(names, T.or) : andList(names, T.and);
    lines.push(T.parties(list, names.length, any));
    parts.push(T.partiesPart(list));
    subject = names.join('–');
  }
  if (request.programmeId) {
    const name = nameOf(store, request.programmeId, 'programme', 'programmeId');
    lines.push(T.programme(name));
    parts.push(T.programmePart(name));
    subject ||= name;
  }
  if (request.workingGroupId) {
    const name = nameOf(store, request.workingGroupId, 'working_group', 'workingGroupId');
    lines.push(T.workingGroup(name));
    parts.push(T.workingGroupPart(name));
    subject ||= name;
  }
  if (request.search) {
    const { query, today, datesAsText } = request.search;
    const { dates } = understandDates(query, today ?? todayIso(), datesAsText);
    const chips = dates.length ? T.searchDates(dates.map((d) => d.label).join(', ')) : '';
    lines.push(T.search(query, chips));
    parts.push(T.searchPart(query));
    subject ||= `“${query}”`;
  }
  if (request.recordIds?.length) {
    lines.push(T.selected(request.recordIds.length));
    parts.push(T.selectedPart(request.recordIds.length));
  }
  if (parts.length === 0) {
    lines.push(T.all);
    parts.push(T.allPart);
  }
  const from = request.from ? asWritten(request.from, request.lang) : '';
  const to = request.to ? asWritten(request.to, request.lang) : '';
  const range = T.range(from, to);
  lines.push(T.dates(range || T.allDates));
  parts.push(range ? T.eventsPart(range) : T.allDates);
  if (request.asOf) {
    lines.push(T.asOf(asWritten(request.asOf, request.lang)));
    parts.push(T.asOfPart(asWritten(request.asOf, request.lang)));
  }
  lines.push(T.options(request.includeMeetings, request.includePartyEvents));
  const sentence = parts.join('; ');
  return {
    description: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.',
    lines,
    defaultTitle: subject ? T.title(subject) : T.defaultTitle,
    rangeText: range,
  };
}
