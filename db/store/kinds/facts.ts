/**
 * The pieces of a codec that several kinds state alike: the list row's SELECT, the date a list shows for a kind
 * with a status chronology, the record_parties facts programmes and working groups share, and references to
 * parties in a role list. Written once here so a kind's codec says only what is its own.
 */
import type { StatusEvent } from '../../../electron/common/domain/types';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { writeRow, type Db } from '../sql';
import type { KindSql, Reference } from './codec';
import { saveCommon } from './common';

/**
 * `SELECT id, <title> AS title, <subkind> AS subkind, <subtitle> AS subtitle, <date> AS date FROM <table>`:
 * the shape KindSql.listRow promises. Each value is an SQL expression over the kind's table ('' for none).
 */
export function listRowSql(
  table: string,
  columns: { title: string; subkind: string; subtitle: string; date: string },
): string {
  const { title, subkind, subtitle, date } = columns;
  return `SELECT id, ${title} AS title, ${subkind} AS subkind, ${subtitle} AS subtitle, ${date} AS date FROM ${table}`;
}

/** The EDTF of a record's first dated status event, 'XXXX' when it has none (the list's date column). */
export const firstStatusDateSql = (table: string) =>
  `COALESCE((SELECT date FROM status_events s WHERE s.record_id = ${table}.id AND s.date_from IS NOT NULL ORDER BY date_sort, position LIMIT 1), 'XXXX')`;

/** record_parties holds the parties of working groups and programmes alike. */
export const RECORD_PARTIES = {
  involvement: 'SELECT record_id, party_id FROM record_parties',
  namedParties: 'SELECT record_id, party_id, position FROM record_parties',
  dependents: 'SELECT record_id, role FROM record_parties WHERE party_id = @id',
} as const;

/** References from a role list to its parties: `<field>.<i>.partyId` names the row a missing party sits in. */
export const partyRefs = (list: readonly { partyId: string }[], field: string): Reference[] =>
  list.map((p, i) => ({ id: p.partyId, kinds: ['party'], field: `${field}.${i}.partyId` }));

/** A reference held in one optional field (parentId, foundingAgreementId…): none while it is empty. */
export const optionalRef = (id: string | null, kinds: readonly RecordKind[], field: string): Reference[] =>
  id ? [{ id, kinds, field }] : [];

/**
 * references and detach for a kind whose only reference is one optional field (a party's parent, a person's
 * party): detaching empties the field.
 */
export function singleRef<B extends Record<F, string | null>, F extends string>(
  field: F,
  kinds: readonly RecordKind[],
) {
  return {
    references: (body: B) => optionalRef(body[field], kinds, field),
    detach: (body: B, removedId: string): B => (body[field] === removedId ? { ...body, [field]: null } : body),
  };
}

/**
 * KindSql from the kind's own facts: the list row reads the title and subtitle columns (or `listSubtitle`, an SQL
 * expression) beside `subkind` and `date` (SQL expressions; `''` / `'XXXX'` for none).
 */
export function kindSql(
  facts: Omit<KindSql, 'listRow'> & { subkind: string; date: string; listSubtitle?: string },
): KindSql {
  const { subkind, date, listSubtitle, ...sql } = facts;
  const subtitle = listSubtitle ?? sql.subtitleColumn;
  return { ...sql, listRow: listRowSql(sql.table, { title: sql.titleColumn, subkind, subtitle, date }) };
}

/**
 * A codec's save(): the kind's own row in `table` (`columns(body)`, keyed by id; inserted when new), then the
 * kind's own child rows (`children`), then the tags and status events every kind keeps.
 */
export function saver<B extends { tags: readonly string[]; statusEvents?: readonly StatusEvent[] }>(
  table: string,
  columns: (body: B) => Record<string, unknown>,
  children?: (db: Db, id: string, body: B) => void,
) {
  return (db: Db, id: string, body: B, isNew: boolean): void => {
    writeRow(db, table, { id, ...columns(body) }, isNew);
    children?.(db, id, body);
    saveCommon(db, id, body);
  };
}
