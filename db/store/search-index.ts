/**
 * Keeps the full-text index in step with every write. records.ts calls indexRecord /
 * unindexRecord inside the write's own transaction, so a write and its index change commit or
 * roll back together: the index never disagrees with the data it describes.
 *
 * Also: rebuilding the whole index (`cli reindex`, a damaged or missing index), and checking it
 * (FTS5 integrity-check plus "one index row per record") when the database opens.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../electron/common/domain/errors';
import type { AnyRecord } from '../../electron/common/domain/types';
import {
  buildDoc,
  copiersOf,
  directLookup,
  loadForIndex,
  memoLookup,
  type DocLookup,
  type SearchDoc,
} from './search-docs';
import type { Db } from './sql';
import { all, get, run } from './sql';

/** The first schema version with the search tables in their current (contentless) shape. */
export const SEARCH_SCHEMA_VERSION = 4;

const ready = new WeakSet<Db>();

/** False while a database is held below the search migration (migration tests stop at earlier versions). */
function hasSearchTables(db: Db): boolean {
  if (ready.has(db)) return true;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < SEARCH_SCHEMA_VERSION) return false;
  ready.add(db);
  return true;
}

/** A hash of exactly what goes into the index, so a deep check can tell a stale row without storing the text twice. */
function textHash(doc: SearchDoc): string {
  const c = doc.columns;
  return createHash('sha1').update([c.title, c.summary, c.body, c.dates, c.facets].join('\u0000')).digest('base64');
}

function insertText(db: Db, docId: number | bigint, doc: SearchDoc): void {
  run(
    db,
    'INSERT INTO search_fts (rowid, title, summary, body, dates, facets) VALUES (@rowid, @title, @summary, @body, @dates, @facets)',
    { rowid: docId, ...doc.columns },
  );
}

function writeDoc(db: Db, doc: SearchDoc, old: { docId: number; textHash: string } | undefined): void {
  const meta = {
    record_id: doc.recordId,
    kind: doc.kind,
    title: doc.title,
    subtitle: doc.subtitle,
    date: doc.date,
    fields: JSON.stringify(doc.fields),
    spans: JSON.stringify(doc.spans),
    sig: doc.sig,
    text_hash: textHash(doc),
  };
  if (!old) {
    const inserted = run(
      db,
      `INSERT INTO search_docs (record_id, kind, title, subtitle, date, fields, spans, sig, text_hash)
       VALUES (@record_id, @kind, @title, @subtitle, @date, @fields, @spans, @sig, @text_hash)`,
      meta,
    );
    insertText(db, inserted.lastInsertRowid, doc);
    return;
  }
  run(
    db,
    `UPDATE search_docs SET kind = @kind, title = @title, subtitle = @subtitle, date = @date, fields = @fields, spans = @spans,
       sig = @sig, text_hash = @text_hash WHERE doc_id = @doc_id`,
    { ...meta, doc_id: old.docId },
  );
  // The index is contentless: a row is replaced by deleting it by rowid and inserting the new text.
  if (old.textHash !== meta.text_hash) {
    run(db, 'DELETE FROM search_fts WHERE rowid = ?', old.docId);
    insertText(db, old.docId, doc);
  }
}

const OLD_DOC_SQL = 'SELECT doc_id AS docId, sig, text_hash AS textHash FROM search_docs WHERE record_id = ?';

function indexWith(db: Db, lookup: DocLookup, record: AnyRecord): void {
  const doc = buildDoc(lookup, record);
  const old = get<{ docId: number; sig: string; textHash: string }>(db, OLD_DOC_SQL, record.id);
  writeDoc(db, doc, old);
  // A renamed (or re-parented) party or person: the records that copy its names follow.
  if (old && old.sig !== doc.sig) {
    for (const id of copiersOf(db, record)) {
      const copier = loadForIndex(db, id);
      if (copier) writeDoc(db, buildDoc(lookup, copier), get<{ docId: number; textHash: string }>(db, OLD_DOC_SQL, id));
    }
  }
}

/** (Re)indexes one record as it now stands. Called inside the write's transaction. */
export function indexRecord(db: Db, record: AnyRecord): void {
  if (!hasSearchTables(db)) return;
  indexWith(db, directLookup(db), record);
}

/** (Re)indexes one record with the names `lookup` gives (a batch's memoised lookup). Inside the write's transaction. */
export function indexRecordWith(db: Db, lookup: DocLookup, record: AnyRecord): void {
  if (hasSearchTables(db)) indexWith(db, lookup, record);
}

/** Removes a deleted record from the index. Called inside the delete's transaction. */
export function unindexRecord(db: Db, id: string): void {
  if (!hasSearchTables(db)) return;
  const old = get<{ docId: number }>(db, 'SELECT doc_id AS docId FROM search_docs WHERE record_id = ?', id);
  if (!old) return;
  run(db, 'DELETE FROM search_fts WHERE rowid = ?', old.docId);
  run(db, 'DELETE FROM search_docs WHERE doc_id = ?', old.docId);
}

export interface RebuildReport {
  records: number;
  ms: number;
}

/** Empties the index: the FTS table is created again from its own stored definition (emptying a damaged one can fail). */
function recreateIndexTables(db: Db): void {
  const ddl = get<{ sql: string }>(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'`,
  )?.sql;
  if (!ddl) throw new Error('the search tables are missing (database schema too old?)');
  const rank = get<{ v: string }>(db, `SELECT v FROM search_fts_config WHERE k = 'rank'`)?.v;
  db.exec('DROP TABLE search_fts');
  db.exec(ddl);
  if (rank) run(db, `INSERT INTO search_fts(search_fts, rank) VALUES ('rank', ?)`, rank);
  db.exec('DELETE FROM search_docs');
}

/** Record ids in creation order: doc ids then follow it, and "most recent matches" means most recently created. */
const idsInCreationOrder = (db: Db) =>
  all<{ id: string }>(db, 'SELECT id FROM records ORDER BY created_at, id').map((r) => r.id);

/**
 * Rebuilds the whole index from the records, in one transaction (the CLI's `reindex`, a check that repairs).
 * `onProgress(done, total)` is called every 5,000 records.
 */
export function rebuildSearchIndex(
  db: Db,
  options: { onProgress?: (done: number, total: number) => void } = {},
): RebuildReport {
  const started = performance.now();
  let count = 0;
  db.transaction(() => {
    recreateIndexTables(db);
    const ids = idsInCreationOrder(db);
    const lookup = memoLookup(db);
    for (const id of ids) {
      const record = loadForIndex(db, id);
      if (record) writeDoc(db, buildDoc(lookup, record), undefined);
      count += 1;
      if (options.onProgress && count % 5000 === 0) options.onProgress(count, ids.length);
    }
    // One merged b-tree instead of many segments: the fastest shape for queries.
    db.exec(`INSERT INTO search_fts(search_fts) VALUES ('optimize')`);
    run(db, 'DELETE FROM settings WHERE key = ?', REBUILD_KEY);
  }).immediate();
  ready.add(db);
  return { records: count, ms: Math.round(performance.now() - started) };
}

/** The settings row that says a rebuild is under way, with its progress, for every connection to read. */
const REBUILD_KEY = 'search.rebuilding';
const putProgress = (db: Db, done: number, total: number) =>
  run(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    REBUILD_KEY,
    JSON.stringify({ done, total }),
  );

/**
 * Says a rebuild in steps is pending (0 of all records done) before it starts, so a search that runs first already
 * says the index is being rebuilt rather than finding nothing without a word.
 */
export function markSearchRebuildPending(db: Db): void {
  const total = get<{ n: number }>(db, 'SELECT count(*) AS n FROM records')?.n ?? 0;
  putProgress(db, 0, total);
}

/** How far a rebuild in steps has got, or null when none is under way (search says "indexing…" meanwhile). */
export function searchRebuildProgress(db: Db): { done: number; total: number } | null {
  const value = get<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', REBUILD_KEY)?.value;
  return value ? (JSON.parse(value) as { done: number; total: number }) : null;
}

/**
 * Rebuilds the index in steps of `chunk` records, each its own short transaction, awaiting `pause()` between steps
 * so the connection's other work (every write of the app) goes on meanwhile: a register of 100,000 records is
 * searchable again without anyone waiting on it. A record written during the rebuild is indexed by its own write;
 * when the rebuild reaches it, it is indexed again as it then stands. Progress is kept in the settings table
 * (`searchRebuildProgress`), so searches on other connections can say that results may be incomplete.
 */
export async function rebuildSearchIndexInSteps(
  db: Db,
  options: { chunk?: number; pause: () => Promise<void>; onProgress?: (done: number, total: number) => void },
): Promise<RebuildReport> {
  const started = performance.now();
  const chunk = options.chunk ?? 500;
  const ids = db
    .transaction(() => {
      recreateIndexTables(db);
      const all = idsInCreationOrder(db);
      putProgress(db, 0, all.length);
      return all;
    })
    .immediate();
  ready.add(db);
  for (let at = 0; at < ids.length; at += chunk) {
    await options.pause();
    db.transaction(() => {
      const lookup = memoLookup(db);
      for (const id of ids.slice(at, at + chunk)) {
        const record = loadForIndex(db, id);
        if (record) indexWith(db, lookup, record);
      }
      putProgress(db, Math.min(at + chunk, ids.length), ids.length);
    }).immediate();
    options.onProgress?.(Math.min(at + chunk, ids.length), ids.length);
  }
  await options.pause();
  db.transaction(() => {
    db.exec(`INSERT INTO search_fts(search_fts) VALUES ('optimize')`);
    run(db, 'DELETE FROM settings WHERE key = ?', REBUILD_KEY);
  }).immediate();
  return { records: ids.length, ms: Math.round(performance.now() - started) };
}

export interface SearchIndexCheck {
  ok: boolean;
  /** What was wrong, in words a person can act on. Empty when ok. */
  problems: string[];
  /** The index was rebuilt because of the problems (only when `repair` was asked and allowed). */
  rebuilt: boolean;
  ms: number;
  /** Something to say although nothing is wrong (an older register without an index yet). */
  note?: string;
}

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''));

function problemsOf(db: Db, options: { deep: boolean; fts: boolean; rowByRow: boolean }): string[] {
  const problems: string[] = [];
  // Reads the whole index and checks it against the text it was built from. It is an INSERT
  // command to FTS5, so a read-only connection cannot run it (the counts below still can).
  if (options.fts && !db.readonly) {
    try {
      db.exec(`INSERT INTO search_fts(search_fts) VALUES ('integrity-check')`);
    } catch (error) {
      // Another program holding the register's write lock says nothing about the index: not damage, not a rebuild.
      if (isBusy(error))
        throw new AppError(
          'BUSY',
          'The register is busy in another program: the search index could not be checked now.',
        );
      problems.push(`The search index is damaged (${error instanceof Error ? error.message : String(error)}).`);
      return problems;
    }
  }
  const counts = get<{ records: number; docs: number; fts: number }>(
    db,
    `SELECT (SELECT count(*) FROM records) AS records, (SELECT count(*) FROM search_docs) AS docs,
            (SELECT count(*) FROM search_fts_docsize) AS fts`,
  )!;
  if (options.rowByRow) {
    const rows = get<{ missing: number; orphans: number }>(
      db,
      `SELECT (SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.record_id = r.id)) AS missing,
              (SELECT count(*) FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = d.record_id)) AS orphans`,
    )!;
    if (rows.missing > 0) problems.push(`${rows.missing} record(s) are missing from the search index.`);
    if (rows.orphans > 0) problems.push(`The search index lists ${rows.orphans} record(s) that no longer exist.`);
  } else if (counts.records !== counts.docs) {
    problems.push(`The search index has ${counts.docs} rows for ${counts.records} records.`);
  }
  if (counts.fts !== counts.docs)
    problems.push(`The search index has ${counts.fts} text rows for ${counts.docs} records.`);
  if (options.deep && problems.length === 0) {
    const stale = staleDocs(db);
    if (stale.length > 0)
      problems.push(`${stale.length} record(s) have out-of-date search text (e.g. ${stale.slice(0, 3).join(', ')}).`);
  }
  return problems;
}

/** Ids of records whose indexed text (or snippet text) differs from what they would be indexed with now. */
export function staleDocs(db: Db): string[] {
  const lookup = directLookup(db);
  const rows = all<{ recordId: string; fields: string; textHash: string }>(
    db,
    'SELECT record_id AS recordId, fields, text_hash AS textHash FROM search_docs',
  );
  return rows.flatMap((row) => {
    const record = loadForIndex(db, row.recordId);
    if (!record) return [row.recordId];
    const now = buildDoc(lookup, record);
    return textHash(now) === row.textHash && JSON.stringify(now.fields) === row.fields ? [] : [row.recordId];
  });
}

/**
 * Checks the search index: FTS5's integrity-check, and one index row for every record and no
 * other. `deep` also rebuilds each record's text in memory and compares it (slow on large
 * databases; for a data-safety check, not for every start). With `repair` (default) a failed
 * check rebuilds the index. Never throws for a damaged index: that is what it reports.
 */
export function checkSearchIndex(
  db: Db,
  options: { repair?: boolean; deep?: boolean; fts?: boolean; rowByRow?: boolean } = {},
): SearchIndexCheck {
  const started = performance.now();
  if (!hasSearchTables(db)) {
    // An older register (schema before the search index): valid; the index is built when it is upgraded on opening.
    return {
      ok: true,
      problems: [],
      rebuilt: false,
      ms: 0,
      note: 'not built yet: this register is from an older Entente and gets its search index when it is opened',
    };
  }
  const problems = problemsOf(db, {
    deep: options.deep ?? false,
    fts: options.fts ?? true,
    rowByRow: options.rowByRow ?? true,
  });
  let rebuilt = false;
  if (problems.length > 0 && (options.repair ?? true) && !db.readonly) {
    rebuildSearchIndex(db);
    rebuilt = true;
  }
  return { ok: problems.length === 0, problems, rebuilt, ms: Math.round(performance.now() - started) };
}

/**
 * Run when a database is opened for writing: reads only (three counts, no FTS5 command — which would need the write
 * lock, so another program holding it would make opening wait and look like damage), and rebuilds the index if it is
 * incomplete (a database that had records before the search migration, an interrupted rebuild) or lists records that
 * no longer exist. FTS5's full integrity-check and the row-by-row comparison are left to `check` and
 * `reindex --check`: every write keeps the index exact in its own transaction, so at open only what happened outside
 * the app (a migration, another tool, damage) can have left it behind.
 */
export function ensureSearchIndex(db: Db, options: { repair?: boolean } = {}): SearchIndexCheck {
  if (db.readonly || !hasSearchTables(db)) return { ok: true, problems: [], rebuilt: false, ms: 0 };
  // A rebuild in steps that was interrupted (the app quit): the index is incomplete; say so and let it run again.
  if (searchRebuildProgress(db)) {
    const problems = ['A rebuild of the search index was interrupted.'];
    if (options.repair === false) return { ok: false, problems, rebuilt: false, ms: 0 };
    const report = rebuildSearchIndex(db);
    return { ok: false, problems, rebuilt: true, ms: report.ms };
  }
  return checkSearchIndex(db, { repair: options.repair ?? true, fts: false, rowByRow: false });
}
