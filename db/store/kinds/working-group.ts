import type { WorkingGroupSession } from '../../../electron/common/domain/types';
import type { WorkingGroupPartyRole } from '../../../electron/common/domain/vocab';
import { all, get, replaceChildren } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadCommon, loadPartyRoles, savePartyRoles } from './common';
import { firstStatusDateSql, kindSql, optionalRef, partyRefs, RECORD_PARTIES, saver } from './facts';
import { firstDated, lines, partyText, statusNotes, statusPeriodSpans, statusSpans } from './search-parts';

interface WorkingGroupRow {
  name: string;
  shortName: string;
  mandate: string;
  foundingAgreementId: string | null;
  foundingProgrammeId: string | null;
  notes: string;
}

export const workingGroupCodec: KindCodec<'working_group'> = {
  kind: 'working_group',
  load(db, id) {
    const row = get<WorkingGroupRow>(
      db,
      `SELECT name, short_name AS shortName, mandate, founding_agreement_id AS foundingAgreementId,
              founding_programme_id AS foundingProgrammeId, notes
       FROM working_groups WHERE id = ?`,
      id,
    );
    if (!row) return undefined;
    return {
      ...row,
      parties: loadPartyRoles<WorkingGroupPartyRole>(db, id),
      sessions: all<WorkingGroupSession>(
        db,
        'SELECT id, edition, meeting_id AS meetingId FROM working_group_sessions WHERE working_group_id = ? ORDER BY edition',
        id,
      ),
      ...loadCommon(db, id),
    };
  },
  save: saver<Body<'working_group'>>(
    'working_groups',
    (body) => ({
      name: body.name,
      short_name: body.shortName,
      mandate: body.mandate,
      founding_agreement_id: body.foundingAgreementId,
      founding_programme_id: body.foundingProgrammeId,
      notes: body.notes,
    }),
    (db, id, body) => {
      savePartyRoles(db, id, body.parties);
      // Sessions have no position column: their order is the edition number.
      replaceChildren(
        db,
        'working_group_sessions',
        'working_group_id',
        id,
        body.sessions.map((s) => ({ id: s.id, edition: s.edition, meeting_id: s.meetingId })),
      );
    },
  ),
  title: (body) => body.name,
  references: (body): Reference[] => [
    ...partyRefs(body.parties, 'parties'),
    ...body.sessions.map((s, i): Reference => ({
      id: s.meetingId,
      kinds: ['meeting'],
      field: `sessions.${i}.meetingId`,
    })),
    ...optionalRef(body.foundingAgreementId, ['agreement'], 'foundingAgreementId'),
    ...optionalRef(body.foundingProgrammeId, ['programme'], 'foundingProgrammeId'),
  ],
  detach: (body, removedId): Body<'working_group'> => ({
    ...body,
    foundingAgreementId: body.foundingAgreementId === removedId ? null : body.foundingAgreementId,
    foundingProgrammeId: body.foundingProgrammeId === removedId ? null : body.foundingProgrammeId,
    parties: body.parties.filter((p) => p.partyId !== removedId),
    sessions: body.sessions.filter((s) => s.meetingId !== removedId),
  }),
  sql: kindSql({
    table: 'working_groups',
    titleColumn: 'name',
    subtitleColumn: 'short_name',
    subkind: "''",
    date: firstStatusDateSql('working_groups'),
    involvement: [RECORD_PARTIES.involvement],
    namedParties: [RECORD_PARTIES.namedParties],
    dependents: [
      `SELECT id, 'founded by it' FROM working_groups WHERE founding_agreement_id = @id OR founding_programme_id = @id`,
      `SELECT working_group_id, 'session ' || edition FROM working_group_sessions WHERE meeting_id = @id`,
      RECORD_PARTIES.dependents,
    ],
  }),
  searchParts(lookup, record) {
    const parties = lookup.parties(record.parties.map((p) => p.partyId));
    return {
      title: [
        ['name', record.name],
        ['shortName', record.shortName],
      ],
      summary: [['mandate', record.mandate]],
      body: [
        ['parties', lines(record.parties.map((p) => partyText(parties.get(p.partyId))))],
        ['notes', record.notes],
        ['statusEvents', statusNotes(record.statusEvents)],
        ['tags', lines(record.tags)],
      ],
      spans: [...statusSpans(record.statusEvents), ...statusPeriodSpans(record.statusEvents)],
      partyIds: record.parties.map((p) => p.partyId),
      subtitle: record.shortName,
      date: firstDated(record.statusEvents),
    };
  },
};
