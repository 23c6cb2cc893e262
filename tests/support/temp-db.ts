/** Real SQLite files in a fresh temp folder per test; removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db, type OpenOptions } from '../../db/store/open';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function tempDbFile(): string {
  return join(tempDir(), 'entente.sqlite');
}

export function openTempDb(options: OpenOptions = {}): { db: Db; file: string } {
  const file = tempDbFile();
  const db = openDatabase(file, options);
  cleanups.unshift(() => db.open && db.close());
  return { db, file };
}

/** Every row of every table, in a stable order: "the database exactly as it was". */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    // Virtual-table shadow tables are covered by their owner; reading them directly is fine too.
    out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  }
  return out;
}
