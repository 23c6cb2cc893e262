/**
 * Small shared pieces for the store modules: a per-connection statement cache (preparing
 * is the expensive part of a query), date column expansion, and child-row replacement.
 */
import { fromEdtf, sortKey } from '../../electron/common/domain/partial-date';
import type Database from 'better-sqlite3';

/** An open better-sqlite3 connection to a register (opened by open.ts). Defined here so no store module needs open.ts for the type. */
export type Db = Database.Database;

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

export function stmt(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export function all<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return stmt(db, sql).all(...params) as T[];
}

export function get<T>(db: Db, sql: string, ...params: unknown[]): T | undefined {
  return stmt(db, sql).get(...params) as T | undefined;
}

export function run(db: Db, sql: string, ...params: unknown[]): Database.RunResult {
  return stmt(db, sql).run(...params);
}

/** The four stored columns of one date: value, sort key, first and last day covered. */
export function dateColumns(prefix: string, edtf: string): Record<string, string | null> {
  const value = fromEdtf(edtf);
  return {
    [prefix]: value.edtf,
    [`${prefix}_sort`]: sortKey(value),
    [`${prefix}_from`]: value.from,
    [`${prefix}_to`]: value.to,
  };
}

/**
 * Replaces every child row of `ownerId` in `table` with `rows` (objects keyed by column).
 * Children are part of their aggregate, so a write states them in full; `position`
 * keeps the order the person gave.
 */
export function replaceChildren(
  db: Db,
  table: string,
  ownerColumn: string,
  ownerId: string,
  rows: readonly Record<string, unknown>[],
): void {
  run(db, `DELETE FROM ${table} WHERE ${ownerColumn} = ?`, ownerId);
  rows.forEach((row, position) => insertRow(db, table, { ...row, [ownerColumn]: ownerId, position }));
}

export function insertRow(db: Db, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`;
  stmt(db, sql).run(row);
}

/** A kind's own row: inserted for a new record, updated in place otherwise. */
export function writeRow(db: Db, table: string, row: Record<string, unknown> & { id: string }, isNew: boolean): void {
  if (isNew) insertRow(db, table, row);
  else updateRow(db, table, row);
}

/** UPDATE table SET … WHERE id = @id, built from the row's keys. */
export function updateRow(db: Db, table: string, row: Record<string, unknown> & { id: string }): void {
  const columns = Object.keys(row).filter((c) => c !== 'id');
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
  stmt(db, sql).run(row);
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
