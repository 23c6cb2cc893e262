import type { Db } from '../sql';
import { get } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadTags } from './common';
import { kindSql, saver, singleRef } from './facts';
import { all } from '../sql';
import { fromEdtf } from '../../../electron/common/domain/partial-date';
import { lines, partyText, span, type DocSpan } from './search-parts';

interface PersonRow {
  name: string;
  familyName: string;
  nativeName: string;
  roleTitle: string;
  partyId: string | null;
  roleFrom: string;
  roleTo: string;
  notes: string;
}

/** The period in role as a searchable span; an unusual period (end before start) is simply not searchable by date. */
function roleSpan(roleFrom: string, roleTo: string): DocSpan | null {
  try {
    if (!fromEdtf(roleFrom).from) return null;
    const until = roleTo !== 'XXXX' && roleTo !== roleFrom ? `${roleFrom}/${roleTo}` : roleFrom;
    return span('roleTitle', until, 'In role');
  } catch {
    return null;
  }
}

export const personCodec: KindCodec<'person'> = {
  kind: 'person',
  load(db: Db, id: string) {
    const row = get<PersonRow>(
      db,
      `SELECT name, family_name AS familyName, native_name AS nativeName, role_title AS roleTitle,
              party_id AS partyId, role_from AS roleFrom, role_to AS roleTo, notes
       FROM people WHERE id = ?`,
      id,
    );
    return row && { ...row, tags: loadTags(db, id) };
  },
  save: saver<Body<'person'>>('people', (body) => ({
    name: body.name,
    family_name: body.familyName,
    native_name: body.nativeName,
    role_title: body.roleTitle,
    party_id: body.partyId,
    role_from: body.roleFrom,
    role_to: body.roleTo,
    notes: body.notes,
  })),
  title: (body) => body.name,
  ...singleRef<Body<'person'>, 'partyId'>('partyId', ['party']),
  sql: kindSql({
    table: 'people',
    titleColumn: 'name',
    subtitleColumn: 'role_title',
    subkind: "''",
    date: 'role_from',
    involvement: ['SELECT id AS record_id, party_id FROM people WHERE party_id IS NOT NULL'],
    namedParties: [],
    dependents: [`SELECT id, 'member of this party' FROM people WHERE party_id = @id`],
  }),
  searchParts(lookup, record) {
    const party = record.partyId ? lookup.parties([record.partyId]).get(record.partyId) : undefined;
    return {
      title: [
        ['name', record.name],
        ['nativeName', record.nativeName],
      ],
      summary: [['roleTitle', record.roleTitle]],
      body: [
        ['partyId', partyText(party)],
        ['notes', record.notes],
        ['tags', lines(record.tags)],
      ],
      spans: [roleSpan(record.roleFrom, record.roleTo)],
      partyIds: record.partyId ? [record.partyId] : [],
      subtitle: [record.roleTitle, party?.name ?? ''].filter(Boolean).join(' · '),
      date: record.roleFrom,
      sig: JSON.stringify([record.name, record.nativeName, record.partyId]),
    };
  },
  /** The meetings the person attended copy the person's names. */
  copiers: (db, id) =>
    all<{ id: string }>(db, 'SELECT DISTINCT meeting_id AS id FROM meeting_participants WHERE person_id = ?', id).map(
      (r) => r.id,
    ),
};
