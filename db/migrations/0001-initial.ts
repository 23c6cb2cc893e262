/**
 * Migration 1: the whole register. RELEASED — never edit; add a new numbered file instead.
 *
 * Shape: a `records` supertype holds identity, kind and bookkeeping for every record; each
 * kind has its own table sharing that id. Status events, tags, areas and meeting links
 * point at `records`, so every reference is a real foreign key (no polymorphic strings).
 * Vocabulary values (kinds, statuses, roles) are validated by the model's zod schemas
 * rather than SQL CHECKs, so that growing a vocabulary does not need a table rebuild.
 * Every date is stored as four columns: `x` (EDTF as entered), `x_sort` (lexical sort key),
 * `x_from` / `x_to` (first and last ISO day it covers; NULL when unknown).
 */
export const migration = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
CREATE TABLE records (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX records_kind ON records(kind, updated_at);

CREATE TABLE parties (
  id          TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name  TEXT NOT NULL DEFAULT '',
  native_name TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL,
  parent_id   TEXT REFERENCES parties(id) ON DELETE RESTRICT CHECK (parent_id IS NULL OR parent_id <> id),
  notes       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX parties_parent ON parties(parent_id);

CREATE TABLE people (
  id          TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  family_name TEXT NOT NULL DEFAULT '',
  native_name TEXT NOT NULL DEFAULT '',
  role_title  TEXT NOT NULL DEFAULT '',
  party_id    TEXT REFERENCES parties(id) ON DELETE RESTRICT,
  role_from   TEXT NOT NULL DEFAULT 'XXXX',
  role_to     TEXT NOT NULL DEFAULT 'XXXX',
  notes       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX people_party ON people(party_id);

CREATE TABLE agreements (
  id             TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  short_title    TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL,
  reference      TEXT NOT NULL DEFAULT '',
  summary        TEXT NOT NULL DEFAULT '',
  term_kind      TEXT NOT NULL DEFAULT 'unknown',
  expires        TEXT NOT NULL DEFAULT 'XXXX',
  expires_sort   TEXT NOT NULL DEFAULT '',
  expires_from   TEXT,
  expires_to     TEXT,
  duration_months INTEGER CHECK (duration_months IS NULL OR duration_months > 0),
  renewal_months  INTEGER CHECK (renewal_months IS NULL OR renewal_months > 0),
  notice_months   INTEGER CHECK (notice_months IS NULL OR notice_months >= 0),
  parent_id      TEXT REFERENCES agreements(id) ON DELETE RESTRICT CHECK (parent_id IS NULL OR parent_id <> id),
  notes          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agreements_parent ON agreements(parent_id);
CREATE INDEX agreements_expires ON agreements(expires_from);

CREATE TABLE agreement_parties (
  id           TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  party_id     TEXT NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
  role         TEXT NOT NULL,
  position     INTEGER NOT NULL,
  UNIQUE (agreement_id, party_id, role)
) STRICT;
CREATE INDEX agreement_parties_party ON agreement_parties(party_id);

CREATE TABLE agreement_party_events (
  id                 TEXT PRIMARY KEY,
  agreement_party_id TEXT NOT NULL REFERENCES agreement_parties(id) ON DELETE CASCADE,
  kind               TEXT NOT NULL,
  date               TEXT NOT NULL DEFAULT 'XXXX',
  date_sort          TEXT NOT NULL DEFAULT '',
  date_from          TEXT,
  date_to            TEXT,
  note               TEXT NOT NULL DEFAULT '',
  position           INTEGER NOT NULL
) STRICT;
CREATE INDEX agreement_party_events_owner ON agreement_party_events(agreement_party_id);

CREATE TABLE agreement_links (
  agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  target_id    TEXT NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
  kind         TEXT NOT NULL,
  position     INTEGER NOT NULL,
  PRIMARY KEY (agreement_id, target_id, kind),
  CHECK (agreement_id <> target_id)
) STRICT;
CREATE INDEX agreement_links_target ON agreement_links(target_id);

CREATE TABLE programmes (
  id          TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name  TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE programme_phases (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  start        TEXT NOT NULL DEFAULT 'XXXX',
  start_sort   TEXT NOT NULL DEFAULT '',
  start_from   TEXT,
  start_to     TEXT,
  end          TEXT NOT NULL DEFAULT 'XXXX',
  end_sort     TEXT NOT NULL DEFAULT '',
  end_from     TEXT,
  end_to       TEXT,
  note         TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL
) STRICT;
CREATE INDEX programme_phases_owner ON programme_phases(programme_id);

CREATE TABLE programme_milestones (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  date         TEXT NOT NULL DEFAULT 'XXXX',
  date_sort    TEXT NOT NULL DEFAULT '',
  date_from    TEXT,
  date_to      TEXT,
  note         TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL
) STRICT;
CREATE INDEX programme_milestones_owner ON programme_milestones(programme_id);
CREATE INDEX programme_milestones_date ON programme_milestones(date_from);

CREATE TABLE meetings (
  id         TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
  kind       TEXT NOT NULL,
  date       TEXT NOT NULL DEFAULT 'XXXX',
  date_sort  TEXT NOT NULL DEFAULT '',
  date_from  TEXT,
  date_to    TEXT,
  place      TEXT NOT NULL DEFAULT '',
  summary    TEXT NOT NULL DEFAULT '',
  minutes    TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meetings_date ON meetings(date_sort);

CREATE TABLE meeting_participants (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  person_id  TEXT REFERENCES people(id) ON DELETE RESTRICT,
  party_id   TEXT REFERENCES parties(id) ON DELETE RESTRICT,
  role       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, position),
  CHECK (person_id IS NOT NULL OR party_id IS NOT NULL)
) STRICT;
CREATE INDEX meeting_participants_person ON meeting_participants(person_id);
CREATE INDEX meeting_participants_party ON meeting_participants(party_id);

CREATE TABLE meeting_topics (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  topic      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, position)
) STRICT;

CREATE TABLE meeting_outcomes (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (meeting_id, position)
) STRICT;

CREATE TABLE action_items (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  owner      TEXT NOT NULL DEFAULT '',
  due        TEXT NOT NULL DEFAULT 'XXXX',
  due_sort   TEXT NOT NULL DEFAULT '',
  due_from   TEXT,
  due_to     TEXT,
  state      TEXT NOT NULL DEFAULT 'open',
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX action_items_owner ON action_items(meeting_id);

CREATE TABLE meeting_links (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  position   INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, record_id),
  CHECK (meeting_id <> record_id)
) STRICT;
CREATE INDEX meeting_links_record ON meeting_links(record_id);

CREATE TABLE working_groups (
  id                    TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name            TEXT NOT NULL DEFAULT '',
  mandate               TEXT NOT NULL DEFAULT '',
  founding_agreement_id TEXT REFERENCES agreements(id) ON DELETE RESTRICT,
  founding_programme_id TEXT REFERENCES programmes(id) ON DELETE RESTRICT,
  notes                 TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE working_group_sessions (
  id               TEXT PRIMARY KEY,
  working_group_id TEXT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  edition          INTEGER NOT NULL CHECK (edition > 0),
  meeting_id       TEXT NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE RESTRICT,
  position         INTEGER NOT NULL DEFAULT 0,
  UNIQUE (working_group_id, edition)
) STRICT;

-- Parties of working groups and partners of programmes: a role each, no events of their own.
CREATE TABLE record_parties (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  party_id  TEXT NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
  role      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (record_id, party_id, role)
) STRICT;
CREATE INDEX record_parties_party ON record_parties(party_id);

CREATE TABLE record_areas (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  area      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (record_id, area)
) STRICT;
CREATE INDEX record_areas_area ON record_areas(area);

CREATE TABLE tags (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  tag       TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (record_id, tag)
) STRICT;
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE status_events (
  id        TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  status    TEXT NOT NULL,
  date      TEXT NOT NULL DEFAULT 'XXXX',
  date_sort TEXT NOT NULL DEFAULT '',
  date_from TEXT,
  date_to   TEXT,
  note      TEXT NOT NULL DEFAULT '',
  source    TEXT NOT NULL DEFAULT '',
  position  INTEGER NOT NULL
) STRICT;
CREATE INDEX status_events_record ON status_events(record_id, date_sort, position);
CREATE INDEX status_events_date ON status_events(date_from);

-- Derived, never stored: the latest event by date (ties: later position) of each record.
-- Mirrors currentStatus() in db/model/status.ts; a test holds the two to the same answer.
CREATE VIEW current_status AS
SELECT record_id, status, date, id AS event_id
FROM (
  SELECT se.*, row_number() OVER (PARTITION BY record_id ORDER BY date_sort DESC, position DESC) AS rank
  FROM status_events se
)
WHERE rank = 1;

-- Every write leaves one row here. No foreign key: the trail must outlive deleted records.
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  record_kind TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  summary     TEXT NOT NULL DEFAULT '',
  before_json TEXT,
  after_json  TEXT
) STRICT;
CREATE INDEX audit_record ON audit(record_id, id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`,
};
