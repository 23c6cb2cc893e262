import type { AgreementParty, PartyEvent } from '../../../electron/common/domain/types';
import type {
  AgreementKind,
  AgreementPartyRole,
  CooperationArea,
  TermKind,
} from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';
import { all, dateColumns, get, replaceChildren } from '../sql';
import type { Body, KindCodec, Reference } from './codec';
import { loadAreas, loadCommon, saveAreas } from './common';
import { firstStatusDateSql, kindSql, optionalRef, partyRefs, saver } from './facts';
import { labelOf } from '../../../electron/common/domain/vocab';
import { firstDated, lines, partyText, span, statusNotes, statusPeriodSpans, statusSpans } from './search-parts';

interface AgreementRow {
  title: string;
  shortTitle: string;
  type: AgreementKind;
  reference: string;
  summary: string;
  termKind: TermKind;
  expires: string;
  durationMonths: number | null;
  renewalMonths: number | null;
  noticeMonths: number | null;
  parentId: string | null;
  notes: string;
  placeOfSignature: string;
}

function loadParties(db: Db, agreementId: string): AgreementParty[] {
  const parties = all<{ id: string; partyId: string; role: AgreementPartyRole }>(
    db,
    'SELECT id, party_id AS partyId, role FROM agreement_parties WHERE agreement_id = ? ORDER BY position',
    agreementId,
  );
  return parties.map((p) => ({
    ...p,
    events: all<PartyEvent>(
      db,
      'SELECT id, kind, date, note FROM agreement_party_events WHERE agreement_party_id = ? ORDER BY position',
      p.id,
    ),
  }));
}

function saveParties(db: Db, agreementId: string, parties: readonly AgreementParty[]): void {
  // Party events cascade with their agreement_parties row, so replacing the parties replaces them too.
  replaceChildren(
    db,
    'agreement_parties',
    'agreement_id',
    agreementId,
    parties.map((p) => ({ id: p.id, party_id: p.partyId, role: p.role })),
  );
  for (const party of parties) {
    replaceChildren(
      db,
      'agreement_party_events',
      'agreement_party_id',
      party.id,
      party.events.map((e) => ({ id: e.id, kind: e.kind, ...dateColumns('date', e.date), note: e.note })),
    );
  }
}

export const agreementCodec: KindCodec<'agreement'> = {
  kind: 'agreement',
  load(db, id) {
    const row = get<AgreementRow>(
      db,
      `SELECT title, short_title AS shortTitle, kind AS type, reference, summary, term_kind AS termKind, expires,
              duration_months AS durationMonths, renewal_months AS renewalMonths, notice_months AS noticeMonths,
              parent_id AS parentId, notes, place_of_signature AS placeOfSignature
       FROM agreements WHERE id = ?`,
      id,
    );
    if (!row) return undefined;
    const { termKind, expires, durationMonths, renewalMonths, noticeMonths, ...rest } = row;
    return {
      ...rest,
      areas: loadAreas<CooperationArea>(db, id),
      term: { kind: termKind, expires, durationMonths, renewalMonths, noticeMonths },
      parties: loadParties(db, id),
      ...loadCommon(db, id),
    };
  },
  save: saver<Body<'agreement'>>(
    'agreements',
    (body) => ({
      title: body.title,
      short_title: body.shortTitle,
      kind: body.type,
      reference: body.reference,
      summary: body.summary,
      term_kind: body.term.kind,
      ...dateColumns('expires', body.term.expires),
      duration_months: body.term.durationMonths,
      renewal_months: body.term.renewalMonths,
      notice_months: body.term.noticeMonths,
      parent_id: body.parentId,
      notes: body.notes,
      place_of_signature: body.placeOfSignature,
    }),
    (db, id, body) => {
      saveAreas(db, id, body.areas);
      saveParties(db, id, body.parties);
    },
  ),
  title: (body) => body.title,
  references: (body): Reference[] => [
    ...partyRefs(body.parties, 'parties'),
    ...optionalRef(body.parentId, ['agreement'], 'parentId'),
  ],
  detach: (body, removedId): Body<'agreement'> => ({
    ...body,
    parentId: body.parentId === removedId ? null : body.parentId,
    parties: body.parties.filter((p) => p.partyId !== removedId),
  }),
  sql: kindSql({
    table: 'agreements',
    titleColumn: 'title',
    subtitleColumn: 'short_title',
    subkind: 'kind',
    date: firstStatusDateSql('agreements'),
    involvement: ['SELECT agreement_id AS record_id, party_id FROM agreement_parties'],
    namedParties: ['SELECT agreement_id AS record_id, party_id, position FROM agreement_parties'],
    dependents: [
      'SELECT agreement_id, role FROM agreement_parties WHERE party_id = @id',
      `SELECT id, 'subsidiary agreement' FROM agreements WHERE parent_id = @id`,
    ],
  }),
  searchParts(lookup, record) {
    const parties = lookup.parties(record.parties.map((p) => p.partyId));
    return {
      title: [
        ['title', record.title],
        ['shortTitle', record.shortTitle],
        ['reference', record.reference],
      ],
      summary: [['summary', record.summary]],
      body: [
        [
          'parties',
          lines(record.parties.map((p) => `${partyText(parties.get(p.partyId))}, ${labelOf(p.role).toLowerCase()}`)),
        ],
        ['type', labelOf(record.type)],
        ['placeOfSignature', record.placeOfSignature],
        ['areas', lines(record.areas.map(labelOf))],
        ['notes', record.notes],
        ['statusEvents', statusNotes(record.statusEvents)],
        ['partyEvents', lines(record.parties.flatMap((p) => p.events.map((e) => e.note)))],
        ['tags', lines(record.tags)],
      ],
      spans: [
        ...statusSpans(record.statusEvents),
        ...statusPeriodSpans(record.statusEvents),
        ...record.parties.flatMap((p) =>
          p.events.map((e) => span('parties', e.date, `${labelOf(e.kind)}: ${parties.get(p.partyId)?.name ?? ''}`)),
        ),
        span('term', record.term.expires, 'Expires'),
      ],
      partyIds: record.parties.map((p) => p.partyId),
      subtitle: [labelOf(record.type), record.shortTitle].filter(Boolean).join(' · '),
      date: firstDated(record.statusEvents),
      type: record.type,
      areas: record.areas,
    };
  },
};
