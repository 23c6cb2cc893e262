/**
 * Attachments in the exchange bundle: every attachment (removed ones too) with its versions and their extracted text
 * for export, and an import's attachments written inside the import's own transaction (exchange.ts), so records and
 * their documents arrive together or not at all. Bytes travel beside the JSON (files/<sha256> in the bundle's zip);
 * each is checked against its hash before anything is written.
 */
import { AppError } from '../../electron/common/domain/errors';
import type { Attachment, AttachmentVersion } from '../../electron/common/domain/attachments';
import { hasAttachmentTables } from './attachment-text';
import { getAttachment, sha256Of } from './attachments';
import { indexRecord } from './search-index';
import { loadForIndex } from './search-docs';
import type { Db } from './sql';
import { all, dateColumns, get, run } from './sql';

export interface BundledVersion extends Omit<AttachmentVersion, 'pages'> {
  /** Extracted text per page (so an imported document is searchable at once). */
  pages: { page: number; text: string }[];
}
export interface BundledAttachment extends Omit<Attachment, 'versions'> {
  versions: BundledVersion[];
}

/** Every attachment of the register, oldest first, with all versions and their text. */
export function exportAttachments(db: Db): BundledAttachment[] {
  if (!hasAttachmentTables(db)) return [];
  return all<{ id: string }>(db, 'SELECT id FROM attachments ORDER BY created_at, id').map(({ id }) => {
    const a = getAttachment(db, id);
    return {
      ...a,
      versions: a.versions.map((v) => ({
        ...v,
        pages: all<{ page: number; text: string }>(
          db,
          'SELECT page, text FROM attachment_pages WHERE version_id = ? ORDER BY page',
          v.id,
        ),
      })),
    };
  });
}

/** The stored bytes under `sha256` (export copies them into the bundle). */
export function blobBytes(db: Db, sha256: string): Uint8Array {
  const row = get<{ bytes: Buffer }>(db, 'SELECT bytes FROM attachment_blobs WHERE sha256 = ?', sha256);
  if (!row || sha256Of(row.bytes) !== sha256)
    throw new AppError(
      'DAMAGED',
      `A stored attachment (SHA-256 ${sha256.slice(0, 12)}…) does not match its fingerprint; nothing was exported.`,
    );
  return new Uint8Array(row.bytes);
}

export interface AttachmentImport {
  attachments: readonly BundledAttachment[];
  /** Bytes by SHA-256, as found in the bundle. */
  files: ReadonlyMap<string, Uint8Array>;
}

/**
 * Writes the bundle's attachments (call inside the import's transaction): a new attachment is inserted whole; for one
 * already here, versions it lacks are added and its description is taken when the bundle's is newer. Throws
 * VALIDATION (a file missing or not matching its hash, a record that is neither here nor in the bundle); nothing of
 * the import is written then.
 */
/**
 * What `importAttachments` would write, without writing: attachments new to this register, versions it lacks (a new
 * file or a replaced one), and descriptions the bundle has newer. The import's summary counts these, so a bundle that
 * brings only a document is not shown as "nothing to import".
 */
export function attachmentNews(
  db: Db,
  attachments: readonly BundledAttachment[],
): { added: number; versions: number; described: number } {
  let added = 0;
  let versions = 0;
  let described = 0;
  for (const a of attachments) {
    const here = get<{ updatedAt: string }>(db, 'SELECT updated_at AS updatedAt FROM attachments WHERE id = ?', a.id);
    if (!here) added++;
    else if (a.updatedAt > here.updatedAt) described++;
    for (const v of a.versions) if (!get(db, 'SELECT 1 FROM attachment_versions WHERE id = ?', v.id)) versions++;
  }
  return { added, versions, described };
}

export function importAttachments(db: Db, input: AttachmentImport): { added: number; versions: number } {
  let added = 0;
  let versions = 0;
  const touched = new Set<string>();
  for (const a of input.attachments) {
    if (!get(db, 'SELECT 1 FROM records WHERE id = ?', a.recordId))
      throw new AppError(
        'VALIDATION',
        `Attachment "${a.title}" belongs to record ${a.recordId}, which is neither in this register nor in the bundle.`,
      );
    const here = get<{ updatedAt: string }>(db, 'SELECT updated_at AS updatedAt FROM attachments WHERE id = ?', a.id);
    const row = {
      id: a.id,
      record_id: a.recordId,
      title: a.title,
      kind: a.kind,
      language: a.language,
      note: a.note,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      removed_at: a.removedAt,
      ...dateColumns('date', a.date),
    };
    if (!here) {
      run(
        db,
        `INSERT INTO attachments (id, record_id, title, kind, language, date, date_sort, date_from, date_to, note, created_at,
           updated_at, removed_at) VALUES (@id, @record_id, @title, @kind, @language, @date, @date_sort, @date_from, @date_to,
           @note, @created_at, @updated_at, @removed_at)`,
        row,
      );
      added++;
    } else if (a.updatedAt > here.updatedAt) {
      run(
        db,
        `UPDATE attachments SET title = @title, kind = @kind, language = @language, date = @date, date_sort = @date_sort,
           date_from = @date_from, date_to = @date_to, note = @note, updated_at = @updated_at, removed_at = @removed_at
         WHERE id = @id`,
        row,
      );
    }
    for (const v of a.versions) {
      if (get(db, 'SELECT 1 FROM attachment_versions WHERE id = ?', v.id)) continue;
      const bytes = input.files.get(v.sha256);
      if (!bytes || bytes.byteLength !== v.size || sha256Of(bytes) !== v.sha256)
        throw new AppError(
          'VALIDATION',
          `The bundle's copy of "${v.fileName}" is missing or does not match its fingerprint (SHA-256); nothing was imported.`,
        );
      run(db, 'INSERT OR IGNORE INTO attachment_blobs (sha256, size, bytes) VALUES (?, ?, ?)', v.sha256, v.size, bytes);
      run(
        db,
        `INSERT INTO attachment_versions (id, attachment_id, version, file_name, media_type, size, sha256, added_at,
           text_state, text_reason, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        v.id,
        a.id,
        v.version,
        v.fileName,
        v.mediaType,
        v.size,
        v.sha256,
        v.addedAt,
        v.textState,
        v.textReason,
        v.pages.reduce((n, p) => Math.max(n, p.page), 0),
      );
      for (const p of v.pages)
        run(db, 'INSERT INTO attachment_pages (version_id, page, text) VALUES (?, ?, ?)', v.id, p.page, p.text);
      versions++;
    }
    touched.add(a.recordId);
  }
  for (const id of touched) {
    const record = loadForIndex(db, id);
    if (record) indexRecord(db, record);
  }
  return { added, versions };
}
