/**
 * The reads a report is assembled from (electron/node/services/reports): which records a scope covers — by party
 * with its sub-parties, a programme's family, a working group's sessions — and the names it prints. In SQL, so a
 * register of thousands of agreements never loads an aggregate a report will not print.
 */
import { isStatusKind, RECORD_KINDS, type RecordKind } from '../../electron/common/domain/vocab';
import { CODECS, INVOLVEMENT_SQL, NAMED_PARTIES_SQL, RECORD_TITLES_SQL } from './kinds';
import type { Db } from './sql';
import { all, get } from './sql';

/** Records with a timeline (agreements, working groups, programmes, meetings): id and kind. */
export function timelineRecords(db: Db): { id: string; kind: RecordKind }[] {
  return all<{ id: string; kind: RecordKind }>(
    db,
    'SELECT id, kind FROM records WHERE kind IN (SELECT value FROM json_each(?))',
    JSON.stringify(RECORD_KINDS.filter(isStatusKind)),
  );
}

/** The kinds of the given ids (ids that do not exist are absent from the map). */
export function kindsOf(db: Db, ids: readonly string[]): Map<string, RecordKind> {
  const rows = all<{ id: string; kind: RecordKind }>(
    db,
    'SELECT id, kind FROM records WHERE id IN (SELECT value FROM json_each(?))',
    JSON.stringify(ids),
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Records involving `partyId` or any of its sub-parties, by any role. */
export function recordsInvolvingParty(db: Db, partyId: string): Set<string> {
  const sql = `
    WITH RECURSIVE scope(id) AS (SELECT ? UNION SELECT p.id FROM parties p JOIN scope ON p.parent_id = scope.id),
    involvement AS (${INVOLVEMENT_SQL})
    SELECT DISTINCT record_id AS id FROM involvement WHERE party_id IN (SELECT id FROM scope)`;
  return new Set(all<{ id: string }>(db, sql, partyId).map((r) => r.id));
}

/**
 * A programme and the records its detail page relates to it: the working groups it founded ("Referenced by"), their
 * sessions, the meetings that discussed the programme or any of those groups, and the agreements those groups were
 * founded under (the one way an agreement is tied to a programme in the register: agreements link only agreements).
 */
export function programmeFamily(db: Db, programmeId: string): Set<string> {
  const sql = `
    WITH fam(id) AS (SELECT @id UNION SELECT id FROM working_groups WHERE founding_programme_id = @id)
    SELECT id FROM fam
    UNION SELECT founding_agreement_id FROM working_groups
      WHERE founding_programme_id = @id AND founding_agreement_id IS NOT NULL
    UNION SELECT meeting_id FROM working_group_sessions WHERE working_group_id IN (SELECT id FROM fam)
    UNION SELECT meeting_id FROM meeting_links WHERE record_id IN (SELECT id FROM fam)`;
  return new Set(all<{ id: string }>(db, sql, { id: programmeId }).map((r) => r.id));
}

/** A working group, its sessions and the meetings that discussed it. */
export function workingGroupFamily(db: Db, workingGroupId: string): Set<string> {
  const sql = `
    SELECT @id AS id
    UNION SELECT meeting_id FROM working_group_sessions WHERE working_group_id = @id
    UNION SELECT meeting_id FROM meeting_links WHERE record_id = @id`;
  return new Set(all<{ id: string }>(db, sql, { id: workingGroupId }).map((r) => r.id));
}

/** The title of a record of `kind` as people read it, or undefined when there is none with that id. */
export function nameOf(db: Db, kind: RecordKind, id: string): string | undefined {
  const { table, titleColumn } = CODECS[kind].sql;
  return get<{ name: string }>(db, `SELECT ${titleColumn} AS name FROM ${table} WHERE id = ?`, id)?.name;
}

/** Names of every party and person, by id (a report prints them beside events and participants). */
export function partyAndPersonNames(db: Db): Map<string, string> {
  const rows = all<{ id: string; title: string }>(
    db,
    `SELECT id, title FROM (${RECORD_TITLES_SQL}) WHERE kind IN ('party', 'person')`,
  );
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** The names of the parties each record names, in the order entered, each once. */
export function namedPartiesByRecord(db: Db): Map<string, string[]> {
  const byRecord = new Map<string, string[]>();
  const sql = `SELECT i.record_id AS recordId, p.name FROM (${NAMED_PARTIES_SQL}) i
    JOIN parties p ON p.id = i.party_id ORDER BY i.record_id, i.position`;
  for (const row of all<{ recordId: string; name: string }>(db, sql)) {
    const names = byRecord.get(row.recordId) ?? [];
    if (!names.includes(row.name)) names.push(row.name);
    byRecord.set(row.recordId, names);
  }
  return byRecord;
}
