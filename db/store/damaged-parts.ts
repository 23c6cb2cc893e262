/**
 * Which parts of a damaged register cannot be read, and reading around them (issue 15: one damaged table must not
 * make every read fail). SQLite checks one table and its indexes with `PRAGMA quick_check(TABLE)`
 * (https://sqlite.org/pragma.html#pragma_quick_check); a table that fails is "set aside" on that connection only:
 * a TEMP table of the same name, holding the rows that could still be read, shadows it (unqualified names resolve to
 * the temp schema first, https://sqlite.org/lang_naming.html), and every view is recreated as a TEMP view so views
 * resolve to the shadow too. Nothing is written into the file: the temp schema lives in memory.
 */
import type { Db } from './sql';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQLite's own tables and those of the search index's FTS5 table cannot be shadowed (a virtual table owns them). */
function ordinaryTables(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function tableFails(db: Db, table: string): boolean {
  try {
    const rows = db.pragma(`main.quick_check(${quote(table)})`) as Record<string, string>[];
    return !(rows.length === 1 && Object.values(rows[0]!)[0] === 'ok');
  } catch {
    return true;
  }
}

/**
 * The tables of `db` whose pages (or their indexes' pages) fail SQLite's check, in file order; [] when every table
 * is sound. When even the list of tables cannot be read, `['sqlite_schema']` (the file's own catalogue).
 */
export function damagedTables(db: Db): string[] {
  let tables: string[];
  try {
    tables = ordinaryTables(db);
  } catch {
    return ['sqlite_schema'];
  }
  return tables.filter((t) => tableFails(db, t));
}

const setAside = new WeakMap<Db, Set<string>>();

/**
 * Shadows every damaged table of `db` with a TEMP table of the rows still readable (read in rowid order until the
 * first unreadable page), and recreates the views as TEMP views. Returns the tables newly set aside ([] when there
 * were none, or all were set aside already: the caller then has nothing to retry). Only for reads: the connection's
 * writes would go to the shadow, so a host calls this on read-only connections only.
 */
export function setAsideDamagedTables(db: Db): string[] {
  const done = setAside.get(db) ?? new Set<string>();
  setAside.set(db, done);
  const fresh = damagedTables(db).filter((t) => t !== 'sqlite_schema' && !done.has(t));
  if (fresh.length === 0) return [];
  for (const table of fresh) {
    db.exec(`CREATE TEMP TABLE ${quote(table)} AS SELECT * FROM main.${quote(table)} WHERE 0`);
    const columns = (db.pragma(`temp.table_info(${quote(table)})`) as { name: string }[]).map((c) => quote(c.name));
    const insert = db.prepare(
      `INSERT INTO temp.${quote(table)} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    try {
      for (const row of db
        .prepare(`SELECT * FROM main.${quote(table)}`)
        .raw()
        .iterate())
        insert.run(...(row as unknown[]));
    } catch {
      // The first unreadable page ends what can be read of it; the rows before it are kept.
    }
    done.add(table);
  }
  const views = db.prepare(`SELECT name, sql FROM main.sqlite_schema WHERE type = 'view' ORDER BY rowid`).all() as {
    name: string;
    sql: string;
  }[];
  for (const view of views) {
    db.exec(`DROP VIEW IF EXISTS temp.${quote(view.name)}`);
    db.exec(view.sql.replace(/^\s*CREATE\s+VIEW/i, 'CREATE TEMP VIEW'));
  }
  return fresh;
}

/** The tables set aside on `db` so far (setAsideDamagedTables), in the order found. */
export function tablesSetAside(db: Db): string[] {
  return [...(setAside.get(db) ?? [])];
}

/**
 * A table's name as a person knows the part of the register it holds: "the search index", "the history",
 * "attachments", otherwise its name with spaces ("meeting participants").
 */
export function partWords(table: string): string {
  if (table === 'sqlite_schema') return 'the list of tables';
  if (/^search_/.test(table)) return 'the search index';
  if (table === 'audit' || table === 'change_groups') return 'the history of changes';
  if (/^attachment/.test(table)) return 'attachments';
  return table.replace(/_/g, ' ');
}

/** "meetings and meeting participants" — each part once, in order. */
export function partsWords(tables: readonly string[]): string {
  const parts = [...new Set(tables.map(partWords))];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
