/**
 * Migration 2: change groups, for undo and redo.
 *
 * The audit trail has one row per record written. Some changes a person makes write several
 * rows at once (an import, an undo that restores a record and the records it was detached
 * from), and undo must reverse them as one step — and must tell a person's own changes from
 * the undo and redo steps that reverse them. A group names a contiguous range of audit ids
 * written by one transaction: `role` says what it was (a change, or an undo / redo of the
 * change whose first audit id is `target_id`). Audit rows outside any group are one change
 * each. Rows are never updated; the audit table itself is untouched.
 */
export const migration = {
  version: 2,
  name: 'change-groups',
  sql: /* sql */ `
CREATE TABLE change_groups (
  first_id   INTEGER PRIMARY KEY,
  last_id    INTEGER NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('change', 'undo', 'redo')),
  target_id  INTEGER,
  label      TEXT NOT NULL DEFAULT '',
  at         TEXT NOT NULL,
  CHECK (first_id <= last_id),
  CHECK ((role = 'change') = (target_id IS NULL))
) STRICT;
CREATE INDEX change_groups_target ON change_groups(target_id, first_id);
CREATE INDEX change_groups_last ON change_groups(last_id);
`,
};
