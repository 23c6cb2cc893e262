import type { ActionItem } from '../../../electron/common/domain/types';
import type { ActionItemState, MeetingKind } from '../../../electron/common/domain/vocab';
import { all, dateColumns, get, replaceChildren, writeRow } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadStatusEvents, loadTags, saveCommon } from './common';

interface MeetingRow {
  title: string;
  type: MeetingKind;
  date: string;
  place: string;
  summary: string;
  minutes: string;
  notes: string;
}

export const meetingCodec: KindCodec<'meeting'> = {
  kind: 'meeting',
  load(db, id) {
    const row = get<MeetingRow>(
      db,
      'SELECT title, kind AS type, date, place, summary, minutes, notes FROM meetings WHERE id = ?',
      id,
    );
    if (!row) return undefined;
    return {
      ...row,
      participants: all<{ personId: string | null; partyId: string | null; role: string }>(
        db,
        'SELECT person_id AS personId, party_id AS partyId, role FROM meeting_participants WHERE meeting_id = ? ORDER BY position',
        id,
      ),
      topics: all<{ topic: string }>(
        db,
        'SELECT topic FROM meeting_topics WHERE meeting_id = ? ORDER BY position',
        id,
      ).map((r) => r.topic),
      outcomes: all<{ text: string }>(
        db,
        'SELECT text FROM meeting_outcomes WHERE meeting_id = ? ORDER BY position',
        id,
      ).map((r) => r.text),
      actionItems: all<ActionItem & { state: ActionItemState }>(
        db,
        'SELECT id, text, owner, due, state FROM action_items WHERE meeting_id = ? ORDER BY position',
        id,
      ),
      linkedIds: all<{ recordId: string }>(
        db,
        'SELECT record_id AS recordId FROM meeting_links WHERE meeting_id = ? ORDER BY position',
        id,
      ).map((r) => r.recordId),
      statusEvents: loadStatusEvents(db, id),
      tags: loadTags(db, id),
    };
  },
  save(db, id, body, isNew) {
    const row = {
      id,
      title: body.title,
      kind: body.type,
      ...dateColumns('date', body.date),
      place: body.place,
      summary: body.summary,
      minutes: body.minutes,
      notes: body.notes,
    };
    writeRow(db, 'meetings', row, isNew);
    replaceChildren(
      db,
      'meeting_participants',
      'meeting_id',
      id,
      body.participants.map((p) => ({ person_id: p.personId, party_id: p.partyId, role: p.role })),
    );
    replaceChildren(
      db,
      'meeting_topics',
      'meeting_id',
      id,
      body.topics.map((topic) => ({ topic })),
    );
    replaceChildren(
      db,
      'meeting_outcomes',
      'meeting_id',
      id,
      body.outcomes.map((text) => ({ text })),
    );
    replaceChildren(
      db,
      'action_items',
      'meeting_id',
      id,
      body.actionItems.map((a) => ({
        id: a.id,
        text: a.text,
        owner: a.owner,
        ...dateColumns('due', a.due),
        state: a.state,
      })),
    );
    replaceChildren(
      db,
      'meeting_links',
      'meeting_id',
      id,
      body.linkedIds.map((recordId) => ({ record_id: recordId })),
    );
    saveCommon(db, id, body);
  },
  title: (body) => body.title,
  references(body) {
    const refs: Reference[] = [];
    body.participants.forEach((p, i) => {
      if (p.personId) refs.push({ id: p.personId, kinds: ['person'], field: `participants.${i}.personId` });
      if (p.partyId) refs.push({ id: p.partyId, kinds: ['party'], field: `participants.${i}.partyId` });
    });
    body.linkedIds.forEach((id, i) =>
      refs.push({
        id,
        kinds: ['agreement', 'working_group', 'programme', 'meeting', 'party', 'person'],
        field: `linkedIds.${i}`,
      }),
    );
    return refs;
  },
  detach: (body, removedId): Body<'meeting'> => ({
    ...body,
    participants: body.participants
      .map((p) => ({
        ...p,
        personId: p.personId === removedId ? null : p.personId,
        partyId: p.partyId === removedId ? null : p.partyId,
      }))
      .filter((p) => p.personId !== null || p.partyId !== null),
    linkedIds: body.linkedIds.filter((id) => id !== removedId),
  }),
};
