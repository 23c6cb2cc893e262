/**
 * Migration 3: full-text search and saved searches.
 *
 * search_fts holds one row per record (rowid = search_docs.doc_id). It is a plain FTS5 table,
 * so it keeps its own copy of the indexed text: snippets are cut from it, FTS5's integrity-check
 * compares the index with that text, and a delete needs no old values from us. search_docs
 * carries what a hit shows and filters on without loading the record. Both are written only
 * by db/store/search-index.ts, inside the same transaction as the record write.
 *
 * Columns and bm25 weights: title 10, summary 4, body 1, dates 1 (tokens such as y2021 for the
 * record's dates), facets 0 (filter tokens: kind, type, status, areas, parties incl. parents —
 * they narrow a match but never change its rank).
 *
 * Rows are filled by code, not SQL (CJK grams, names of related parties), so a database that
 * had records before this migration is indexed when it is next opened (search-index.ts).
 */
export const migration = {
  version: 3,
  name: 'search',
  sql: /* sql */ `
CREATE TABLE search_docs (
  doc_id    INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  kind      TEXT NOT NULL,
  title     TEXT NOT NULL,
  subtitle  TEXT NOT NULL DEFAULT '',
  date      TEXT NOT NULL DEFAULT 'XXXX',
  fields    TEXT NOT NULL DEFAULT '{}',
  spans     TEXT NOT NULL DEFAULT '[]',
  sig       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, summary, body, dates, facets,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0, 0.0)');

CREATE TABLE saved_searches (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  query      TEXT NOT NULL DEFAULT '',
  filters    TEXT NOT NULL DEFAULT '{}',
  position   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX saved_searches_name ON saved_searches(name COLLATE NOCASE);
`,
};
