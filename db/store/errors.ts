/**
 * The one place SQLite's failures become messages a person can act on. Every door (IPC, the preview, the CLI, the
 * worker threads) words the same failure the same way, and a failed read is never called a failed save. The kinds
 * follow SQLite's primary result codes (https://sqlite.org/rescode.html): BUSY and LOCKED (another connection or
 * program holds the lock), CORRUPT and NOTADB (damage), FULL, READONLY and CANTOPEN/PERM (the file cannot be
 * written or reached), CONSTRAINT (the change breaks a rule the data keeps).
 */
import { statSync } from 'node:fs';
import { AppError } from '../../electron/common/domain/errors';
import { partsWords } from './damaged-parts';
import { headBytes } from './file-bytes';

/** Whether the failing work was reading the register or changing it: the wording differs ("could not be saved"). */
export type Action = 'read' | 'write';

const code = (error: unknown) => String((error as { code?: unknown }).code ?? '');
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;

/**
 * The file's length against the length its own header gives (page size at bytes 16–17, page count at bytes 28–31,
 * https://sqlite.org/fileformat2.html#database_header): null when it is not shorter (or cannot be read at all),
 * 'no-header' when it does not start with SQLite's header.
 */
function cutShort(file: string): { actual: number; expected: number } | 'no-header' | null {
  try {
    const actual = statSync(file).size;
    // Read outside this process: closing a descriptor of the file here would drop SQLite's locks (file-bytes.ts).
    const header = headBytes(file, 32);
    if (header.length < 32) return 'no-header';
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return 'no-header';
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const expected = pageSize * header.readUInt32BE(28);
    return pageSize >= 512 && (actual < expected || actual % pageSize !== 0) ? { actual, expected } : null;
  } catch {
    return null;
  }
}

/**
 * How a damaged register is broken, as a clause a message can carry in parentheses (issue 15): "cut short" when
 * the file is shorter than its own header says (a copy or save that stopped part-way, a full disk), otherwise
 * overwritten or unreadable in places. Never SQLite's words ("database disk image is malformed", "file is not a
 * database"). Without a file, the general clause. `tables` (damaged-parts.ts damagedTables) names what cannot be read,
 * in the person's words ("… cannot be read: meetings").
 */
export function damageWords(file?: string, tables: readonly string[] = []): string {
  const short = file === undefined ? null : cutShort(file);
  const parts = partsWords(tables);
  if (parts && short === null) return `parts of the file were overwritten or cannot be read: ${parts}`;
  if (short === 'no-header')
    return 'the file does not begin as a database file does: it was overwritten from its start, or is another kind of file';
  if (short)
    return `the file was cut short: it ends after ${kb(short.actual)}, but its own header says ${kb(short.expected)}, so a copy or a save stopped part-way`;
  return 'parts of the file were overwritten or cannot be read';
}

/**
 * An AppError for any failure (AppErrors pass through unchanged). Never SQLite's or Node's words alone: the
 * technical detail is kept in parentheses only where it helps a person report the problem.
 */
export function asAppError(error: unknown, action: Action = 'write'): AppError {
  if (error instanceof AppError) return error;
  const c = code(error);
  const nothing = action === 'write' ? 'nothing was saved' : 'nothing was read';
  // `key`: the wording in problems.ts (issue 18), for the reads' wording a key of its own.
  const key = (write: string, read = `${write}Read`) => ({ key: action === 'write' ? write : read });
  if (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'))
    return new AppError(
      'BUSY',
      `The register is busy in another window or program: ${nothing}. Try again in a moment.`,
      key('store.busy'),
    );
  if (c.startsWith('SQLITE_READONLY'))
    return new AppError(
      'READ_ONLY',
      action === 'write'
        ? 'The database is read-only: nothing was saved. Check the file permissions or free the file.'
        : 'The database is read-only and could not be read here. Check the file permissions.',
      key('store.readOnly'),
    );
  if (c === 'SQLITE_FULL' || /ENOSPC/.test(text(error)))
    return new AppError(
      'DISK_FULL',
      `The disk is full: ${nothing}. Free some space and try again.`,
      action === 'write' ? { key: 'store.diskFull' } : {},
    );
  if (
    c.startsWith('SQLITE_CORRUPT') ||
    c === 'SQLITE_NOTADB' ||
    /disk image is malformed|not a database/.test(text(error))
  )
    return new AppError(
      'DAMAGED',
      `The register is damaged (${damageWords()}): ${nothing}. Run Data & backups ▸ Check, and restore the newest good backup.`,
      action === 'write' ? { key: 'store.damaged' } : {},
    );
  if (c.startsWith('SQLITE_CANTOPEN') || c.startsWith('SQLITE_PERM') || c.startsWith('SQLITE_IOERR'))
    return new AppError('UNAVAILABLE', `The register file cannot be reached (${text(error)}): ${nothing}.`);
  if (c.startsWith('SQLITE_CONSTRAINT'))
    return new AppError('CONFLICT', `The change conflicts with existing data and was not saved (${text(error)}).`);
  if (/database connection is not open|The database connection is not open/i.test(text(error)))
    return new AppError(
      'UNAVAILABLE',
      `The register is closed: ${nothing}. Open it again and retry.`,
      action === 'write' ? { key: 'store.closed' } : {},
    );
  return new AppError(
    'INTERNAL',
    action === 'write'
      ? `The change could not be saved: ${text(error)}`
      : `The register could not be read: ${text(error)}`,
  );
}
