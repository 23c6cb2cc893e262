/**
 * Migration 4: the search index becomes contentless.
 *
 * Migration 3's search_fts kept its own copy of everything it indexed — including the CJK
 * character pairs, date tokens and filter tokens, none of which a person ever reads — which made
 * the copy about 2.5× the size of the records' text. Now:
 *   search_fts   contentless (content='', contentless_delete=1): the index alone. bm25, phrases,
 *                prefixes and deletes by rowid all work without stored text.
 *   search_docs  per record: what a hit shows and filters on, plus `fields` — the readable text
 *                by field, which snippets are cut from — and `text_hash`, a hash of exactly what
 *                was indexed, so a deep check can compare the index with the records.
 * Both tables hold derived data only: they are dropped and recreated empty, and the index is
 * rebuilt from the records when the database is next opened (db/store/search-index.ts).
 *
 * bm25 weights (title 10, summary 4, body 1, dates 1, facets 0) are set as the table's rank
 * too, so `ORDER BY rank` agrees with the store's explicit bm25() ordering.
 */
export const migration = {
  version: 4,
  name: 'search-contentless',
  sql: /* sql */ `
DROP TABLE search_fts;
DROP TABLE search_docs;

CREATE TABLE search_docs (
  doc_id    INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  kind      TEXT NOT NULL,
  title     TEXT NOT NULL,
  subtitle  TEXT NOT NULL DEFAULT '',
  date      TEXT NOT NULL DEFAULT 'XXXX',
  fields    TEXT NOT NULL DEFAULT '{}',
  spans     TEXT NOT NULL DEFAULT '[]',
  sig       TEXT NOT NULL DEFAULT '',
  text_hash TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, summary, body, dates, facets,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0, 0.0)');
`,
};
