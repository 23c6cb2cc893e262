/**
 * Migration 9: attachments — the documents kept with a record, their bytes, versions and extracted text.
 *
 *   attachment_blobs     the bytes, content-addressed by SHA-256 (a file attached twice is stored once). Blobs live in
 *                        the register itself (see ARCHITECTURE.md "Attachments"): one file to back up, restore, check
 *                        and copy, and an attach is one SQLite transaction with the rest.
 *   attachments          what the person says about a document: title, kind, language, date (EDTF + its three
 *                        derived columns), note; `removed_at` marks a removal that can still be undone. `record_id`
 *                        deliberately has no foreign key: like the audit trail, an attachment outlives a deleted
 *                        record, so undoing the delete brings its documents back; lists join on records.
 *   attachment_versions  every version ever attached (replace adds one; the newest is current): file name, the media
 *                        type detected from content, size, hash, and where text extraction stands.
 *   attachment_pages     extracted text per page (page 0: a document without pages), what search indexes.
 */
export const migration = {
  version: 9,
  name: 'attachments',
  sql: /* sql */ `
CREATE TABLE attachment_blobs (
  sha256 TEXT PRIMARY KEY,
  size   INTEGER NOT NULL,
  bytes  BLOB NOT NULL
) STRICT;

CREATE TABLE attachments (
  id         TEXT PRIMARY KEY,
  record_id  TEXT NOT NULL,
  title      TEXT NOT NULL,
  kind       TEXT NOT NULL,
  language   TEXT NOT NULL DEFAULT '',
  date       TEXT NOT NULL DEFAULT 'XXXX',
  date_sort  TEXT,
  date_from  TEXT,
  date_to    TEXT,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE INDEX attachments_record ON attachments(record_id);

CREATE TABLE attachment_versions (
  id            TEXT PRIMARY KEY,
  attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  file_name     TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  size          INTEGER NOT NULL,
  sha256        TEXT NOT NULL REFERENCES attachment_blobs(sha256),
  added_at      TEXT NOT NULL,
  text_state    TEXT NOT NULL DEFAULT 'pending',
  text_reason   TEXT NOT NULL DEFAULT '',
  pages         INTEGER NOT NULL DEFAULT 0,
  UNIQUE (attachment_id, version)
) STRICT;
CREATE INDEX attachment_versions_blob ON attachment_versions(sha256);
CREATE INDEX attachment_versions_pending ON attachment_versions(text_state) WHERE text_state = 'pending';

CREATE TABLE attachment_pages (
  version_id TEXT NOT NULL REFERENCES attachment_versions(id) ON DELETE CASCADE,
  page       INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (version_id, page)
) STRICT;
`,
};
