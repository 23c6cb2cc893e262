/**
 * Attachments in the register (tables from migration 9): bytes content-addressed by SHA-256 in attachment_blobs,
 * the person's description in attachments, every version in attachment_versions, extracted text per page in
 * attachment_pages. Every write is one IMMEDIATE transaction that also reindexes the record (the record's search row
 * carries its attachments' text), so a failed attach leaves nothing behind. Bytes are verified against their hash on
 * every read; a mismatch is reported as damage, never handed out.
 */
import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import {
  ATTACHMENT_LIMITS,
  attachmentMetaSchema,
  tooLargeMessage,
  type Attachment,
  type AttachmentMetaInput,
  type AttachmentVersion,
  type TextState,
  type VerifiedFile,
} from '../../electron/common/domain/attachments';
import { stripUnholdable } from '../../electron/common/domain/characters';
import { asStored } from '../../electron/common/domain/schemas';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { getRecordKind, inTransaction } from './records';
import { indexRecord } from './search-index';
import { loadForIndex } from './search-docs';
import { hasAttachmentTables as hasTables } from './attachment-text';
import type { Db } from './sql';
import { all, dateColumns, get, run } from './sql';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A file as the host staged it: the name the person's system gave it, its bytes, the type detected from content. */
export interface IncomingFile {
  fileName: string;
  bytes: Uint8Array;
  mediaType: string;
}

type AttachmentRow = Omit<Attachment, 'versions'>;

const ATTACHMENT_COLUMNS = `id, record_id AS recordId, title, kind, language, date, note, created_at AS createdAt,
  updated_at AS updatedAt, removed_at AS removedAt`;
const VERSION_COLUMNS = `id, version, file_name AS fileName, media_type AS mediaType, size, sha256, added_at AS addedAt,
  text_state AS textState, text_reason AS textReason, pages`;

function versionsOf(db: Db, attachmentId: string): AttachmentVersion[] {
  return all<AttachmentVersion>(
    db,
    `SELECT ${VERSION_COLUMNS} FROM attachment_versions WHERE attachment_id = ? ORDER BY version DESC`,
    attachmentId,
  );
}

function withVersions(db: Db, row: AttachmentRow): Attachment {
  return { ...row, versions: versionsOf(db, row.id) };
}

/** The attachment (removed ones included), or NOT_FOUND. */
export function getAttachment(db: Db, id: string): Attachment {
  const row = get<AttachmentRow>(db, `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'This attachment no longer exists.');
  return withVersions(db, row);
}

/** A record's attachments, oldest first; removed ones only with `includeRemoved`. */
export function listAttachments(db: Db, recordId: string, includeRemoved = false): Attachment[] {
  if (!hasTables(db)) return [];
  return all<AttachmentRow>(
    db,
    `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE record_id = ? ${includeRemoved ? '' : 'AND removed_at IS NULL'}
     ORDER BY created_at, id`,
    recordId,
  ).map((row) => withVersions(db, row));
}

function checkSize(file: IncomingFile): void {
  if (file.bytes.byteLength > ATTACHMENT_LIMITS.maxBytes)
    throw new AppError('VALIDATION', tooLargeMessage(file.fileName, file.bytes.byteLength));
  if (file.bytes.byteLength === 0)
    throw new AppError('VALIDATION', `"${file.fileName}" is empty. Nothing was attached.`);
}

function putBlob(db: Db, bytes: Uint8Array): string {
  const sha256 = sha256Of(bytes);
  run(
    db,
    'INSERT OR IGNORE INTO attachment_blobs (sha256, size, bytes) VALUES (?, ?, ?)',
    sha256,
    bytes.byteLength,
    bytes,
  );
  return sha256;
}

function insertVersion(db: Db, attachmentId: string, version: number, file: IncomingFile, now: string): string {
  const id = ulid();
  run(
    db,
    `INSERT INTO attachment_versions (id, attachment_id, version, file_name, media_type, size, sha256, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    attachmentId,
    version,
    file.fileName,
    file.mediaType,
    file.bytes.byteLength,
    putBlob(db, file.bytes),
    now,
  );
  return id;
}

/** Reindexes the record an attachment belongs to (its row carries the attachments' names and text). */
function reindexOwner(db: Db, recordId: string): void {
  const record = loadForIndex(db, recordId);
  if (record) indexRecord(db, record);
}

const cleanName = (name: string): string =>
  // The name is only ever shown and offered as a default: strip folders, line breaks and every character no output
  // can hold (controls, noncharacters, lone surrogates: characters.ts), keep it short (255 characters, not units).
  [...stripUnholdable(name.split(/[\\/]/).pop() ?? '').replace(/[\t\n\r]/g, '')].slice(0, 255).join('') || 'attachment';

/**
 * Attaches `files` to record `recordId`, all or none, in one transaction. Each gets `meta` (title defaults to the
 * file name, kind to 'other'). Throws NOT_FOUND (no such record), VALIDATION (empty or over the size limit, bad meta).
 */
export function addAttachments(
  db: Db,
  recordId: string,
  files: readonly IncomingFile[],
  metaInput: AttachmentMetaInput = {},
): Attachment[] {
  const meta = asStored(() => parseOrThrow(attachmentMetaSchema, metaInput, 'Attachment'));
  for (const file of files) checkSize({ ...file, fileName: cleanName(file.fileName) });
  const ids = inTransaction(db, () => {
    if (!getRecordKind(db, recordId)) throw new AppError('NOT_FOUND', `No record with id ${recordId}.`);
    const now = new Date().toISOString();
    const created = files.map((incoming) => {
      const file = { ...incoming, fileName: cleanName(incoming.fileName) };
      const id = ulid();
      const title = files.length === 1 && meta.title ? meta.title : file.fileName;
      run(
        db,
        `INSERT INTO attachments (id, record_id, title, kind, language, date, date_sort, date_from, date_to, note,
           created_at, updated_at) VALUES (@id, @record_id, @title, @kind, @language, @date, @date_sort, @date_from,
           @date_to, @note, @now, @now)`,
        {
          id,
          record_id: recordId,
          title,
          kind: meta.kind ?? 'other',
          language: meta.language,
          note: meta.note,
          now,
          ...dateColumns('date', meta.date),
        },
      );
      insertVersion(db, id, 1, file, now);
      return id;
    });
    reindexOwner(db, recordId);
    return created;
  });
  return ids.map((id) => getAttachment(db, id));
}

/** A new version of the attachment's file; the old versions are kept. */
export function replaceAttachment(db: Db, id: string, incoming: IncomingFile): Attachment {
  const file = { ...incoming, fileName: cleanName(incoming.fileName) };
  checkSize(file);
  inTransaction(db, () => {
    const current = getAttachment(db, id);
    if (current.removedAt)
      throw new AppError('CONFLICT', 'This attachment was removed; restore it before replacing it.');
    const now = new Date().toISOString();
    insertVersion(db, id, (current.versions[0]?.version ?? 0) + 1, file, now);
    run(db, 'UPDATE attachments SET updated_at = ? WHERE id = ?', now, id);
    reindexOwner(db, current.recordId);
  });
  return getAttachment(db, id);
}

/** Changes what the person said about the attachment (title, kind, language, date, note). */
export function updateAttachmentMeta(db: Db, id: string, metaInput: AttachmentMetaInput): Attachment {
  const meta = asStored(() => parseOrThrow(attachmentMetaSchema, metaInput, 'Attachment'));
  inTransaction(db, () => {
    const current = getAttachment(db, id);
    run(
      db,
      `UPDATE attachments SET title = @title, kind = @kind, language = @language, date = @date, date_sort = @date_sort,
         date_from = @date_from, date_to = @date_to, note = @note, updated_at = @now WHERE id = @id`,
      {
        id,
        title: meta.title || current.versions[0]?.fileName || current.title,
        kind: meta.kind ?? current.kind,
        language: meta.language,
        note: meta.note,
        now: new Date().toISOString(),
        ...dateColumns('date', meta.date),
      },
    );
    reindexOwner(db, current.recordId);
  });
  return getAttachment(db, id);
}

/** Removes (`removed: true`) or restores an attachment; nothing is deleted, so a removal can be undone. */
export function setAttachmentRemoved(db: Db, id: string, removed: boolean): Attachment {
  inTransaction(db, () => {
    const current = getAttachment(db, id);
    run(db, 'UPDATE attachments SET removed_at = ? WHERE id = ?', removed ? new Date().toISOString() : null, id);
    reindexOwner(db, current.recordId);
  });
  return getAttachment(db, id);
}

/**
 * The bytes of a version (the current one when `versionId` is absent), verified against the stored SHA-256.
 * Throws NOT_FOUND, or DAMAGED when the bytes no longer match their hash (they are never handed out then).
 */
export function readAttachmentFile(db: Db, attachmentId: string, versionId?: string): VerifiedFile {
  const attachment = getAttachment(db, attachmentId);
  const version = versionId ? attachment.versions.find((v) => v.id === versionId) : attachment.versions[0];
  if (!version) throw new AppError('NOT_FOUND', 'This version of the attachment no longer exists.');
  const blob = get<{ bytes: Buffer }>(db, 'SELECT bytes FROM attachment_blobs WHERE sha256 = ?', version.sha256);
  if (!blob || blob.bytes.byteLength !== version.size || sha256Of(blob.bytes) !== version.sha256)
    throw new AppError(
      'DAMAGED',
      `The stored copy of "${version.fileName}" does not match its fingerprint (SHA-256): it was not opened. Restore a good backup (Data & backups).`,
    );
  return {
    name: version.fileName,
    mediaType: version.mediaType,
    bytes: new Uint8Array(blob.bytes),
    sha256: version.sha256,
  };
}

/** The bytes of one version by its id, verified like `readAttachmentFile`. */
export function readVersionFile(db: Db, versionId: string): VerifiedFile & { attachmentId: string } {
  const row = get<{ attachmentId: string }>(
    db,
    'SELECT attachment_id AS attachmentId FROM attachment_versions WHERE id = ?',
    versionId,
  );
  if (!row) throw new AppError('NOT_FOUND', 'This version of the attachment no longer exists.');
  return { ...readAttachmentFile(db, row.attachmentId, versionId), attachmentId: row.attachmentId };
}

/** Versions whose text has not been extracted yet (oldest first), at most `limit`, optionally of one record. */
export function pendingExtractions(
  db: Db,
  limit: number,
  recordId?: string,
): { versionId: string; attachmentId: string }[] {
  if (!hasTables(db)) return [];
  return all(
    db,
    `SELECT v.id AS versionId, v.attachment_id AS attachmentId FROM attachment_versions v
       JOIN attachments a ON a.id = v.attachment_id
     WHERE v.text_state = 'pending' AND (? IS NULL OR a.record_id = ?) ORDER BY v.added_at, v.id LIMIT ?`,
    recordId ?? null,
    recordId ?? null,
    limit,
  );
}

export interface Extraction {
  state: Exclude<TextState, 'pending'>;
  reason: string;
  /** Page 0 for documents without pages; PDFs 1…n. */
  pages: { page: number; text: string }[];
}

/** Stores a version's extracted text (replacing any earlier) and reindexes its record, in one transaction. */
export function storeExtraction(db: Db, versionId: string, extraction: Extraction): void {
  inTransaction(db, () => {
    const owner = get<{ recordId: string }>(
      db,
      `SELECT a.record_id AS recordId FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id WHERE v.id = ?`,
      versionId,
    );
    if (!owner) return; // removed for good meanwhile (a restore replaced the register): nothing to store
    run(db, 'DELETE FROM attachment_pages WHERE version_id = ?', versionId);
    for (const p of extraction.pages)
      if (p.text.trim() !== '')
        run(db, 'INSERT INTO attachment_pages (version_id, page, text) VALUES (?, ?, ?)', versionId, p.page, p.text);
    run(
      db,
      'UPDATE attachment_versions SET text_state = ?, text_reason = ?, pages = ? WHERE id = ?',
      extraction.state,
      extraction.reason,
      extraction.pages.reduce((n, p) => Math.max(n, p.page), 0),
      versionId,
    );
    reindexOwner(db, owner.recordId);
  });
}

/** Marks every version pending again (`cli extract-text --again`, after an extractor upgrade). */
export function markAllPending(db: Db): number {
  return inTransaction(
    db,
    () => run(db, "UPDATE attachment_versions SET text_state = 'pending', text_reason = ''").changes,
  );
}

/** Titles and current file names of attachments by id (search hits name the file). */
export function attachmentNames(db: Db, ids: readonly string[]): Map<string, { title: string; fileName: string }> {
  if (ids.length === 0 || !hasTables(db)) return new Map();
  const rows = all<{ id: string; title: string; fileName: string }>(
    db,
    `SELECT a.id, a.title, (SELECT file_name FROM attachment_versions WHERE attachment_id = a.id ORDER BY version DESC LIMIT 1) AS fileName
     FROM attachments a WHERE a.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify([...new Set(ids)]),
  );
  return new Map(rows.map((r) => [r.id, { title: r.title, fileName: r.fileName }]));
}

/** Every stored blob checked against its hash (integrity check); each problem in one line. */
export function checkAttachmentBlobs(db: Db): { blobs: number; problems: string[] } {
  if (!hasTables(db)) return { blobs: 0, problems: [] };
  const problems: string[] = [];
  let blobs = 0;
  for (const row of db.prepare('SELECT sha256, size, bytes FROM attachment_blobs').iterate() as Iterable<{
    sha256: string;
    size: number;
    bytes: Buffer;
  }>) {
    blobs++;
    if (row.bytes.byteLength !== row.size || sha256Of(row.bytes) !== row.sha256) {
      const names = all<{ fileName: string }>(
        db,
        'SELECT DISTINCT file_name AS fileName FROM attachment_versions WHERE sha256 = ?',
        row.sha256,
      )
        .map((r) => `"${r.fileName}"`)
        .join(', ');
      problems.push(
        `Attachment ${names || row.sha256.slice(0, 12)} does not match its fingerprint (SHA-256 ${row.sha256.slice(0, 12)}…).`,
      );
    }
  }
  return { blobs, problems };
}
