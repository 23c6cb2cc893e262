import type { ActionItem } from '../../../electron/common/domain/types';
import type { ActionItemState, MeetingKind } from '../../../electron/common/domain/vocab';
import { all, dateColumns, get, replaceChildren } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadCommon } from './common';
import { kindSql, saver } from './facts';
import { labelOf } from '../../../electron/common/domain/vocab';
import { lines, partyText, span, statusNotes, statusSpans } from './search-parts';

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
      ...loadCommon(db, id),
    };
  },
  save: saver<Body<'meeting'>>(
    'meetings',
    (body) => ({
      title: body.title,
      kind: body.type,
      ...dateColumns('date', body.date),
      place: body.place,
      summary: body.summary,
      minutes: body.minutes,
      notes: body.notes,
    }),
    (db, id, body) => {
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
    },
  ),
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
  sql: kindSql({
    table: 'meetings',
    titleColumn: 'title',
    subtitleColumn: 'place',
    subkind: 'kind',
    date: 'date',
    involvement: [
      'SELECT meeting_id AS record_id, party_id FROM meeting_participants WHERE party_id IS NOT NULL',
      // A participant's own party counts too (Kishi Nobuo → Ministry of Defense of Japan).
      `SELECT mp.meeting_id AS record_id, pe.party_id FROM meeting_participants mp
         JOIN people pe ON pe.id = mp.person_id WHERE pe.party_id IS NOT NULL`,
    ],
    namedParties: [
      'SELECT meeting_id AS record_id, party_id, position FROM meeting_participants WHERE party_id IS NOT NULL',
    ],
    dependents: [
      `SELECT meeting_id, 'participant' FROM meeting_participants WHERE person_id = @id OR party_id = @id`,
      `SELECT meeting_id, 'discussed at meeting' FROM meeting_links WHERE record_id = @id`,
    ],
  }),
  searchParts(lookup, record) {
    const personIds = record.participants.flatMap((p) => (p.personId ? [p.personId] : []));
    const people = lookup.people(personIds);
    const parties = lookup.parties(record.participants.flatMap((p) => (p.partyId ? [p.partyId] : [])));
    const participant = (p: (typeof record.participants)[number]) => {
      const person = p.personId ? people.get(p.personId) : undefined;
      return [
        person ? [person.name, person.nativeName].filter(Boolean).join(' ') : '',
        partyText(p.partyId ? parties.get(p.partyId) : undefined),
        p.role,
      ]
        .filter(Boolean)
        .join(', ');
    };
    return {
      title: [['title', record.title]],
      summary: [['summary', record.summary]],
      body: [
        ['minutes', record.minutes],
        ['outcomes', lines(record.outcomes)],
        ['topics', lines(record.topics)],
        ['place', record.place],
        ['participants', lines(record.participants.map(participant))],
        ['actionItems', lines(record.actionItems.map((a) => [a.text, a.owner].filter(Boolean).join(' — ')))],
        ['type', labelOf(record.type)],
        ['notes', record.notes],
        ['statusEvents', statusNotes(record.statusEvents)],
        ['tags', lines(record.tags)],
      ],
      spans: [
        span('date', record.date, 'Date'),
        ...statusSpans(record.statusEvents),
        ...record.actionItems.map((a) => span('actionItems', a.due, `Due: ${a.text.slice(0, 60)}`)),
      ],
      partyIds: [
        ...record.participants.flatMap((p) => (p.partyId ? [p.partyId] : [])),
        ...[...people.values()].flatMap((p) => (p.partyId ? [p.partyId] : [])),
      ],
      subtitle: [labelOf(record.type), record.place].filter(Boolean).join(' · '),
      date: record.date,
      type: record.type,
    };
  },
};
