/**
 * The attachments' part of a record's search row (read by search-docs.ts, so kept apart from attachments.ts, which
 * writes and reindexes: no import cycle).
 */
import { attachmentField } from '../../electron/common/domain/attachments';
import type { Field } from './kinds/search-parts';
import type { Db } from './sql';
import { all } from './sql';

/** The first schema version with the attachment tables (migration 9). */
export const ATTACHMENTS_SCHEMA_VERSION = 9;

/** False while a register is held below migration 9 (migration tests stop at earlier versions). */
export const hasAttachmentTables = (db: Db): boolean =>
  (db.pragma('user_version', { simple: true }) as number) >= ATTACHMENTS_SCHEMA_VERSION;

/**
 * What a record's search row carries of its attachments: one field with every title and file name, then the current
 * version's text page by page (field `attachment:<id>:<page>`, so a hit names the file and page).
 */
export function attachmentSearchFields(db: Db, recordId: string): Field[] {
  if (!hasAttachmentTables(db)) return [];
  const rows = all<{ id: string; title: string; fileName: string; versionId: string }>(
    db,
    `SELECT a.id, a.title, v.file_name AS fileName, v.id AS versionId FROM attachments a
       JOIN attachment_versions v ON v.attachment_id = a.id
       AND v.version = (SELECT max(version) FROM attachment_versions WHERE attachment_id = a.id)
     WHERE a.record_id = ? AND a.removed_at IS NULL ORDER BY a.created_at, a.id`,
    recordId,
  );
  if (rows.length === 0) return [];
  const names: Field = [
    'attachments',
    rows.map((r) => (r.title === r.fileName ? r.title : `${r.title} (${r.fileName})`)).join('\n'),
  ];
  const pages = rows.flatMap((r) =>
    all<{ page: number; text: string }>(
      db,
      'SELECT page, text FROM attachment_pages WHERE version_id = ? ORDER BY page',
      r.versionId,
    ).map((p): Field => [attachmentField(r.id, p.page), p.text]),
  );
  return [names, ...pages];
}
