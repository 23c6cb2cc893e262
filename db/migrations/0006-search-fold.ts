/**
 * Migration 6: the search index is rebuilt with the folding table of
 * electron/common/domain/fold.ts (letters without decomposition such as đ and ł, Greek accents
 * and final sigma, Arabic and Hebrew marks, half-width kana), which now folds both the indexed
 * text and the query. Rows indexed before it hold unfolded text that folded queries would miss,
 * so the derived search tables are emptied here and rebuilt from the records when the database is
 * next opened for writing (ensureSearchIndex, db/store/search-index.ts). No record data changes.
 */
export const migration = {
  version: 6,
  name: 'search-fold',
  sql: /* sql */ `
DELETE FROM search_docs;
INSERT INTO search_fts(search_fts) VALUES ('delete-all');
`,
};
