import type { PartyKind } from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';
import { get, writeRow } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadTags, saveCommon } from './common';

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
  save(db, id, body, isNew) {
    const row = {
      id,
      name: body.name,
      short_name: body.shortName,
      native_name: body.nativeName,
      kind: body.type,
      parent_id: body.parentId,
      notes: body.notes,
    };
    writeRow(db, 'parties', row, isNew);
    saveCommon(db, id, body);
  },
  title: (body) => body.name,
  references: (body) => (body.parentId ? [{ id: body.parentId, kinds: ['party'], field: 'parentId' }] : []),
  detach: (body, removedId): Body<'party'> => (body.parentId === removedId ? { ...body, parentId: null } : body),
};
