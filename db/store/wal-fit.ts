/**
 * Whether a -wal beside a register in WAL mode belongs to it (issue 15). SQLite itself cannot tell: a -wal names no
 * database, and on open it replays every frame whose salts and checksums chain — onto whatever file now has the
 * name (https://sqlite.org/fileformat2.html#walformat). A register replaced by a hand copy while an old -wal stayed
 * beside it would have another database's pages written into it. Two signs say a -wal is another database's:
 *   - its page size is not the file's (a -wal only ever holds pages of its own database's size);
 *   - the file was written after the -wal (a copy put in its place), and the file alone is sound but the file with
 *     the -wal applied is not (the pages do not fit its b-trees). This is tried on copies in a temporary folder, so
 *     neither the register nor the -wal is touched. A -wal of an older or newer copy of the same register fits its
 *     pages and cannot be told apart this way: it is applied, as SQLite would.
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

function bytesAt(file: string, length: number): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return readSync(fd, buffer, 0, length, 0) === length ? buffer : null;
  } finally {
    closeSync(fd);
  }
}

function soundAt(path: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 0 });
    return (db.pragma('quick_check(1)', { simple: true }) as string) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** True when `<file>-wal` is another database's (see above). `file` is in WAL mode; its -wal is not empty. */
export function walIsForeign(file: string): boolean {
  const wal = `${file}-wal`;
  const walHeader = bytesAt(wal, 32);
  const fileHeader = bytesAt(file, 100);
  if (!walHeader || !fileHeader) return false;
  const rawPageSize = fileHeader.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (walHeader.readUInt32BE(8) !== pageSize) return true;
  // A -wal written after the file is the usual case (an open or crashed session): it is the file's own.
  if (statSync(file).mtimeMs <= statSync(wal).mtimeMs) return false;
  const dir = mkdtempSync(join(tmpdir(), 'entente-wal-fit-'));
  try {
    const copy = join(dir, 'register.sqlite');
    copyFileSync(file, copy);
    if (!soundAt(copy)) return false; // damaged of its own accord: the check says so, not this
    copyFileSync(wal, `${copy}-wal`);
    return !soundAt(copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
