import type { Milestone, Phase } from '../../../electron/common/domain/types';
import type { CooperationArea, ProgrammeKind, ProgrammePartnerRole } from '../../../electron/common/domain/vocab';
import { all, dateColumns, get, replaceChildren, writeRow } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadAreas, loadPartyRoles, loadStatusEvents, loadTags, saveAreas, saveCommon, savePartyRoles } from './common';
import { labelOf } from '../../../electron/common/domain/vocab';
import { firstDated, lines, partyText, span, statusNotes, statusSpans } from './search-parts';

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
  sql: {
    table: 'programmes',
    titleColumn: 'name',
    subtitleColumn: 'short_name',
    listRow: `SELECT id, name AS title, kind AS subkind, short_name AS subtitle,
      COALESCE((SELECT date FROM status_events s WHERE s.record_id = programmes.id AND s.date_from IS NOT NULL ORDER BY date_sort, position LIMIT 1), 'XXXX') AS date
    FROM programmes`,
    // record_parties holds the parties of working groups and programmes alike.
    involvement: ['SELECT record_id, party_id FROM record_parties'],
    namedParties: ['SELECT record_id, party_id, position FROM record_parties'],
    dependents: ['SELECT record_id, role FROM record_parties WHERE party_id = @id'],
  },
  searchParts(lookup, record) {
    const parties = lookup.parties(record.partners.map((p) => p.partyId));
    return {
      title: [
        ['name', record.name],
        ['shortName', record.shortName],
      ],
      summary: [['description', record.description]],
      body: [
        [
          'partners',
          lines(record.partners.map((p) => `${partyText(parties.get(p.partyId))}, ${labelOf(p.role).toLowerCase()}`)),
        ],
        ['type', labelOf(record.type)],
        ['areas', lines(record.areas.map(labelOf))],
        ['phases', lines(record.phases.map((p) => [p.name, p.note].filter(Boolean).join(': ')))],
        ['milestones', lines(record.milestones.map((m) => [m.name, m.note].filter(Boolean).join(': ')))],
        ['notes', record.notes],
        ['statusEvents', statusNotes(record.statusEvents)],
        ['tags', lines(record.tags)],
      ],
      spans: [
        ...statusSpans(record.statusEvents),
        ...record.phases.flatMap((p) => [
          span('phases', p.start, `${p.name} (start)`),
          span('phases', p.end, `${p.name} (end)`),
        ]),
        ...record.milestones.map((m) => span('milestones', m.date, m.name)),
      ],
      partyIds: record.partners.map((p) => p.partyId),
      subtitle: [labelOf(record.type), record.shortName].filter(Boolean).join(' · '),
      date: firstDated(record.statusEvents),
      type: record.type,
      areas: record.areas,
    };
  },
};
