/**
 * Everything the generic store needs from each record kind, in one object per kind (db/store/kinds/<kind>.ts),
 * registered in CODECS (kinds/index.ts, typed `{ [K in RecordKind]: KindCodec<K> }`, so the compiler names every
 * kind a new member lacks). Bodies are records without their bookkeeping (id, kind, timestamps, version): exactly
 * what a write states in full.
 */
import type { RecordByKind, RecordMeta } from '../../../electron/common/domain/types';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';
import type { DocLookup, SearchParts } from './search-parts';

export type Body<K extends RecordKind> = Omit<RecordByKind[K], keyof RecordMeta<K>>;

/** Fields every kind has, stored in shared tables by kinds/shared.ts rather than by each kind's codec. */
export type SharedField = 'links' | 'alternateTitles';

/** What a kind's own codec loads: the body without the shared fields. */
export type OwnBody<K extends RecordKind> = Omit<Body<K>, SharedField>;

/** An id that a body points at, the kinds it may be, and the form field that holds it. */
export interface Reference {
  id: string;
  kinds: readonly RecordKind[];
  field: string;
}

/**
 * The kind's SQL facts that cross-record queries are assembled from (lists, dependents, reports, search), so
 * that how a kind stores its parties or references is stated once, beside its load/save.
 */
export interface KindSql {
  /** The kind's own table (one row per record, same id as `records`). */
  table: string;
  /** Column holding the record's title as people read it (name or title). */
  titleColumn: string;
  /** Column with the short text shown under a title in pickers (short name, role, place…). */
  subtitleColumn: string;
  /** A list row for this kind: `id, title, subkind, subtitle, date` (date: EDTF shown in the list). */
  listRow: string;
  /** `SELECT <record id> AS record_id, <party id> AS party_id …`: every party the kind's records involve, any role. */
  involvement: string[];
  /** `SELECT record_id, party_id, position …`: the parties named on the record, in the order entered. */
  namedParties: string[];
  /** `SELECT <owner id>, <relation words> …` rows of this kind's records that refer to the record `@id`. */
  dependents: string[];
}

export interface KindCodec<K extends RecordKind> {
  kind: K;
  /** Loads the body, or undefined when the kind row is absent (the shared fields are added by kinds/shared.ts). */
  load(db: Db, id: string): OwnBody<K> | undefined;
  /** Writes the kind row (insert when `isNew`) and replaces all children. */
  save(db: Db, id: string, body: Body<K>, isNew: boolean): void;
  title(body: Body<K>): string;
  references(body: Body<K>): Reference[];
  /** The same body with every reference to `removedId` taken out (for explicit cascades). */
  detach(body: Body<K>, removedId: string): Body<K>;
  sql: KindSql;
  /** What the search index holds for a record of this kind (see search-parts.ts). */
  searchParts(lookup: DocLookup, record: RecordByKind[K]): SearchParts;
  /**
   * Records whose index rows copy this record's names (a party's name appears in every agreement it signed):
   * reindexed in the same transaction when this record's `sig` changes. Absent: nothing copies from it.
   */
  copiers?(db: Db, id: string): string[];
}
