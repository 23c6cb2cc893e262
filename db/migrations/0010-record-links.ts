/**
 * Migration 10 (issue 16 §4): links between records of any kind, titles in other languages, place of signature.
 *
 *   record_links   typed links "source <kind> target" between any two records (Tempest merged into GCAP, an
 *                  arrangement implementing an MoU, a working group founded by an agreement). Replaces
 *                  agreement_links, whose rows move here unchanged (same ids, kinds and order). Deleting the source
 *                  takes its links with it; a target cannot go while linked (the store detaches first, so undo can
 *                  bring the links back).
 *   record_titles  a record's titles in other languages ({language, title}, in the order entered): the authentic
 *                  texts of a bilateral agreement in each party's language, searched like the title.
 *   agreements.place_of_signature  where the agreement was signed ("Rome", "Tokyo and Rome").
 *
 * Version 10.
 */
export const migration = {
  version: 10,
  name: 'record-links',
  sql: /* sql */ `
CREATE TABLE record_links (
  source_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  kind      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (source_id, target_id, kind),
  CHECK (source_id <> target_id)
) STRICT;
CREATE INDEX record_links_target ON record_links(target_id);

INSERT INTO record_links (source_id, target_id, kind, position)
  SELECT agreement_id, target_id, kind, position FROM agreement_links;
DROP TABLE agreement_links;

CREATE TABLE record_titles (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  language  TEXT NOT NULL,
  title     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (record_id, position)
) STRICT;

ALTER TABLE agreements ADD COLUMN place_of_signature TEXT NOT NULL DEFAULT '';
`,
};
