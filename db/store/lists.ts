/**
 * Record lists: one SQL query per call returns light summaries (title, derived status,
 * parties, areas) for every matching record, so a list of 50,000 rows never loads an
 * aggregate. Filtering by a party includes its sub-parties (Italy finds the Italian Air Force's
 * arrangements); date ranges are partial-date aware (a range overlaps a date's span).
 */
import { z } from 'zod';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { asOfCutoff, parsePartialDate } from '../../electron/common/domain/partial-date';
import type { RecordSummary } from '../../electron/common/domain/types';
import { RECORD_KINDS, labelOf, type Status } from '../../electron/common/domain/vocab';
import { CODECS, INVOLVEMENT_SQL } from './kinds';
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

export function listSummaries(db: Db, filterInput: ListFilter): RecordSummary[] {
  const filter = parseOrThrow(listFilterSchema, filterInput, 'List filter');
  const { fromDay, toDay } = dayBounds(filter.from, filter.to);
  const where: string[] = [];
  const params: Record<string, unknown> = { sep: SEP };
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
      cs.status, cs.date AS statusDate, cs.event_id AS eventId,
      (SELECT group_concat(i.party_id, @sep) FROM involvement i WHERE i.record_id = b.id AND i.party_id <> b.id) AS partyIds,
      (SELECT group_concat(p.name, @sep) FROM involvement i JOIN parties p ON p.id = i.party_id WHERE i.record_id = b.id AND i.party_id <> b.id) AS partyNames,
      (SELECT group_concat(area, @sep) FROM record_areas WHERE record_id = b.id) AS areas
    FROM b JOIN records r ON r.id = b.id
    LEFT JOIN current_status cs ON cs.record_id = b.id
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
    partyIds: string | null;
    partyNames: string | null;
    areas: string | null;
  }>(db, sql, params);
  return rows.map((row) => ({
    id: row.id,
    kind: filter.kind,
    title: row.title,
    subtitle: [row.subkind ? labelOf(row.subkind) : '', row.subtitle].filter(Boolean).join(' · '),
    date: row.date,
    status: row.status && row.statusDate ? { status: row.status, date: row.statusDate, eventId: row.eventId } : null,
    partyIds: split(row.partyIds),
    partyNames: split(row.partyNames),
    areas: split(row.areas),
    updatedAt: row.updatedAt,
  }));
}

function split(value: string | null): string[] {
  return value ? value.split(SEP) : [];
}
