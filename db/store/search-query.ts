/**
 * Runs a prepared full-text query. The caller (electron/services/search) has already turned the
 * person's words and filters into one FTS5 expression: filters that can be index tokens (kind,
 * type, status now, area, party incl. sub-parties, date range at month/year level) are part of
 * the MATCH, so FTS5 narrows the candidates itself and only the page of hits is read back.
 * What tokens cannot say — the exact day bounds of a date range, a status as of a date — is
 * tested here in SQL on the candidates.
 */
import type { Db } from './open';
import { all } from './sql';

export interface DocQuery {
  /** FTS5 expression; built by the search service from quoted terms only. */
  match: string;
  /** Rank by relevance; 'recent' (newest record first) when only filters were given. */
  order: 'rank' | 'recent';
  limit: number;
  offset: number;
  /** Exact overlap with [fromDay, toDay] of any of the record's dated things. */
  days?: { fromDay: string; toDay: string };
  /** Status on a day (latest event begun by then) must be one of `statuses`. */
  statusAsOf?: { cutoff: string; statuses: string[] | null };
}

export interface DocRow {
  docId: number;
  score: number;
  recordId: string;
  kind: string;
  title: string;
  subtitle: string;
  date: string;
  fields: string;
  spans: string;
  textTitle: string;
  textSummary: string;
  textBody: string;
  status: string | null;
  statusDate: string | null;
  statusEventId: string | null;
}

/** The latest status event begun by @cutoff (all events when no cutoff): mirrors statusAsOf / currentStatus. */
const STATUS_EVENT_SQL = (cutoff: boolean) => `(SELECT x.id FROM status_events x WHERE x.record_id = d.record_id
   ${cutoff ? 'AND x.date_from IS NOT NULL AND x.date_from <= @cutoff' : ''}
   ORDER BY x.date_sort DESC, x.position DESC LIMIT 1)`;

export function queryDocs(db: Db, query: DocQuery): DocRow[] {
  const where: string[] = ['search_fts MATCH @match'];
  const params: Record<string, unknown> = { match: query.match, limit: query.limit, offset: query.offset };
  if (query.days) {
    where.push(`EXISTS (SELECT 1 FROM json_each(d.spans) j WHERE j.value ->> 2 <= @toDay AND j.value ->> 3 >= @fromDay)`);
    Object.assign(params, query.days);
  }
  if (query.statusAsOf) params.cutoff = query.statusAsOf.cutoff;
  if (query.statusAsOf?.statuses) {
    where.push(`(SELECT s.status FROM status_events s WHERE s.id = ${STATUS_EVENT_SQL(true)}) IN (SELECT value FROM json_each(@statuses))`);
    params.statuses = JSON.stringify(query.statusAsOf.statuses);
  }
  const needsDocs = where.length > 1;
  const order = query.order === 'rank' ? 'f.rank' : 'f.rowid DESC';
  const sql = `
    WITH hits AS MATERIALIZED (
      SELECT f.rowid AS docId, ${query.order === 'rank' ? 'f.rank' : '0'} AS score
      FROM search_fts f ${needsDocs ? 'JOIN search_docs d ON d.doc_id = f.rowid' : ''}
      WHERE ${where.join(' AND ')}
      ORDER BY ${order}
      LIMIT @limit OFFSET @offset
    )
    SELECT h.docId, h.score, d.record_id AS recordId, d.kind, d.title, d.subtitle, d.date, d.fields, d.spans,
           f.title AS textTitle, f.summary AS textSummary, f.body AS textBody,
           s.status, s.date AS statusDate, s.id AS statusEventId
    FROM hits h
    JOIN search_docs d ON d.doc_id = h.docId
    JOIN search_fts f ON f.rowid = h.docId
    LEFT JOIN status_events s ON s.id = ${STATUS_EVENT_SQL(Boolean(query.statusAsOf))}
    ORDER BY ${query.order === 'rank' ? 'h.score, h.docId' : 'h.docId DESC'}`;
  return all<DocRow>(db, sql, params);
}

/** Parties whose name, short name or native name is exactly `name` (any case): for `--party Japan`. */
export function partiesNamed(db: Db, name: string): { id: string; name: string }[] {
  return all<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM parties
     WHERE name = @name COLLATE NOCASE OR short_name = @name COLLATE NOCASE OR native_name = @name
     ORDER BY name`,
    { name: name.trim() },
  );
}
