/**
 * Migration 7: what people do with reminders, and saved list views.
 *
 * Reminders stay derived (domain/reminders.ts); what is stored is a person's answer to one, by its stable key:
 * acknowledged (until the next lead time comes round), snoozed until a day, or dismissed. `reminder_actions` is
 * append-only — every answer is a row with who and when, so the log is its own audit trail — and the state of a
 * reminder is its latest row (`reverted` puts it back).
 *
 * `saved_views` keeps a list's filters, columns and sort under a name, per list (a record kind), shown in the
 * sidebar. Like saved searches, views are preferences, not records: not audited, not undone.
 */
export const migration = {
  version: 7,
  name: 'reminders-views',
  sql: /* sql */ `
CREATE TABLE reminder_actions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  key        TEXT NOT NULL,
  record_id  TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('acknowledged', 'snoozed', 'dismissed', 'reverted')),
  until      TEXT,
  lead_days  INTEGER,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  CHECK ((action = 'snoozed') = (until IS NOT NULL))
) STRICT;
CREATE INDEX reminder_actions_key ON reminder_actions(key, id);

CREATE TABLE saved_views (
  id         TEXT PRIMARY KEY,
  list       TEXT NOT NULL,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  spec       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX saved_views_name ON saved_views(list, name COLLATE NOCASE);
`,
};
