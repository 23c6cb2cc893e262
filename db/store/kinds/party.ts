import type { PartyKind } from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';
import { get } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadTags } from './common';
import { kindSql, saver, singleRef } from './facts';
import { all } from '../sql';
import { labelOf } from '../../../electron/common/domain/vocab';
import { lines, partyText } from './search-parts';

interface PartyRow {
  name: string;
  shortName: string;
  nativeName: string;
  type: PartyKind;
  parentId: string | null;
  notes: string;
}

export const partyCodec: KindCodec<'party'> = {
  kind: 'party',
  load(db: Db, id: string) {
    const row = get<PartyRow>(
      db,
      'SELECT name, short_name AS shortName, native_name AS nativeName, kind AS type, parent_id AS parentId, notes FROM parties WHERE id = ?',
      id,
    );
    return row && { ...row, tags: loadTags(db, id) };
  },
  save: saver<Body<'party'>>('parties', (body) => ({
    name: body.name,
    short_name: body.shortName,
    native_name: body.nativeName,
    kind: body.type,
    parent_id: body.parentId,
    notes: body.notes,
  })),
  title: (body) => body.name,
  ...singleRef<Body<'party'>, 'parentId'>('parentId', ['party']),
  sql: kindSql({
    table: 'parties',
    titleColumn: 'name',
    subtitleColumn: 'short_name',
    subkind: 'kind',
    date: "'XXXX'",
    listSubtitle: "CASE WHEN short_name <> '' THEN short_name ELSE native_name END",
    involvement: ['SELECT id AS record_id, id AS party_id FROM parties'],
    namedParties: [],
    dependents: [`SELECT id, 'sub-party' FROM parties WHERE parent_id = @id`],
  }),
  searchParts(lookup, record) {
    const parent = record.parentId ? lookup.parties([record.parentId]).get(record.parentId) : undefined;
    return {
      title: [
        ['name', record.name],
        ['shortName', record.shortName],
        ['nativeName', record.nativeName],
      ],
      summary: [],
      body: [
        ['parentId', partyText(parent)],
        ['type', labelOf(record.type)],
        ['notes', record.notes],
        ['tags', lines(record.tags)],
      ],
      spans: [],
      partyIds: [record.id],
      subtitle: [labelOf(record.type), record.shortName || record.nativeName].filter(Boolean).join(' · '),
      date: 'XXXX',
      type: record.type,
      sig: JSON.stringify([record.name, record.shortName, record.nativeName, record.parentId]),
    };
  },
  /** Everything involving the party or a party below it, their people, and the sub-parties themselves. */
  copiers(db, id) {
    return all<{ id: string }>(
      db,
      `WITH RECURSIVE subtree(id) AS (SELECT @id UNION SELECT p.id FROM parties p JOIN subtree s ON p.parent_id = s.id)
       SELECT agreement_id AS id FROM agreement_parties WHERE party_id IN subtree
       UNION SELECT record_id FROM record_parties WHERE party_id IN subtree
       UNION SELECT meeting_id FROM meeting_participants WHERE party_id IN subtree
       UNION SELECT mp.meeting_id FROM meeting_participants mp JOIN people pe ON pe.id = mp.person_id WHERE pe.party_id IN subtree
       UNION SELECT id FROM people WHERE party_id IN subtree
       UNION SELECT id FROM subtree WHERE id <> @id`,
      { id },
    ).map((r) => r.id);
  },
};
