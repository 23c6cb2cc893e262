/**
 * Migration 16 (issue 19 item 6): row counts kept by the writes themselves, so opening a register no longer counts
 * every row to see whether the search index is complete (62 ms of a 76 ms open at 120,000 records).
 *
 *   row_counts   one row per counted table: `records` and `search_docs`, with their number of rows now.
 *   triggers     after every INSERT or DELETE on those tables, in the same statement and so the same transaction
 *                as the write: a rolled-back write rolls its count back with it. Triggers rather than code in the
 *                store, so rows written by any path (a bulk import, undo, another SQLite tool) are counted too.
 *
 * The open-time check (db/store/search-index.ts, ensureSearchIndex) compares the two counts, and FTS5's own row
 * count (its "averages" record); a migration that recreates `records` or `search_docs` must recreate these
 * triggers (the check falls back to counting rows when they are missing).
 */
const counted = ['records', 'search_docs'];

export const migration = {
  version: 16,
  name: 'row-counts',
  sql: /* sql */ `
CREATE TABLE row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
${counted
  .map(
    (table) => `INSERT INTO row_counts (name, n) VALUES ('${table}', (SELECT count(*) FROM ${table}));
CREATE TRIGGER ${table}_counted_insert AFTER INSERT ON ${table} BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = '${table}';
END;
CREATE TRIGGER ${table}_counted_delete AFTER DELETE ON ${table} BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = '${table}';
END;`,
  )
  .join('\n')}
`,
};
