/**
 * Files being imported, read once per worker: the wizard sends a file's bytes when it is chosen and then pages
 * through its preview by id, so a 5,000-row workbook is unpacked once, not once per page. A few files are kept
 * (the newest used first); a worker that restarted has none, and the wizard sends the bytes again.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../common/domain/errors';
import { readSheetFile, type SheetFile } from './read';

const KEEP = 3;
const files = new Map<string, { fileName: string; file: SheetFile }>();

/** The id of a file's content: the same bytes always get the same id. */
export function fileIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

function remember(id: string, entry: { fileName: string; file: SheetFile }): void {
  files.delete(id);
  files.set(id, entry);
  while (files.size > KEEP) files.delete(files.keys().next().value!);
}

/** Reads `bytes` (or finds them read already) and keeps the result under the returned id. */
export async function openSheetFile(bytes: Uint8Array, fileName: string): Promise<{ fileId: string; file: SheetFile }> {
  const fileId = fileIdOf(bytes);
  const known = files.get(fileId);
  if (known) {
    remember(fileId, { fileName, file: known.file });
    return { fileId, file: known.file };
  }
  const file = await readSheetFile(bytes, fileName);
  remember(fileId, { fileName, file });
  return { fileId, file };
}

/** A file opened earlier in this worker, or NOT_FOUND (the wizard then sends the bytes again). */
export function openedSheetFile(fileId: string): SheetFile {
  const entry = files.get(fileId);
  if (!entry)
    throw new AppError('NOT_FOUND', 'The file is no longer open (the app was busy or restarted). Choose it again.');
  remember(fileId, entry);
  return entry.file;
}
