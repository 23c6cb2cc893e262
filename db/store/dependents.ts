/**
 * Who points at a record. One query over every referencing column, so a delete can name
 * exactly what would break ("signatory of …", "session 3 of …") before anything changes.
 */
import type { Dependent } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import type { Db } from './sql';
import { all } from './sql';

/** id + title + kind of every record, for naming things in messages and lists. */
export const RECORD_TITLES_SQL = `
  SELECT r.id, r.kind, COALESCE(pa.name, pe.name, ag.title, wg.name, pr.name, me.title) AS title
  FROM records r
  LEFT JOIN parties pa ON pa.id = r.id
  LEFT JOIN people pe ON pe.id = r.id
  LEFT JOIN agreements ag ON ag.id = r.id
  LEFT JOIN working_groups wg ON wg.id = r.id
  LEFT JOIN programmes pr ON pr.id = r.id
  LEFT JOIN meetings me ON me.id = r.id`;

const REFERENCES_SQL = `
  WITH refs(owner, relation) AS (
    SELECT id, 'sub-party' FROM parties WHERE parent_id = @id
    UNION ALL SELECT id, 'member of this party' FROM people WHERE party_id = @id
    UNION ALL SELECT agreement_id, role FROM agreement_parties WHERE party_id = @id
    UNION ALL SELECT agreement_id, 'links to it: ' || kind FROM agreement_links WHERE target_id = @id
    UNION ALL SELECT id, 'subsidiary agreement' FROM agreements WHERE parent_id = @id
    UNION ALL SELECT id, 'founded by it' FROM working_groups WHERE founding_agreement_id = @id OR founding_programme_id = @id
    UNION ALL SELECT working_group_id, 'session ' || edition FROM working_group_sessions WHERE meeting_id = @id
    UNION ALL SELECT record_id, role FROM record_parties WHERE party_id = @id
    UNION ALL SELECT meeting_id, 'participant' FROM meeting_participants WHERE person_id = @id OR party_id = @id
    UNION ALL SELECT meeting_id, 'discussed at meeting' FROM meeting_links WHERE record_id = @id
  )
  SELECT t.id, t.kind, t.title, group_concat(DISTINCT refs.relation) AS relation
  FROM refs JOIN (${RECORD_TITLES_SQL}) t ON t.id = refs.owner
  WHERE refs.owner <> @id
  GROUP BY t.id ORDER BY t.kind, t.title`;

export function findDependents(db: Db, id: string): Dependent[] {
  return all<{ id: string; kind: RecordKind; title: string; relation: string }>(db, REFERENCES_SQL, { id }).map(
    (d) => ({
      ...d,
      relation: d.relation.replace(/_/g, ' ').replace(/,/g, ', '),
    }),
  );
}

/** Titles of every record (or of some kinds), for pickers and jump-to. */
export function recordTitlesList(
  db: Db,
  kinds?: readonly RecordKind[],
): { id: string; kind: RecordKind; title: string; subtitle: string }[] {
  const filter = kinds?.length ? `WHERE t.kind IN (SELECT value FROM json_each(?))` : '';
  const params = kinds?.length ? [JSON.stringify(kinds)] : [];
  return all<{ id: string; kind: RecordKind; title: string; subtitle: string }>(
    db,
    `SELECT t.id, t.kind, t.title, COALESCE(pa.short_name, pe.role_title, ag.short_title, wg.short_name, pr.short_name, me.place, '') AS subtitle
     FROM (${RECORD_TITLES_SQL}) t
     LEFT JOIN parties pa ON pa.id = t.id LEFT JOIN people pe ON pe.id = t.id LEFT JOIN agreements ag ON ag.id = t.id
     LEFT JOIN working_groups wg ON wg.id = t.id LEFT JOIN programmes pr ON pr.id = t.id LEFT JOIN meetings me ON me.id = t.id
     ${filter} ORDER BY t.title COLLATE NOCASE`,
    ...params,
  );
}
