/**
 * The record kinds, and the cross-record SQL assembled from what each kind states in its codec (`sql`): which
 * parties a record involves, the parties it names, its title, what refers to a record. Adding a kind means adding
 * its codec here; the compiler names anything it lacks.
 */
import { RECORD_KINDS, type RecordKind } from '../../../electron/common/domain/vocab';
import { agreementCodec } from './agreement';
import type { KindCodec, KindSql } from './codec';
import { meetingCodec } from './meeting';
import { partyCodec } from './party';
import { personCodec } from './person';
import { programmeCodec } from './programme';
import { withShared } from './shared';
import { workingGroupCodec } from './working-group';

export const CODECS: { [K in RecordKind]: KindCodec<K> } = {
  party: withShared(partyCodec),
  person: withShared(personCodec),
  agreement: withShared(agreementCodec),
  working_group: withShared(workingGroupCodec),
  programme: withShared(programmeCodec),
  meeting: withShared(meetingCodec),
};

/** Every kind's statements of one sort, each once (two kinds may share a table), in kind order. */
function unionOf(pick: (sql: KindSql) => string[], joiner: string): string {
  return [...new Set(RECORD_KINDS.flatMap((kind) => pick(CODECS[kind].sql)))].join(`\n  ${joiner} `);
}

/** `record_id, party_id`: which parties each record involves, by any role (party filters, reports, search). */
export const INVOLVEMENT_SQL = unionOf((k) => k.involvement, 'UNION');

/** `record_id, party_id, position`: the parties named on each record, in the order entered (reports). */
export const NAMED_PARTIES_SQL = unionOf((k) => k.namedParties, 'UNION ALL');

/** `owner, relation` rows of every record that refers to the record `@id` (what a delete would break). */
export const DEPENDENTS_SQL = unionOf((k) => k.dependents, 'UNION ALL');

const alias = (kind: RecordKind) => `k_${kind}`;
const joins = RECORD_KINDS.map((k) => `LEFT JOIN ${CODECS[k].sql.table} ${alias(k)} ON ${alias(k)}.id = r.id`).join(
  '\n  ',
);
const coalesce = (column: (sql: KindSql) => string) =>
  `COALESCE(${RECORD_KINDS.map((k) => `${alias(k)}.${column(CODECS[k].sql)}`).join(', ')}, '')`;

/** `id, kind, title, subtitle` of every record, for naming things in messages, pickers and reports. */
export const RECORD_TITLES_SQL = `
  SELECT r.id, r.kind, ${coalesce((k) => k.titleColumn)} AS title, ${coalesce((k) => k.subtitleColumn)} AS subtitle
  FROM records r
  ${joins}`;

export type { Body, KindCodec, Reference } from './codec';
export { incomingLinks } from './shared';
