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
import { asOfEventIdSql } from './status-sql';
import { MEETING_REACHED } from '../migrations/0014-meeting-open-dates';
import { foldText } from '../../electron/common/domain/fold';
import { RUNNING } from './kinds/search-parts';

export interface DocQuery {
  /** FTS5 expression; built by the search service from quoted terms only. */
  match: string;
  /** Rank by relevance; 'recent' (newest record first) when only filters were given. */
  order: 'rank' | 'recent';
  limit: number;
  offset: number;
  /**
   * Exact overlap with [fromDay, toDay] of any of the record's dated things. A status period still running (its span
   * ends at `now`, search-parts.ts `statusPeriodSpans`) runs to `today` (ISO day; the machine's local day by default):
   * an agreement in force since 1994 is dated in 2021, not in 2035.
   */
  days?: { fromDay: string; toDay: string; today?: string };
  /** Status on a day (latest event begun by then) must be one of `statuses`. */
  statusAsOf?: { cutoff: string; statuses: string[] | null };
  /**
   * The current status must be one of these: checked in SQL for meetings only, whose status may
   * follow their date (the index lists both "planned" and "held" for them; see statusesOverTime).
   */
  meetingStatusNow?: string[];
  /**
   * Kinds named by a kind word of the question ("Accordo" → agreement): a record of one of them that also says the
   * word has its bm25 score doubled, the word counting once as its kind and once as text, so the Accordo quadro
   * ranks above a meeting that only names it. Records found by kind alone score 0 and stay below every text match.
   */
  boostKinds?: string[];
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

/**
 * A record's derived status as json_array(status, date, event id), mirroring recordStatus /
 * recordStatusAsOf (electron/common/domain/status.ts): now, through the current_status view; as
 * of @cutoff, the event status-sql.ts picks (past: the last dated event begun by then; on or after today: an undated
 * event entered after it too), with a meeting dated by then Held unless an event other than "planned" decides. Migration 5 has the rule.
 */
const STATUS_NOW_SQL = `(SELECT json_array(c.status, c.date, c.event_id) FROM current_status c WHERE c.record_id = d.record_id)`;
const AS_OF_EVENT_SQL = `(SELECT json_array(x.status, x.date, x.id) FROM status_events x
   WHERE x.id = ${asOfEventIdSql('d.record_id')})`;
const STATUS_AS_OF_SQL = `coalesce(CASE WHEN coalesce(${AS_OF_EVENT_SQL} ->> 0, 'planned') = 'planned' THEN
   (SELECT json_array('held', m.date, NULL) FROM meetings m WHERE m.id = d.record_id AND ${MEETING_REACHED} <= @cutoff) END,
   ${AS_OF_EVENT_SQL})`;
const statusSql = (asOf: boolean): string => (asOf ? STATUS_AS_OF_SQL : STATUS_NOW_SQL);

export interface DocResult {
  rows: DocRow[];
  /** More than RANK_WINDOW records matched: only the most recent RANK_WINDOW were ranked. */
  windowed: boolean;
}

type Conditions = Pick<DocQuery, 'match' | 'days' | 'statusAsOf' | 'meetingStatusNow'>;

/** The WHERE terms and parameters a query's match and SQL-checked filters come to (`d` = search_docs). */
function conditionsOf(query: Conditions): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = ['search_fts MATCH @match'];
  const params: Record<string, unknown> = { match: query.match };
  if (query.days) {
    where.push(
      `EXISTS (SELECT 1 FROM json_each(d.spans) j WHERE j.value ->> 2 <= @toDay
         AND iif(j.value ->> 3 = '${RUNNING}', coalesce(@today, date('now', 'localtime')), j.value ->> 3) >= @fromDay)`,
    );
    Object.assign(params, { fromDay: query.days.fromDay, toDay: query.days.toDay, today: query.days.today ?? null });
  }
  if (query.statusAsOf) params.cutoff = query.statusAsOf.cutoff;
  if (query.statusAsOf?.statuses) {
    where.push(`${STATUS_AS_OF_SQL} ->> 0 IN (SELECT value FROM json_each(@statuses))`);
    params.statuses = JSON.stringify(query.statusAsOf.statuses);
  }
  if (query.meetingStatusNow) {
    where.push(`(d.kind <> 'meeting' OR ${STATUS_NOW_SQL} ->> 0 IN (SELECT value FROM json_each(@statusNow)))`);
    params.statusNow = JSON.stringify(query.meetingStatusNow);
  }
  return { where, params };
}

/**
 * Every record the query matches, unranked and unpaged (a timeline or report scoped by a search covers its whole
 * result set, not the first page): record ids, at most one per record.
 */
export function matchingRecordIds(db: Db, query: Conditions): string[] {
  const { where, params } = conditionsOf(query);
  const sql = `SELECT DISTINCT d.record_id AS id FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid
    WHERE ${where.join(' AND ')}`;
  return all<{ id: string }>(db, sql, params).map((r) => r.id);
}

export function queryDocs(db: Db, query: DocQuery): DocResult {
  const { where, params } = conditionsOf(query);
  Object.assign(params, { limit: query.limit, offset: query.offset });
  const boost = query.order === 'rank' && query.boostKinds?.length ? query.boostKinds : null;
  if (boost) params.boostKinds = JSON.stringify(boost);
  const from = `search_fts f ${where.length > 1 || boost ? 'JOIN search_docs d ON d.doc_id = f.rowid' : ''}`;
  const score = boost
    ? `${BM25} * (CASE WHEN d.kind IN (SELECT value FROM json_each(@boostKinds)) THEN 2 ELSE 1 END)`
    : BM25;
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
      SELECT f.rowid AS docId, ${query.order === 'rank' ? score : '0'} AS score
      FROM ${from}
      WHERE ${where.join(' AND ')}
      ORDER BY ${query.order === 'rank' ? 'score, f.rowid DESC' : 'f.rowid DESC'}
      LIMIT @limit OFFSET @offset
    )
    SELECT docId, score, recordId, kind, title, subtitle, date, fields, spans,
           st ->> 0 AS status, st ->> 1 AS statusDate, st ->> 2 AS statusEventId
    FROM (
      SELECT h.docId, h.score, d.record_id AS recordId, d.kind, d.title, d.subtitle, d.date, d.fields, d.spans,
             ${statusSql(Boolean(query.statusAsOf))} AS st
      FROM hits h
      JOIN search_docs d ON d.doc_id = h.docId
    ) h
    ORDER BY ${query.order === 'rank' ? 'h.score, h.docId DESC' : 'h.docId DESC'}`;
  const rows = all<DocRow>(db, sql, params);
  return { rows, windowed };
}

/**
 * Parties whose name, short name or native name is `name` (for `--party Japan`): exact matches
 * first (any case); when there are none, matches under the search fold (electron/common/domain/
 * fold.ts), so `Ｊａｐａｎ` typed full-width, `Cote d'Ivoire` or a Persian-keyboard spelling find
 * the party as search would. Parties are few (hundreds), so the fold runs over all of them.
 */
export function partiesNamed(db: Db, name: string): { id: string; name: string }[] {
  const text = name.trim();
  const exact = all<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM parties
     WHERE name = @name COLLATE NOCASE OR short_name = @name COLLATE NOCASE OR native_name = @name
     ORDER BY name`,
    { name: text },
  );
  if (exact.length > 0 || text === '') return exact;
  const wanted = foldText(text);
  return all<{ id: string; name: string; shortName: string | null; nativeName: string | null }>(
    db,
    'SELECT id, name, short_name AS shortName, native_name AS nativeName FROM parties ORDER BY name',
  )
    .filter((p) => [p.name, p.shortName, p.nativeName].some((n) => n !== null && foldText(n.trim()) === wanted))
    .map(({ id, name: partyName }) => ({ id, name: partyName }));
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
