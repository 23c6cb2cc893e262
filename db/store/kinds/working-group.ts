import type { WorkingGroupSession } from '../../../electron/common/domain/types';
import type { WorkingGroupPartyRole } from '../../../electron/common/domain/vocab';
import { all, get, replaceChildren, writeRow } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadPartyRoles, loadStatusEvents, loadTags, saveCommon, savePartyRoles } from './common';
import { firstDated, lines, partyText, statusNotes, statusSpans } from './search-parts';

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
      statusEvents: loadStatusEvents(db, id),
      tags: loadTags(db, id),
    };
  },
  save(db, id, body, isNew) {
    const row = {
      id,
      name: body.name,
      short_name: body.shortName,
      mandate: body.mandate,
      founding_agreement_id: body.foundingAgreementId,
      founding_programme_id: body.foundingProgrammeId,
      notes: body.notes,
    };
    writeRow(db, 'working_groups', row, isNew);
    savePartyRoles(db, id, body.parties);
    // Sessions have no position column: their order is the edition number.
    replaceChildren(
      db,
      'working_group_sessions',
      'working_group_id',
      id,
      body.sessions.map((s) => ({ id: s.id, edition: s.edition, meeting_id: s.meetingId })),
    );
    saveCommon(db, id, body);
  },
  title: (body) => body.name,
  references(body) {
    const refs: Reference[] = body.parties.map((p, i) => ({
      id: p.partyId,
      kinds: ['party'],
      field: `parties.${i}.partyId`,
    }));
    body.sessions.forEach((s, i) =>
      refs.push({ id: s.meetingId, kinds: ['meeting'], field: `sessions.${i}.meetingId` }),
    );
    if (body.foundingAgreementId)
      refs.push({ id: body.foundingAgreementId, kinds: ['agreement'], field: 'foundingAgreementId' });
    if (body.foundingProgrammeId)
      refs.push({ id: body.foundingProgrammeId, kinds: ['programme'], field: 'foundingProgrammeId' });
    return refs;
  },
  detach: (body, removedId): Body<'working_group'> => ({
    ...body,
    foundingAgreementId: body.foundingAgreementId === removedId ? null : body.foundingAgreementId,
    foundingProgrammeId: body.foundingProgrammeId === removedId ? null : body.foundingProgrammeId,
    parties: body.parties.filter((p) => p.partyId !== removedId),
    sessions: body.sessions.filter((s) => s.meetingId !== removedId),
  }),
  sql: {
    table: 'working_groups',
    titleColumn: 'name',
    subtitleColumn: 'short_name',
    listRow: `SELECT id, name AS title, '' AS subkind, short_name AS subtitle,
      COALESCE((SELECT date FROM status_events s WHERE s.record_id = working_groups.id AND s.date_from IS NOT NULL ORDER BY date_sort, position LIMIT 1), 'XXXX') AS date
    FROM working_groups`,
    // record_parties holds the parties of working groups and programmes alike.
    involvement: ['SELECT record_id, party_id FROM record_parties'],
    namedParties: ['SELECT record_id, party_id, position FROM record_parties'],
    dependents: [
      `SELECT id, 'founded by it' FROM working_groups WHERE founding_agreement_id = @id OR founding_programme_id = @id`,
      `SELECT working_group_id, 'session ' || edition FROM working_group_sessions WHERE meeting_id = @id`,
      'SELECT record_id, role FROM record_parties WHERE party_id = @id',
    ],
  },
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
      spans: statusSpans(record.statusEvents),
      partyIds: record.parties.map((p) => p.partyId),
      subtitle: record.shortName,
      date: firstDated(record.statusEvents),
    };
  },
};
