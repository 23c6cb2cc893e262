/**
 * Runs a prepared full-text query. The caller (electron/services/search) has already turned the
 * person's words and filters into one FTS5 expression: filters that can be index tokens (kind,
 * type, status now, area, party incl. sub-parties, date range at month/year level) are part of
 * the MATCH, so FTS5 narrows the candidates itself and only the page of hits is read back.
 * What tokens cannot say — the exact day bounds of a date range, a status as of a date — is
 * tested here in SQL on the candidates.
 *
 * Ranking is bm25 with field weights. When more than RANK_WINDOW records match, only the
 * RANK_WINDOW most recently created of them are ranked (FTS5 finds that boundary by walking
 * rowids backwards without scoring, which is cheap, and then scores only rows past it). This bounds the
 * cost of a very broad search ("cooperation" in 40,000 meetings) at a few milliseconds whatever
 * the register's size; a search that matches fewer records is ranked exactly. The service tells
 * the person when this happened.
 */
import type { Db } from './sql';
import { all, get } from './sql';

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
  /** How many of the newest matches to rank (RANK_WINDOW unless a test wants a small one). */
  window?: number;
}

/** How many of the most recent matches a very broad search ranks. */
export const RANK_WINDOW = 5000;

/** Same weights as the table's rank setting (migration 4); explicit because FTS5 then honours rowid bounds. */
const BM25 = 'bm25(search_fts, 10.0, 4.0, 1.0, 1.0, 0.0)';

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
  status: string | null;
  statusDate: string | null;
  statusEventId: string | null;
}

/** The latest status event begun by @cutoff (all events when no cutoff): mirrors statusAsOf / currentStatus. */
const STATUS_EVENT_SQL = (cutoff: boolean) => `(SELECT x.id FROM status_events x WHERE x.record_id = d.record_id
   ${cutoff ? 'AND x.date_from IS NOT NULL AND x.date_from <= @cutoff' : ''}
   ORDER BY x.date_sort DESC, x.position DESC LIMIT 1)`;

export interface DocResult {
  rows: DocRow[];
  /** More than RANK_WINDOW records matched: only the most recent RANK_WINDOW were ranked. */
  windowed: boolean;
}

export function queryDocs(db: Db, query: DocQuery): DocResult {
  const where: string[] = ['search_fts MATCH @match'];
  const params: Record<string, unknown> = { match: query.match, limit: query.limit, offset: query.offset };
  if (query.days) {
    where.push(
      `EXISTS (SELECT 1 FROM json_each(d.spans) j WHERE j.value ->> 2 <= @toDay AND j.value ->> 3 >= @fromDay)`,
    );
    Object.assign(params, query.days);
  }
  if (query.statusAsOf) params.cutoff = query.statusAsOf.cutoff;
  if (query.statusAsOf?.statuses) {
    where.push(
      `(SELECT s.status FROM status_events s WHERE s.id = ${STATUS_EVENT_SQL(true)}) IN (SELECT value FROM json_each(@statuses))`,
    );
    params.statuses = JSON.stringify(query.statusAsOf.statuses);
  }
  const from = `search_fts f ${where.length > 1 ? 'JOIN search_docs d ON d.doc_id = f.rowid' : ''}`;
  const window = Math.max(1, Math.floor(query.window ?? RANK_WINDOW));
  // Ranked: find the RANK_WINDOW-th newest match by walking rowids downwards (no scoring: cheap);
  // if it exists, only rows from there on are scored. SQLite's top-k sort then keeps just the page.
  let windowed = false;
  if (query.order === 'rank') {
    const edge = get<{ rowid: number }>(
      db,
      `SELECT f.rowid FROM ${from} WHERE ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT 1 OFFSET ${window - 1}`,
      params,
    );
    if (edge) {
      const older = get(db, `SELECT 1 AS yes FROM ${from} WHERE ${where.join(' AND ')} AND f.rowid < @edge LIMIT 1`, {
        ...params,
        edge: edge.rowid,
      });
      windowed = older !== undefined;
      if (windowed) {
        where.push('f.rowid >= @edge');
        params.edge = edge.rowid;
      }
    }
  }
  const sql = `
    WITH hits AS MATERIALIZED (
      SELECT f.rowid AS docId, ${query.order === 'rank' ? BM25 : '0'} AS score
      FROM ${from}
      WHERE ${where.join(' AND ')}
      ORDER BY ${query.order === 'rank' ? 'score, f.rowid DESC' : 'f.rowid DESC'}
      LIMIT @limit OFFSET @offset
    )
    SELECT h.docId, h.score, d.record_id AS recordId, d.kind, d.title, d.subtitle, d.date, d.fields, d.spans,
           s.status, s.date AS statusDate, s.id AS statusEventId
    FROM hits h
    JOIN search_docs d ON d.doc_id = h.docId
    LEFT JOIN status_events s ON s.id = ${STATUS_EVENT_SQL(Boolean(query.statusAsOf))}
    ORDER BY ${query.order === 'rank' ? 'h.score, h.docId DESC' : 'h.docId DESC'}`;
  const rows = all<DocRow>(db, sql, params);
  return { rows, windowed };
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

const vocabReady = new WeakSet<Db>();

/**
 * True when `term` (as the tokenizer folds it) occurs anywhere in the index. Read through a
 * per-connection TEMP fts5vocab table (temp works on read-only connections too); a term that is
 * absent costs a single b-tree probe. Used to drop plural alternatives no record contains.
 */
export function indexHasTerm(db: Db, term: string): boolean {
  if (!vocabReady.has(db)) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, 'row')`);
    vocabReady.add(db);
  }
  return get(db, 'SELECT 1 AS yes FROM temp.search_vocab WHERE term = ?', term) !== undefined;
}
