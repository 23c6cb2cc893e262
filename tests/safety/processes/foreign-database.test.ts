/**
 * Another program's SQLite file is not a register (issue 15, as a fresh tester met it: `check` called one "a healthy
 * old register" and `init` wrote Entente's tables into it). `check` says what it is, and `init`, `list`, a backup and
 * the window refuse it, leaving it byte-identical, with no -wal created beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { processSuite } from './suite';

const suite = processSuite('foreign-database');
const { cli } = suite;

/** What another program leaves: a plain SQLite database (rollback journal) with tables of its own. */
function foreignDatabase(): string {
  const file = join(suite.root, `other-program-${suite.next()}.sqlite`);
  const db = new Database(file);
  db.exec(`CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ada');
           CREATE TABLE settings (key TEXT, value TEXT); PRAGMA user_version = 3;`);
  db.close();
  return file;
}

describe('another program’s SQLite database', () => {
  it('is named for what it is by check, and refused by init, list, backup and the window — left byte-identical', async () => {
    const file = foreignDatabase();
    const before = readFileSync(file);

    const check = await cli('check', '--db', file);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('not an Entente register');
    expect(check.stdout).toContain('contacts');
    expect(check.stdout).not.toMatch(/healthy|upgraded/);

    for (const args of [['init'], ['list', 'parties'], ['backup']]) {
      const run = await cli(...args, '--db', file);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr).toContain(`${file} is not an Entente register (it is another program's SQLite database`);
    }
    await expect(suite.window(file)).rejects.toThrow(/is not an Entente register/);

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 180_000);

  it('a register Entente made is still opened, an old one (before the application id) too', async () => {
    const file = suite.register();
    expect((await cli('check', '--db', file)).code).toBe(0);
    const db = new Database(file);
    db.pragma('application_id = 0');
    db.close();
    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Italy');
  }, 180_000);
});
