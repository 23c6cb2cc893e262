/**
 * Whether a -wal beside a register in WAL mode belongs to it (issue 15). SQLite itself cannot tell: a -wal names no
 * database, and on open it replays every frame whose salts and checksums chain — onto whatever file now has the
 * name (https://sqlite.org/fileformat2.html#walformat). A register replaced by a hand copy while an old -wal stayed
 * beside it would have another database's pages written into it. Four signs say a -wal is another database's:
 *   - the change counter in the file's header is not one the log continues (counterVerdict below);
 *   - the file's inode changed (ctime) seconds after the log's last write: a copy put in its place, even one that
 *     kept its old modification time (`cp -p`), which the next sign alone would take for the log's own file;
 *   - its page size is not the file's (a -wal only ever holds pages of its own database's size);
 *   - the file was written after the -wal (a copy put in its place), and the file alone is sound but the file with
 *     the -wal applied is not (the pages do not fit its b-trees). This is tried on copies in a temporary folder, so
 *     neither the register nor the -wal is touched. A -wal of an older or newer copy of the same register fits its
 *     pages and cannot be told apart this way: it is applied, as SQLite would.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { copyOut, headBytes } from './file-bytes';

/**
 * The first `length` bytes, or null when the file is shorter. Read outside this process: closing a descriptor of the
 * register or its -shm here would drop the locks SQLite holds on them (file-bytes.ts).
 */
function bytesAt(file: string, length: number): Buffer | null {
  const bytes = headBytes(file, length);
  return bytes.length === length ? bytes : null;
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

/**
 * SQLite's WAL checksum over `data` (8-byte words, two running sums, https://sqlite.org/fileformat2.html#walformat),
 * continuing from `s`; `bigEndian` from the WAL's magic number.
 */
function walChecksum(data: Buffer, s: [number, number], bigEndian: boolean): [number, number] {
  let [s0, s1] = s;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * Page 1's copies in the -wal's valid frames — those whose salts are the header's and whose checksums chain, i.e.
 * the frames SQLite would apply —: each frame's number (from 1) and the file change counter it carries (database
 * header bytes 24–27). SQLite raises the counter in page 1 in every commit that touches page 1 (a commit that grows
 * or shrinks the file, changes the schema or the free list), so these counters say which state of the file the log
 * continues. Also the log's salts (bytes 16–23), which name its generation. Null when it cannot be read as a WAL.
 */
function pageOneFrames(wal: string): { salts: Buffer; frames: { n: number; counter: number }[] } | null {
  const bytes = readFileSync(wal);
  if (bytes.length < 32) return null;
  const magic = bytes.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return null;
  const bigEndian = magic === 0x377f0683;
  const pageSize = bytes.readUInt32BE(8);
  let sums = walChecksum(bytes.subarray(0, 24), [0, 0], bigEndian);
  if (sums[0] !== bytes.readUInt32BE(24) || sums[1] !== bytes.readUInt32BE(28)) return null;
  const frames: { n: number; counter: number }[] = [];
  for (let at = 32, n = 1; at + 24 + pageSize <= bytes.length; at += 24 + pageSize, n++) {
    if (!bytes.subarray(at + 8, at + 16).equals(bytes.subarray(16, 24))) break;
    sums = walChecksum(bytes.subarray(at, at + 8), sums, bigEndian);
    sums = walChecksum(bytes.subarray(at + 24, at + 24 + pageSize), sums, bigEndian);
    if (sums[0] !== bytes.readUInt32BE(at + 16) || sums[1] !== bytes.readUInt32BE(at + 20)) break;
    if (bytes.readUInt32BE(at) === 1) frames.push({ n, counter: bytes.readUInt32BE(at + 24 + 24) });
  }
  return { salts: bytes.subarray(16, 24), frames };
}

/**
 * How many of the log's frames the -shm says were already copied into the file (its nBackfill, bytes 96–99 in the
 * machine's byte order, https://sqlite.org/walformat.html#the_wal_index_file_format) — only when the -shm is of this
 * log's generation (its copy of the salts, bytes 32–39, equal the log's); 0 otherwise (SQLite then rebuilds it and
 * replays the whole log).
 */
function framesBackfilled(file: string, salts: Buffer): number {
  try {
    const shm = bytesAt(`${file}-shm`, 136);
    if (!shm || !shm.subarray(32, 40).equals(salts)) return 0;
    return os.endianness() === 'LE' ? shm.readUInt32LE(96) : shm.readUInt32BE(96);
  } catch {
    return 0;
  }
}

/**
 * Whether `file` can be the file its -wal continues, by change counters (issue 15: a hand copy made with `cp -p`
 * keeps the file's time, so times cannot tell an older copy from the file the log belongs to). The file must hold
 * at least what was already copied into it from the log (the counter of the last page 1 among the backfilled
 * frames), or, when nothing was, the state the log's first page 1 was written over (its counter less one); and it
 * cannot be newer than the log's last page 1. 'foreign' outside that; 'unknown' when the counters cannot say (no
 * page 1 in the log, or the file in range: another register's counter may fall in range too, so other signs decide).
 */
function counterVerdict(file: string, fileHeader: Buffer): 'foreign' | 'unknown' {
  const log = pageOneFrames(`${file}-wal`);
  if (!log || log.frames.length === 0) return 'unknown';
  const backfilled = framesBackfilled(file, log.salts);
  const copied = log.frames.filter((f) => f.n <= backfilled).at(-1);
  const least = copied ? copied.counter : log.frames[0]!.counter - 1;
  const own = fileHeader.readUInt32BE(24);
  return own < least || own > log.frames.at(-1)!.counter ? 'foreign' : 'unknown';
}

/** How much later than its -wal a file may change and still be the log's own (its checkpoints follow at once). */
const HAND_CHANGE_MS = 2_000;

/** True when `<file>-wal` is another database's (see above). `file` is in WAL mode; its -wal is not empty. */
export function walIsForeign(file: string): boolean {
  const wal = `${file}-wal`;
  const walHeader = bytesAt(wal, 32);
  const fileHeader = bytesAt(file, 100);
  if (!walHeader || !fileHeader) return false;
  const rawPageSize = fileHeader.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (walHeader.readUInt32BE(8) !== pageSize) return true;
  if (counterVerdict(file, fileHeader) === 'foreign') return true;
  // A copy that keeps times (`cp -p`, a file manager, rsync -t) sets the file's mtime back, but no one can set its
  // ctime: the inode changed when the copy was written into it. SQLite writes the file only in a checkpoint, right
  // after the log's own last write (the -wal's ctime), so a file changed seconds after its log was last written was
  // replaced or edited by hand. A register copied together with its -wal and -shm changes all three at once. But
  // chmod, chown, a hard link or a rename change the ctime too, of a file whose log it still is (fresh tester,
  // issue 15: after a crash, `chmod 600` made the register's own -wal "foreign", with advice that lost the saves),
  // so a late ctime only sends the file to the content test below, which decides.
  const touchedLater = statSync(file).ctimeMs > statSync(wal).ctimeMs + HAND_CHANGE_MS;
  // A -wal written after the file is the usual case (an open or crashed session): it is the file's own.
  if (!touchedLater && statSync(file).mtimeMs <= statSync(wal).mtimeMs) return false;
  const dir = mkdtempSync(join(tmpdir(), 'entente-wal-fit-'));
  try {
    const copy = join(dir, 'register.sqlite');
    copyOut(file, copy);
    if (!soundAt(copy)) return false; // damaged of its own accord: the check says so, not this
    copyFileSync(wal, `${copy}-wal`);
    return !soundAt(copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
