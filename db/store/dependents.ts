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

/** Titles of every record (or of some kinds, or of the given ids), for pickers, jump-to and a record's references. */
export function recordTitlesList(
  db: Db,
  kinds?: readonly RecordKind[],
  ids?: readonly string[],
): { id: string; kind: RecordKind; title: string; subtitle: string }[] {
  const conditions: string[] = [];
  const params: string[] = [];
  if (kinds?.length) {
    conditions.push('t.kind IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(kinds));
  }
  if (ids) {
    // SQLite pushes this into each arm of the titles UNION: a primary-key lookup per id, not a scan.
    conditions.push('t.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(ids));
  }
  return all<{ id: string; kind: RecordKind; title: string; subtitle: string }>(
    db,
    `SELECT t.id, t.kind, t.title, t.subtitle FROM (${RECORD_TITLES_SQL}) t
     ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY t.title COLLATE NOCASE`,
    ...params,
  );
}
