/**
 * Which file a path names right now: device and inode (POSIX; on Windows Node reports a file index as `ino`). A
 * restore renames a new file over the register, so the path then names another file while an open connection still
 * reads the old one — a window that compares identities notices the swap and reopens (issue 15).
 */
import { statSync } from 'node:fs';

/** "dev:ino" of the file at `path` (symlinks followed), or null when there is none. */
export function fileIdentity(path: string): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}
