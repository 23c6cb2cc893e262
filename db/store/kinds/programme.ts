import type { Milestone, Phase } from '../../../electron/common/domain/types';
import type { CooperationArea, ProgrammeKind, ProgrammePartnerRole } from '../../../electron/common/domain/vocab';
import { all, dateColumns, get, replaceChildren, writeRow } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadAreas, loadPartyRoles, loadStatusEvents, loadTags, saveAreas, saveCommon, savePartyRoles } from './common';

interface ProgrammeRow {
  name: string;
  shortName: string;
  type: ProgrammeKind;
  description: string;
  notes: string;
}

export const programmeCodec: KindCodec<'programme'> = {
  kind: 'programme',
  load(db, id) {
    const row = get<ProgrammeRow>(
      db,
      'SELECT name, short_name AS shortName, kind AS type, description, notes FROM programmes WHERE id = ?',
      id,
    );
    if (!row) return undefined;
    return {
      ...row,
      areas: loadAreas<CooperationArea>(db, id),
      partners: loadPartyRoles<ProgrammePartnerRole>(db, id),
      phases: all<Phase>(
        db,
        'SELECT id, name, start, "end", note FROM programme_phases WHERE programme_id = ? ORDER BY position',
        id,
      ),
      milestones: all<Milestone>(
        db,
        'SELECT id, name, date, note FROM programme_milestones WHERE programme_id = ? ORDER BY position',
        id,
      ),
      statusEvents: loadStatusEvents(db, id),
      tags: loadTags(db, id),
    };
  },
  save(db, id, body, isNew) {
    const row = {
      id,
      name: body.name,
      short_name: body.shortName,
      kind: body.type,
      description: body.description,
      notes: body.notes,
    };
    writeRow(db, 'programmes', row, isNew);
    saveAreas(db, id, body.areas);
    savePartyRoles(db, id, body.partners);
    replaceChildren(
      db,
      'programme_phases',
      'programme_id',
      id,
      body.phases.map((p) => ({
        id: p.id,
        name: p.name,
        ...dateColumns('start', p.start),
        ...dateColumns('end', p.end),
        note: p.note,
      })),
    );
    replaceChildren(
      db,
      'programme_milestones',
      'programme_id',
      id,
      body.milestones.map((m) => ({ id: m.id, name: m.name, ...dateColumns('date', m.date), note: m.note })),
    );
    saveCommon(db, id, body);
  },
  title: (body) => body.name,
  references: (body) =>
    body.partners.map((p, i) => ({ id: p.partyId, kinds: ['party'], field: `partners.${i}.partyId` })),
  detach: (body, removedId): Body<'programme'> => ({
    ...body,
    partners: body.partners.filter((p) => p.partyId !== removedId),
  }),
};
