/**
 * Files a person names on the command line, read by the command (the same trust as the app's open dialog) and then
 * handed to the register as uploads (Register.upload): the register never sees a path.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../common/domain/errors';
import { fileProblem } from './command';

/**
 * Reads the file at `path` whole: `{ name: its base name, bytes }`. Refused before a byte is read when it is not a
 * file (VALIDATION) or over `maxBytes` (VALIDATION with `tooLarge(name, size)`); NOT_FOUND when it cannot be opened.
 */
export function readNamedFile(
  path: string,
  maxBytes: number,
  tooLarge: (name: string, size: number) => string,
): { name: string; bytes: Uint8Array } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('NOT_FOUND', `Cannot read ${path}: ${fileProblem(error, 'read')}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('VALIDATION', `${path} is not a file.`);
    if (stat.size > maxBytes) throw new AppError('VALIDATION', tooLarge(basename(path), stat.size));
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < stat.size) {
      const n = readSync(fd, bytes, at, stat.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { name: basename(path), bytes: bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}
