/**
 * Who points at a record. One query over every referencing column, so a delete can name
 * exactly what would break ("signatory of …", "session 3 of …") before anything changes.
 */
import type { Dependent } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import { DEPENDENTS_SQL, RECORD_TITLES_SQL } from './kinds';
import type { Db } from './sql';
import { all } from './sql';

const REFERENCES_SQL = `
  WITH refs(owner, relation) AS (
  ${DEPENDENTS_SQL}
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
    `SELECT t.id, t.kind, t.title, t.subtitle FROM (${RECORD_TITLES_SQL}) t
     ${filter} ORDER BY t.title COLLATE NOCASE`,
    ...params,
  );
}
