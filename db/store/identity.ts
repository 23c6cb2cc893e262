/**
 * Whether an SQLite file is an Entente register (issue 15: a tester's `check` called another program's SQLite
 * database "a healthy old register", and `init` wrote Entente's tables into it). SQLite's header has a 32-bit
 * application id for exactly this (bytes 68–71, https://sqlite.org/fileformat2.html#application_id); Entente writes
 * its own when it opens a register for writing. Registers from before that carry 0 there: they are recognised by
 * their schema version (user_version ≥ 1, set only by Entente's migrations) together with its `records` and
 * `settings` tables. An empty file (no tables) is a new register.
 */
import type { Db } from './sql';

/** "Ente" in ASCII: Entente's application id in the SQLite header. */
export const ENTENTE_APPLICATION_ID = 0x456e7465;

/**
 * Null when `db` is an Entente register (or empty, to become one); otherwise why it is another program's database,
 * in words, naming a few of its tables. Reads only the header and the catalogue.
 */
export function foreignDatabaseReason(db: Db): string | null {
  const applicationId = db.pragma('main.application_id', { simple: true }) as number;
  if (applicationId === ENTENTE_APPLICATION_ID) return null;
  if (applicationId !== 0)
    return `another program's database (its header names application ${applicationId}, not Entente's)`;
  const tables = (
    db
      .prepare(
        `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid LIMIT 200`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  if (tables.length === 0) return null;
  const version = db.pragma('main.user_version', { simple: true }) as number;
  if (version >= 1 && tables.includes('records') && tables.includes('settings')) return null;
  const shown = tables.slice(0, 4).join(', ') + (tables.length > 4 ? `, and ${tables.length - 4} more` : '');
  return `another program's SQLite database: it holds tables of its own (${shown}) and none of a register's`;
}

/** Marks a register opened for writing as Entente's (a no-op once marked). */
export function markAsEntente(db: Db): void {
  if ((db.pragma('main.application_id', { simple: true }) as number) !== ENTENTE_APPLICATION_ID)
    db.pragma(`main.application_id = ${ENTENTE_APPLICATION_ID}`);
}
