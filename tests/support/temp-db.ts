/** Real SQLite files in a fresh temp folder per test; removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import Database from 'better-sqlite3';
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

/**
 * A read-only connection of its own to a register that some host (preview, IPC, a worker) has open: the test looks
 * at the file from outside, as another process would, so it never needs the host's connection. Closed after the test.
 */
export function peek(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  cleanups.unshift(() => db.open && db.close());
  return db;
}

/** Runs `look` on a read-only connection of its own to `file` and closes it at once (the file is free again after). */
export function peekOnce<T>(file: string, look: (db: Db) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return look(db);
  } finally {
    db.close();
  }
}

/** Every row of every table, in a stable order: "the database exactly as it was". */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name, wr AS withoutRowid FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string; withoutRowid: number }[];
  const out: Record<string, unknown[]> = {};
  for (const { name, withoutRowid } of tables) {
    // Shadow tables (the FTS5 search index, byte for byte) are read directly; the WITHOUT ROWID
    // ones (search_fts_idx, search_fts_config) have no rowid but read in key order.
    out[name] = db.prepare(`SELECT * FROM "${name}"${withoutRowid ? '' : ' ORDER BY rowid'}`).all();
  }
  return out;
}
