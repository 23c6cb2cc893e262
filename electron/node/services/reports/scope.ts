/**
 * Which records a report covers, in SQL (so a register of thousands of agreements never loads an
 * aggregate it will not print), and the scope in words for the report's scope block.
 */
import { AppError } from '../../../common/domain/errors';
import { formatPartialDate, parsePartialDate } from '../../../common/domain/partial-date';
import type { ReportRequest } from '../../../common/domain/report';
import { isStatusKind, labelOf, type RecordKind } from '../../../common/domain/vocab';
import { INVOLVEMENT_SQL } from '../../../../db/store/lists';
import type { Db } from '../../../../db/store/open';
import { all, get } from '../../../../db/store/sql';

export interface ScopedRecord {
  id: string;
  kind: RecordKind;
}

const TIMELINE_KINDS_SQL = `SELECT id, kind FROM records WHERE kind IN ('agreement', 'working_group', 'programme', 'meeting')`;

/** Records involving `partyId` or any of its sub-parties, by any role. */
const PARTY_SQL = `
  WITH RECURSIVE scope(id) AS (SELECT ? UNION SELECT p.id FROM parties p JOIN scope ON p.parent_id = scope.id),
  involvement AS (${INVOLVEMENT_SQL})
  SELECT DISTINCT record_id AS id FROM involvement WHERE party_id IN (SELECT id FROM scope)`;

/** A programme, the working groups it founded, their sessions, and the meetings that discussed any of them. */
const PROGRAMME_SQL = `
  WITH fam(id) AS (SELECT @id UNION SELECT id FROM working_groups WHERE founding_programme_id = @id)
  SELECT id FROM fam
  UNION SELECT meeting_id FROM working_group_sessions WHERE working_group_id IN (SELECT id FROM fam)
  UNION SELECT meeting_id FROM meeting_links WHERE record_id IN (SELECT id FROM fam)`;

/** A working group, its sessions and the meetings that discussed it. */
const WORKING_GROUP_SQL = `
  SELECT @id AS id
  UNION SELECT meeting_id FROM working_group_sessions WHERE working_group_id = @id
  UNION SELECT meeting_id FROM meeting_links WHERE record_id = @id`;

function nameOf(db: Db, id: string, kind: RecordKind, field: string): string {
  const table = { party: 'parties', programme: 'programmes', working_group: 'working_groups' }[kind as 'party'];
  const column = kind === 'party' || kind === 'programme' || kind === 'working_group' ? 'name' : 'title';
  const row = get<{ name: string }>(db, `SELECT ${column} AS name FROM ${table} WHERE id = ?`, id);
  if (!row)
    throw new AppError('NOT_FOUND', `${field}: no ${labelOf(kind).toLowerCase()} with id ${id}.`, {
      fields: [{ path: field, message: 'Not found' }],
    });
  return row.name;
}

function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  const next = new Set(b);
  return a === null ? next : new Set([...a].filter((id) => next.has(id)));
}

/** Records in scope, in no particular order. Throws NOT_FOUND / VALIDATION for bad ids. */
export function resolveScope(db: Db, request: ReportRequest): ScopedRecord[] {
  let ids: Set<string> | null = null;
  if (request.recordIds?.length) {
    const rows = all<{ id: string; kind: RecordKind }>(
      db,
      `SELECT id, kind FROM records WHERE id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(request.recordIds),
    );
    const found = new Map(rows.map((r) => [r.id, r.kind]));
    const missing = request.recordIds.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('NOT_FOUND', `Selected records not found: ${missing.join(', ')}.`);
    const untimed = rows.filter((r) => !isStatusKind(r.kind));
    if (untimed.length) {
      throw new AppError(
        'VALIDATION',
        `Parties and people have no timeline of their own; scope the report “by party” instead (${untimed.map((r) => r.id).join(', ')}).`,
      );
    }
    ids = new Set(found.keys());
  }
  if (request.partyIds?.length) {
    const perParty = request.partyIds.map((partyId) => {
      nameOf(db, partyId, 'party', 'partyIds');
      return new Set(all<{ id: string }>(db, PARTY_SQL, partyId).map((r) => r.id));
    });
    const combined =
      request.partyMatch === 'any'
        ? new Set(perParty.flatMap((s) => [...s]))
        : perParty.reduce((acc, s) => new Set([...acc].filter((id) => s.has(id))));
    ids = intersect(ids, combined);
  }
  if (request.programmeId) {
    nameOf(db, request.programmeId, 'programme', 'programmeId');
    ids = intersect(
      ids,
      all<{ id: string }>(db, PROGRAMME_SQL, { id: request.programmeId }).map((r) => r.id),
    );
  }
  if (request.workingGroupId) {
    nameOf(db, request.workingGroupId, 'working_group', 'workingGroupId');
    ids = intersect(
      ids,
      all<{ id: string }>(db, WORKING_GROUP_SQL, { id: request.workingGroupId }).map((r) => r.id),
    );
  }
  return all<ScopedRecord>(db, TIMELINE_KINDS_SQL).filter(
    (r) => (ids === null || ids.has(r.id)) && (request.includeMeetings || r.kind !== 'meeting'),
  );
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
export function describeScope(db: Db, request: ReportRequest): ScopeWords {
  const lines: string[] = [];
  const parts: string[] = [];
  let subject = '';
  if (request.partyIds?.length) {
    const names = request.partyIds.map((id) => nameOf(db, id, 'party', 'partyIds'));
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
    const name = nameOf(db, request.programmeId, 'programme', 'programmeId');
    lines.push(`Programme: ${name} (with its working groups, their sessions and the meetings that discussed them)`);
    parts.push(`programme “${name}”`);
    subject ||= name;
  }
  if (request.workingGroupId) {
    const name = nameOf(db, request.workingGroupId, 'working_group', 'workingGroupId');
    lines.push(`Working group: ${name} (with its sessions and the meetings that discussed it)`);
    parts.push(`working group “${name}”`);
    subject ||= name;
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
