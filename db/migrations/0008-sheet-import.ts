/**
 * Migration 8: what spreadsheet imports remember.
 *
 * record_sources: where an imported record came from — the file's name, the sheet, the row, and the key column's
 * header and value when the person named one — so importing the same file again (or an edited copy of it) updates
 * those records instead of adding them twice. A record imported from several files has a row per file and sheet.
 * No foreign key on purpose: undo deletes a record an import created and redo brings it back with the same id, and
 * its source must then still be there; a row whose record is gone is simply not matched.
 *
 * party_aliases: names a person told an import mean an existing party ("Buglaria" → Bulgaria, "Repubblica
 * Italiana" → Italy), folded the way names are compared (case, accents, dots and spacing removed). They go with the
 * party when it is deleted.
 */
export const migration = {
  version: 8,
  name: 'sheet-import',
  sql: /* sql */ `
CREATE TABLE record_sources (
  record_id   TEXT NOT NULL,
  kind        TEXT NOT NULL,
  source      TEXT NOT NULL,
  sheet       TEXT NOT NULL DEFAULT '',
  row         INTEGER NOT NULL,
  key_column  TEXT NOT NULL DEFAULT '',
  key_value   TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL,
  PRIMARY KEY (record_id, source, sheet)
) STRICT;
CREATE INDEX record_sources_row ON record_sources(kind, source, sheet, row);
CREATE INDEX record_sources_key ON record_sources(kind, key_column, key_value) WHERE key_value <> '';

CREATE TABLE party_aliases (
  alias_key  TEXT PRIMARY KEY,
  alias      TEXT NOT NULL,
  party_id   TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX party_aliases_party ON party_aliases(party_id);
`,
};
