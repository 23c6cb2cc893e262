/**
 * Record lists: one SQL query per call returns light summaries (title, derived status,
 * parties, areas) for every matching record, so a list of 50,000 rows never loads an
 * aggregate. Filtering by a party includes its sub-parties (Italy finds the Italian Air Force's
 * arrangements); date ranges are partial-date aware (a range overlaps a date's span).
 */
import { z } from 'zod';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { asOfCutoff, parsePartialDate } from '../../electron/common/domain/partial-date';
import type { PartyDates, RecordSummary } from '../../electron/common/domain/types';
import { CONSENT_EVENT_KINDS, RECORD_KINDS, labelOf, type Status } from '../../electron/common/domain/vocab';
import { CODECS, INVOLVEMENT_SQL } from './kinds';
import { loadSides, type Sides } from './sides';
import { asOfEventIdSql, undatedLaterSql } from './status-sql';
import type { Db } from './sql';
import { all } from './sql';

const SEP = '\u001f'; // unit separator: cannot occur in typed names

/** Which parties a record involves, by any role (assembled from the kind codecs). */
export { INVOLVEMENT_SQL };

export const listFilterSchema = z.object({
  kind: z.enum(RECORD_KINDS, { error: `Kind must be one of ${RECORD_KINDS.join(', ')}` }),
  text: z.string().max(200).optional(),
  partyId: z.string().max(40).optional(),
  statuses: z.array(z.string().max(40)).max(20).optional(),
  subkinds: z.array(z.string().max(40)).max(20).optional(),
  area: z.string().max(40).optional(),
  /** Partial dates as typed; the range covers from the first day of `from` to the last day of `to`. */
  from: z.string().max(100).optional(),
  to: z.string().max(100).optional(),
  /** A partial date: statuses and per-party dates as they stood on its last day (events begun by then). */
  asOf: z.string().max(100).optional(),
  limit: z.number().int().positive().max(1_000_000).optional(),
});
export type ListFilter = z.input<typeof listFilterSchema>;

function dayBounds(from: string | undefined, to: string | undefined): { fromDay: string | null; toDay: string | null } {
  const fromDay = from ? parseBound(from, 'From') : null;
  const toDay = to ? asOfDay(to) : null;
  return { fromDay, toDay };
}

function parseBound(text: string, field: string): string | null {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw dateError(field, parsed.error);
  return parsed.value.from;
}

function asOfDay(text: string): string | null {
  const parsed = asOfCutoff(text);
  if (!parsed.ok) throw dateError('To', parsed.error);
  return parsed.cutoff ?? null;
}

function dateError(field: string, message: string): AppError {
  return new AppError('VALIDATION', `${field} date: ${message}`, { fields: [{ path: field.toLowerCase(), message }] });
}

function asOfBound(text: string | undefined): string | null {
  if (!text?.trim()) return null;
  const parsed = asOfCutoff(text);
  if (!parsed.ok || !parsed.cutoff) {
    const message = parsed.ok ? 'give a date such as “2021” or “15 Jan 2021”' : parsed.error;
    throw new AppError('VALIDATION', `As of: ${message}`, { fields: [{ path: 'asOf', message }] });
  }
  return parsed.cutoff;
}

/** The status event that decides a record's status as of @cutoff: status-sql.ts, the twin of domain/status.ts statusAsOf. */
const STATUS_AS_OF_JOIN = `LEFT JOIN status_events cs ON cs.id = ${asOfEventIdSql('b.id')}`;

/**
 * A record existed by @cutoff unless everything dated about it starts later: its status events, a meeting's own date,
 * an agreement's per-party events (signature…). An agreement first signed after the day, a meeting held later, is not
 * on a list as of that day; a record with no known date at all stays (nothing says it came later).
 */
const EXISTED_BY_CUTOFF = `COALESCE((SELECT MIN(d) FROM (
     SELECT x.date_from AS d FROM status_events x WHERE x.record_id = b.id
     UNION ALL SELECT m.date_from FROM meetings m WHERE m.id = b.id
     UNION ALL SELECT e.date_from FROM agreement_party_events e
       JOIN agreement_parties ap ON ap.id = e.agreement_party_id WHERE ap.agreement_id = b.id
   ) WHERE d IS NOT NULL), '') <= @cutoff`;

/**
 * THE list query (the renderer's one list hook calls it through records.list): summaries of one kind, filtered,
 * with their derived status — now, or as of a date (then only the records that existed by that day) —, counterparts when a home party is set, and for agreements
 * each party's own dates. Errors: VALIDATION naming the date field that does not parse.
 */
export function listSummaries(db: Db, filterInput: ListFilter): RecordSummary[] {
  const filter = parseOrThrow(listFilterSchema, filterInput, 'List filter');
  const { fromDay, toDay } = dayBounds(filter.from, filter.to);
  const cutoff = asOfBound(filter.asOf);
  const where: string[] = [];
  const params: Record<string, unknown> = { sep: SEP };
  if (cutoff) {
    params.cutoff = cutoff;
    where.push(EXISTED_BY_CUTOFF);
  }
  if (filter.text?.trim()) {
    where.push(`b.title LIKE @text ESCAPE '\\'`);
    params.text = `%${filter.text.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  }
  if (filter.partyId) {
    where.push(`b.id IN (SELECT record_id FROM involvement WHERE party_id IN (SELECT id FROM scope))`);
    params.partyId = filter.partyId;
  }
  if (filter.statuses?.length) {
    where.push(`cs.status IN (SELECT value FROM json_each(@statuses))`);
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.subkinds?.length) {
    where.push(`b.subkind IN (SELECT value FROM json_each(@subkinds))`);
    params.subkinds = JSON.stringify(filter.subkinds);
  }
  if (filter.area) {
    where.push(`EXISTS (SELECT 1 FROM record_areas ra WHERE ra.record_id = b.id AND ra.area = @area)`);
    params.area = filter.area;
  }
  if (fromDay || toDay) {
    // Overlap test on spans: a partial date [from, to] overlaps the range [fromDay, toDay].
    params.fromDay = fromDay ?? '0000-01-01';
    params.toDay = toDay ?? '9999-12-31';
    where.push(`(EXISTS (SELECT 1 FROM status_events s WHERE s.record_id = b.id AND s.date_from <= @toDay AND s.date_to >= @fromDay)
      OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = b.id AND m.date_from <= @toDay AND m.date_to >= @fromDay))`);
  }
  const sql = `
    WITH RECURSIVE scope(id) AS (
      SELECT @partyId UNION SELECT p.id FROM parties p JOIN scope ON p.parent_id = scope.id
    ),
    involvement AS (${INVOLVEMENT_SQL}),
    b AS (${CODECS[filter.kind].sql.listRow})
    SELECT b.id, b.title, b.subtitle, b.subkind, b.date, r.updated_at AS updatedAt,
      cs.status, cs.date AS statusDate, ${cutoff ? 'cs.id' : 'cs.event_id'} AS eventId,
      ${cutoff ? undatedLaterSql('b.id', 'cs.id') : 'NULL'} AS undatedLater,
      (SELECT group_concat(i.party_id, @sep) FROM involvement i WHERE i.record_id = b.id AND i.party_id <> b.id) AS partyIds,
      (SELECT group_concat(p.name, @sep) FROM involvement i JOIN parties p ON p.id = i.party_id WHERE i.record_id = b.id AND i.party_id <> b.id) AS partyNames,
      (SELECT group_concat(area, @sep) FROM record_areas WHERE record_id = b.id) AS areas
    FROM b JOIN records r ON r.id = b.id
    ${cutoff ? STATUS_AS_OF_JOIN : 'LEFT JOIN current_status cs ON cs.record_id = b.id'}
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY b.title COLLATE NOCASE
    ${filter.limit ? 'LIMIT ' + filter.limit : ''}`;
  if (!('partyId' in params)) params.partyId = null;
  const rows = all<{
    id: string;
    title: string;
    subtitle: string;
    subkind: string;
    date: string;
    updatedAt: string;
    status: Status | null;
    statusDate: string | null;
    eventId: string | null;
    undatedLater: Status | null;
    partyIds: string | null;
    partyNames: string | null;
    areas: string | null;
  }>(db, sql, params);
  const sides = loadSides(db);
  const partyDates = filter.kind === 'agreement' ? agreementPartyDates(db, cutoff, sides) : null;
  return rows.map((row) => {
    const partyIds = split(row.partyIds);
    const summary: RecordSummary = {
      id: row.id,
      kind: filter.kind,
      title: row.title,
      subtitle: [row.subkind ? labelOf(row.subkind) : '', row.subtitle].filter(Boolean).join(' · '),
      date: row.date,
      status: row.status && row.statusDate ? { status: row.status, date: row.statusDate, eventId: row.eventId } : null,
      partyIds,
      partyNames: split(row.partyNames),
      areas: split(row.areas),
      updatedAt: row.updatedAt,
    };
    if (row.undatedLater) summary.statusUndatedLater = row.undatedLater;
    if (sides.homeId) summary.counterparts = sides.counterparts(partyIds);
    if (partyDates) summary.partyDates = partyDates.get(row.id) ?? [];
    return summary;
  });
}

/** Every expression of consent to be bound (accession, acceptance, approval…) fills the ratification column. */
const PARTY_DATE_KINDS: Record<string, 'signature' | 'ratification' | 'entryIntoForce'> = {
  signature: 'signature',
  ...Object.fromEntries(CONSENT_EVENT_KINDS.map((k) => [k, 'ratification' as const])),
  entry_into_force: 'entryIntoForce',
};
const PARTY_DATE_EVENTS = Object.keys(PARTY_DATE_KINDS)
  .map((k) => `'${k}'`)
  .join(', ');

/** Every agreement's parties with their own dates (as of @cutoff when given: undated events then do not count). */
function agreementPartyDates(db: Db, cutoff: string | null, sides: Sides): Map<string, PartyDates[]> {
  const rows = all<{ agreementId: string; partyId: string; name: string; kind: string | null; date: string | null }>(
    db,
    `SELECT ap.agreement_id AS agreementId, ap.party_id AS partyId, p.name, e.kind, e.date
     FROM agreement_parties ap JOIN parties p ON p.id = ap.party_id
     LEFT JOIN agreement_party_events e ON e.agreement_party_id = ap.id
       AND e.kind IN (${PARTY_DATE_EVENTS})
       ${cutoff ? 'AND e.date_from IS NOT NULL AND e.date_from <= @cutoff' : ''}
     ORDER BY ap.agreement_id, ap.position, e.date_sort, e.position`,
    cutoff ? { cutoff } : {},
  );
  const out = new Map<string, PartyDates[]>();
  for (const row of rows) {
    const list = out.get(row.agreementId) ?? [];
    out.set(row.agreementId, list);
    let entry = list.find((p) => p.partyId === row.partyId);
    if (!entry) {
      entry = {
        partyId: row.partyId,
        name: row.name,
        sideName: sides.rootOf(row.partyId).name,
        side: sides.sideOf(row.partyId),
      };
      list.push(entry);
    }
    const field = row.kind ? PARTY_DATE_KINDS[row.kind] : undefined;
    // The first dated event of each kind is the one a treaty table shows.
    if (field && row.date && entry[field] === undefined) entry[field] = row.date;
  }
  for (const list of out.values()) list.sort((a, b) => Number(b.side === 'home') - Number(a.side === 'home'));
  return out;
}

function split(value: string | null): string[] {
  return value ? value.split(SEP) : [];
}
