import type { Db } from '../sql';
import { get, writeRow } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadTags, saveCommon } from './common';

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
  save(db, id, body, isNew) {
    const row = {
      id,
      name: body.name,
      family_name: body.familyName,
      native_name: body.nativeName,
      role_title: body.roleTitle,
      party_id: body.partyId,
      role_from: body.roleFrom,
      role_to: body.roleTo,
      notes: body.notes,
    };
    writeRow(db, 'people', row, isNew);
    saveCommon(db, id, body);
  },
  title: (body) => body.name,
  references: (body) => (body.partyId ? [{ id: body.partyId, kinds: ['party'], field: 'partyId' }] : []),
  detach: (body, removedId): Body<'person'> => (body.partyId === removedId ? { ...body, partyId: null } : body),
};
