import type { Milestone, Phase } from '../../../electron/common/domain/types';
import type { CooperationArea, ProgrammeKind, ProgrammePartnerRole } from '../../../electron/common/domain/vocab';
import { all, dateColumns, get, replaceChildren } from '../sql';
import type { Body, KindCodec } from './codec';
import { loadAreas, loadCommon, loadPartyRoles, saveAreas, savePartyRoles } from './common';
import { firstStatusDateSql, kindSql, partyRefs, RECORD_PARTIES, saver } from './facts';
import { labelOf } from '../../../electron/common/domain/vocab';
import {
  firstDated,
  lines,
  partyText,
  span,
  rangeSpan,
  statusNotes,
  statusPeriodSpans,
  statusSpans,
} from './search-parts';

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
      ...loadCommon(db, id),
    };
  },
  save: saver<Body<'programme'>>(
    'programmes',
    (body) => ({
      name: body.name,
      short_name: body.shortName,
      kind: body.type,
      description: body.description,
      notes: body.notes,
    }),
    (db, id, body) => {
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
    },
  ),
  title: (body) => body.name,
  references: (body) => partyRefs(body.partners, 'partners'),
  detach: (body, removedId): Body<'programme'> => ({
    ...body,
    partners: body.partners.filter((p) => p.partyId !== removedId),
  }),
  sql: kindSql({
    table: 'programmes',
    titleColumn: 'name',
    subtitleColumn: 'short_name',
    subkind: 'kind',
    date: firstStatusDateSql('programmes'),
    involvement: [RECORD_PARTIES.involvement],
    namedParties: [RECORD_PARTIES.namedParties],
    dependents: [RECORD_PARTIES.dependents],
  }),
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
        ...statusPeriodSpans(record.statusEvents),
        ...record.phases.flatMap((p) => [
          span('phases', p.start, `${p.name} (start)`),
          span('phases', p.end, `${p.name} (end)`),
          rangeSpan('phases', p.start, p.end, p.name),
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
