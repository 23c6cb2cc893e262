/** Helpers for the data-safety tests. */
import type { Db } from '../../db/store/open';

/**
 * Every row of every table, sorted: "the database exactly as it was". Unlike
 * tests/support/temp-db.ts snapshot(), this also reads WITHOUT ROWID tables (FTS5 shadow tables).
 */
export function allRows(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][])
        .map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
        .sort(),
    ]),
  );
}
