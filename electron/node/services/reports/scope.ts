/**
 * Which records a report covers (the store answers each part of a scope in SQL, so a register of thousands of
 * agreements never loads an aggregate it will not print), and the scope in words for the report's scope block.
 */
import { AppError } from '../../../common/domain/errors';
import { understandDates } from '../../../common/domain/date-phrases';
import { formatPartialDate, parsePartialDate, todayIso } from '../../../common/domain/partial-date';
import type { ReportRequest } from '../../../common/domain/report';
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

function andList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const asWritten = (text: string): string => {
  const parsed = parsePartialDate(text);
  return parsed.ok ? formatPartialDate(parsed.value) : text;
};

export interface ScopeWords {
  description: string;
  lines: string[];
  defaultTitle: string;
}

/** The scope in words, exactly as asked: a reader must be able to tell what the report leaves out. */
export function describeScope(store: Store, request: ReportRequest): ScopeWords {
  const lines: string[] = [];
  const parts: string[] = [];
  let subject = '';
  if (request.partyIds?.length) {
    const names = request.partyIds.map((id) => nameOf(store, id, 'party', 'partyIds'));
    const joiner = request.partyMatch === 'any' ? ' or ' : ' and ';
    const list =
      names.length > 1 && request.partyMatch === 'any'
        ? `${names.slice(0, -1).join(', ')}${joiner}${names.at(-1)}`
        : andList(names);
    lines.push(
      `Parties: ${list} (including their sub-parties${names.length > 1 ? (request.partyMatch === 'any' ? '; records involving any of them' : '; records involving all of them') : ''})`,
    );
    parts.push(`records involving ${list} (incl. sub-parties)`);
    subject = names.join('–');
  }
  if (request.programmeId) {
    const name = nameOf(store, request.programmeId, 'programme', 'programmeId');
    lines.push(
      `Programme: ${name} (with its working groups, their sessions, the meetings that discussed them and the agreements that founded them)`,
    );
    parts.push(`programme “${name}”`);
    subject ||= name;
  }
  if (request.workingGroupId) {
    const name = nameOf(store, request.workingGroupId, 'working_group', 'workingGroupId');
    lines.push(`Working group: ${name} (with its sessions and the meetings that discussed it)`);
    parts.push(`working group “${name}”`);
    subject ||= name;
  }
  if (request.search) {
    const { query, today, datesAsText } = request.search;
    const { dates } = understandDates(query, today ?? todayIso(), datesAsText);
    const chips = dates.length ? ` (dates: ${dates.map((d) => d.label).join(', ')})` : '';
    lines.push(`Search: “${request.search.query}”${chips}, every record it finds`);
    parts.push(`records the search “${request.search.query}” finds`);
    subject ||= `“${request.search.query}”`;
  }
  if (request.recordIds?.length) {
    lines.push(`Selected records: ${request.recordIds.length}`);
    parts.push(`${request.recordIds.length} selected record${request.recordIds.length === 1 ? '' : 's'}`);
  }
  if (parts.length === 0) {
    lines.push('Records: all agreements, working groups and programmes in the register');
    parts.push('all records in the register');
  }
  const from = request.from ? asWritten(request.from) : '';
  const to = request.to ? asWritten(request.to) : '';
  const range = from && to ? `from ${from} to ${to}` : from ? `from ${from}` : to ? `up to ${to}` : '';
  lines.push(`Dates: ${range || 'all dates'}`);
  parts.push(range ? `events ${range}` : 'all dates');
  if (request.asOf) {
    lines.push(`As of: ${asWritten(request.asOf)} (statuses and events known by the end of that date)`);
    parts.push(`as of ${asWritten(request.asOf)}`);
  }
  lines.push(
    `Meetings: ${request.includeMeetings ? 'included' : 'not included'}; per-party events (signature, ratification…): ${request.includePartyEvents ? 'included' : 'not included'}`,
  );
  const sentence = parts.join('; ');
  return {
    description: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.',
    lines,
    defaultTitle: subject ? `${subject}: cooperation timeline` : 'Defence cooperation timeline',
  };
}
