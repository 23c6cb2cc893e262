import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations';
import { openDatabase, schemaVersion } from '../../../db/store/open';
import { openTempDb, tempDbFile } from '../../support/temp-db';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('opening a database', () => {
  it('creates a new file at the latest schema with WAL, foreign keys, FULL sync and a busy timeout', () => {
    const { db } = openTempDb();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('numbers migrations in ascending order, each once, starting at 1 (numbers are assigned per branch)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('refuses a database from a newer Entente with a clear message and leaves it byte-for-byte untouched', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_table (x INTEGER)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Entente.*has not been changed/s);
    expect(sha(file)).toBe(before);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as { code: string }).code).toBe('NEWER_SCHEMA');
    }
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const file = tempDbFile();
    writeFileSync(file, 'these are my meeting notes, not a database'.repeat(200));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/not an Entente database/);
    expect(sha(file)).toBe(before);
  });

  it('never opens anything as an import side effect: importing the store touches no file', async () => {
    const before = Object.keys(await import('../../../db/store/records'));
    expect(before).toContain('createRecord');
  });

  it('opens read-only without writing and refuses writes with READ_ONLY', async () => {
    const { db, file } = openTempDb();
    db.close();
    const ro = openDatabase(file, { readonly: true });
    const { createRecord } = await import('../../../db/store/records');
    expect(() => createRecord(ro, 'party', { name: 'Italy', type: 'state' })).toThrow(/read-only/);
    ro.close();
  });
});
