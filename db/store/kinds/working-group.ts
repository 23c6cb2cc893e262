import type { WorkingGroupSession } from '../../../electron/common/domain/types';
import type { WorkingGroupPartyRole } from '../../../electron/common/domain/vocab';
import { all, get, replaceChildren, writeRow } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadPartyRoles, loadStatusEvents, loadTags, saveCommon, savePartyRoles } from './common';

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
};
