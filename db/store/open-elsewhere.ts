/**
 * Which other processes have a register open (issue 15: a restore swapped the file under a plain SQLite program that
 * had it open without a lock, and that program went on with the old file). Two probes, both Linux's own
 * (https://man7.org/linux/man-pages/man5/proc.5.html): the POSIX locks in /proc/locks on the register, its -wal and
 * -shm (every SQLite connection to a register in WAL mode holds a read lock on its -shm while open), and each
 * process's open files (/proc/<pid>/fd). Entente's own windows follow a restore (they reopen on the new file), so a
 * process holding the presence file open (`<register>.entente-open`, see holdPresence) is not counted; nor is this
 * process. Elsewhere than Linux, nothing can be seen: [].
 */
import { basename } from 'node:path';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';

export interface OtherProcess {
  pid: number;
  /** Its program's name (argv[0] of /proc/<pid>/cmdline), e.g. "sqlite3", "python3". */
  name: string;
}

const presenceFile = (register: string) => `${real(register)}.entente-open`;

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Marks this process as an Entente window on `register` for as long as it lives, or until the returned function is
 * called: a restore by another Entente does not count it as a program that would lose the file.
 */
export function holdPresence(register: string): () => void {
  let fd: number | null = null;
  try {
    fd = openSync(presenceFile(register), 'a');
  } catch {
    return () => undefined; // a read-only folder: nothing to mark, a restore there is refused anyway
  }
  return () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
}

function pidsHolding(paths: Set<string>): Set<number> {
  const found = new Set<number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return found;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // ended meanwhile, or another user's
    }
    for (const fd of fds) {
      try {
        if (paths.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          found.add(Number(pid));
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return found;
}

function pidsLocking(files: string[]): Set<number> {
  const inodes = new Set(files.filter((f) => existsSync(f)).map((f) => String(statSync(f).ino)));
  const found = new Set<number>();
  let locks: string;
  try {
    locks = readFileSync('/proc/locks', 'utf8');
  } catch {
    return found;
  }
  for (const line of locks.split('\n')) {
    if (line.includes('->')) continue; // a process waiting for a lock, listed under the holder
    const fields = line.trim().split(/\s+/);
    const inode = fields[5]?.split(':')[2];
    if (inode && inodes.has(inode)) found.add(Number(fields[4]));
  }
  return found;
}

/** Other processes that have `register` (or its -wal / -shm) open, Entente's windows and this process left out. */
export function otherProcessesWithRegisterOpen(register: string): OtherProcess[] {
  const file = real(register);
  const files = [file, `${file}-wal`, `${file}-shm`];
  const holders = new Set([...pidsHolding(new Set(files)), ...pidsLocking(files)]);
  holders.delete(process.pid);
  if (holders.size === 0) return [];
  const windows = pidsHolding(new Set([presenceFile(register)]));
  return [...holders]
    .filter((pid) => !windows.has(pid))
    .map((pid) => {
      let name = 'unknown program';
      try {
        // The program as started (argv[0]): Node names its main thread "MainThread" in /proc/<pid>/comm.
        name = basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '') || name;
      } catch {
        // ended meanwhile
      }
      return { pid, name };
    });
}
