/**
 * Reading a register's own files (the database, its -shm) outside SQLite without taking SQLite's locks away (issue 15).
 *
 * POSIX advisory locks belong to a process and a file, not to a descriptor: when the process closes ANY descriptor of
 * the file, every lock it holds on that file is gone — the ones SQLite's connections in other threads hold included
 * (https://sqlite.org/howtocorrupt.html §2.2 "Posix advisory locks canceled by a separate thread doing close()";
 * SQLite works around it for its own descriptors only). In WAL mode every connection holds a SHARED lock on the
 * database file while it is open, and a connection that closes checkpoints and deletes the -wal when it can take an
 * EXCLUSIVE lock on the file, i.e. when no other connection is left (https://sqlite.org/wal.html §"Persistence of WAL
 * mode" and §"Sometimes queries return SQLITE_BUSY in WAL mode"; https://sqlite.org/lockingv3.html). A worker that
 * read the register's header with open/read/close while another worker had it open left Entente's process holding no
 * lock: the `sqlite3` shell, closing, then took the file for its own, checkpointed and deleted the -wal Entente was
 * writing to — and every later save went into a deleted file while the window said "saved". The -shm's locks (the
 * readers' marks, the "dead man switch" byte) are just as fragile. The -wal itself carries no lock.
 *
 * So on POSIX systems these bytes are read by another process (`head`, `cp`), whose descriptors are not ours; on
 * Windows, where a lock belongs to the handle that took it, they are read directly.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readSync } from 'node:fs';

const POSIX = process.platform !== 'win32';
/** The system's own tools, whatever PATH the app was started with. */
const TOOLS_ENV = { PATH: '/usr/bin:/bin' };

function run(tool: string, args: string[]): Buffer {
  const done = spawnSync(tool, args, { env: TOOLS_ENV, maxBuffer: 1 << 20 });
  if (done.error) throw done.error;
  if (done.status !== 0) {
    const error = new Error(`${tool} ${args.join(' ')}: ${done.stderr.toString().trim()}`) as Error & { code: string };
    error.code = /No such file/.test(done.stderr.toString()) ? 'ENOENT' : 'EIO';
    throw error;
  }
  return done.stdout;
}

/**
 * The first `length` bytes of `path` (fewer when the file is shorter). Throws as fs does (code ENOENT when there is
 * no such file).
 */
export function headBytes(path: string, length: number): Buffer {
  if (POSIX) return run('head', ['-c', String(length), '--', path]);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Copies `path` to `to` (a new file) without opening `path` in this process. */
export function copyOut(path: string, to: string): void {
  if (POSIX) run('cp', ['--', path, to]);
  else copyFileSync(path, to);
}
