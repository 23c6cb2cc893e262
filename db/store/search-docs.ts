/**
 * What the search index holds for one record: its text by field (title > summary > body), the
 * dates it carries, and filter tokens. Names of related parties and people are copied into the
 * record's text ("Kishi" finds the meeting he attended), so search-index.ts reindexes the
 * records that copy a party's or person's names when those change (see `sig`).
 */
import { fromEdtf } from '../../electron/common/domain/partial-date';
import { orderStatusEvents, statusesOverTime } from '../../electron/common/domain/status';
import { columnText, dateTokens } from '../../electron/common/domain/search-text';
import type { AnyRecord, RecordByKind, StatusEvent } from '../../electron/common/domain/types';
import { labelOf, type RecordKind } from '../../electron/common/domain/vocab';
import { CODECS } from './kinds';
import type { Db } from './sql';
import { all, get } from './sql';

/** A dated thing of a record: [field, EDTF, first day, last day, label]. */
export type DocSpan = [field: string, edtf: string, from: string, to: string, label: string];

export type Field = [name: string, text: string];

export interface SearchDoc {
  recordId: string;
  kind: RecordKind;
  title: string;
  subtitle: string;
  date: string;
  /** Readable text by field, per column (title, summary, body): what snippets are cut from. */
  fields: { t: Field[]; s: Field[]; b: Field[] };
  spans: DocSpan[];
  /** What other records copy from this one (names, parent); a change reindexes them. */
  sig: string;
  columns: { title: string; summary: string; body: string; dates: string; facets: string };
}

interface PartyNames {
  id: string;
  name: string;
  shortName: string;
  nativeName: string;
  parentId: string | null;
}

/** A record loaded straight through the kind codecs (no audit, no validation): what the index needs. */
export function loadForIndex(db: Db, id: string): AnyRecord | undefined {
  const meta = get<{ id: string; kind: RecordKind; createdAt: string; updatedAt: string; version: number }>(
    db,
    'SELECT id, kind, created_at AS createdAt, updated_at AS updatedAt, version FROM records WHERE id = ?',
    id,
  );
  if (!meta) return undefined;
  const body = CODECS[meta.kind].load(db, id);
  return body ? ({ ...meta, ...body } as unknown as AnyRecord) : undefined;
}

interface PersonNames {
  id: string;
  name: string;
  nativeName: string;
  partyId: string | null;
}

/**
 * Reads of related records while building a doc. A single write reads through; a full rebuild
 * (nothing changes underneath it) memoises, because thousands of meetings name the same parties.
 */
export interface DocLookup {
  parties(ids: readonly string[]): Map<string, PartyNames>;
  people(ids: readonly string[]): Map<string, PersonNames>;
  /** The parties and every party above them (Italian Air Force → Italian MoD → Italy). */
  withAncestors(ids: readonly string[]): string[];
}

export function directLookup(db: Db): DocLookup {
  return {
    parties(ids) {
      if (ids.length === 0) return new Map();
      const rows = all<PartyNames>(
        db,
        `SELECT id, name, short_name AS shortName, native_name AS nativeName, parent_id AS parentId
         FROM parties WHERE id IN (SELECT value FROM json_each(?))`,
        JSON.stringify([...new Set(ids)]),
      );
      return new Map(rows.map((r) => [r.id, r]));
    },
    people(ids) {
      if (ids.length === 0) return new Map();
      const rows = all<PersonNames>(
        db,
        `SELECT id, name, native_name AS nativeName, party_id AS partyId FROM people WHERE id IN (SELECT value FROM json_each(?))`,
        JSON.stringify([...new Set(ids)]),
      );
      return new Map(rows.map((r) => [r.id, r]));
    },
    withAncestors(ids) {
      if (ids.length === 0) return [];
      return all<{ id: string }>(
        db,
        `WITH RECURSIVE up(id) AS (
           SELECT value FROM json_each(?)
           UNION SELECT p.parent_id FROM parties p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL
         ) SELECT id FROM up`,
        JSON.stringify([...new Set(ids)]),
      ).map((r) => r.id);
    },
  };
}

/** Every party and person read once; for rebuilding the whole index inside one transaction. */
export function memoLookup(db: Db): DocLookup {
  const direct = directLookup(db);
  const parties = new Map(
    all<PartyNames>(
      db,
      'SELECT id, name, short_name AS shortName, native_name AS nativeName, parent_id AS parentId FROM parties',
    ).map((r) => [r.id, r]),
  );
  const people = new Map(
    all<PersonNames>(db, 'SELECT id, name, native_name AS nativeName, party_id AS partyId FROM people').map((r) => [
      r.id,
      r,
    ]),
  );
  const pick = <T>(source: Map<string, T>, ids: readonly string[]) =>
    new Map(
      ids.flatMap((id) => {
        const v = source.get(id);
        return v ? [[id, v] as [string, T]] : [];
      }),
    );
  const chains = new Map<string, string[]>();
  const chainOf = (id: string): string[] => {
    let chain = chains.get(id);
    if (!chain) {
      chain = [];
      const seen = new Set<string>();
      for (let at: string | null | undefined = id; at && !seen.has(at); at = parties.get(at)?.parentId) {
        seen.add(at);
        chain.push(at);
      }
      chains.set(id, chain);
    }
    return chain;
  };
  return {
    parties: (ids) => pick(parties, ids),
    people: (ids) => pick(people, ids),
    withAncestors: (ids) =>
      ids.every((id) => parties.has(id)) ? [...new Set(ids.flatMap(chainOf))] : direct.withAncestors(ids),
  };
}

/** "Japan Air Self-Defense Force (JASDF, 航空自衛隊)". */
function partyText(p: PartyNames | undefined): string {
  if (!p) return '';
  const also = [p.shortName, p.nativeName].filter(Boolean).join(', ');
  return also ? `${p.name} (${also})` : p.name;
}

const lines = (values: readonly string[]): string => values.filter(Boolean).join('\n');
/** Facet tokens must be single words to the tokenizer: letters and digits only. */
const token = (prefix: string, value: string): string => `${prefix}${value.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;

function statusNotes(events: readonly StatusEvent[]): string {
  return lines(events.map((e) => e.note));
}

function span(field: string, edtf: string, label: string): DocSpan | null {
  const value = fromEdtf(edtf);
  return value.from && value.to ? [field, value.edtf, value.from, value.to, label] : null;
}

function statusSpans(events: readonly StatusEvent[]): (DocSpan | null)[] {
  return events.map((e) => span('statusEvents', e.date, labelOf(e.status)));
}

interface Parts {
  title: Field[];
  summary: Field[];
  body: Field[];
  spans: (DocSpan | null)[];
  partyIds: string[];
  subtitle: string;
  date: string;
  type?: string;
  areas?: readonly string[];
  sig?: string;
}

function partsOf(lookup: DocLookup, record: AnyRecord): Parts {
  switch (record.kind) {
    case 'party': {
      const parent = record.parentId ? lookup.parties([record.parentId]).get(record.parentId) : undefined;
      return {
        title: [
          ['name', record.name],
          ['shortName', record.shortName],
          ['nativeName', record.nativeName],
        ],
        summary: [],
        body: [
          ['parentId', partyText(parent)],
          ['type', labelOf(record.type)],
          ['notes', record.notes],
          ['tags', lines(record.tags)],
        ],
        spans: [],
        partyIds: [record.id],
        subtitle: [labelOf(record.type), record.shortName || record.nativeName].filter(Boolean).join(' · '),
        date: 'XXXX',
        type: record.type,
        sig: JSON.stringify([record.name, record.shortName, record.nativeName, record.parentId]),
      };
    }
    case 'person': {
      const party = record.partyId ? lookup.parties([record.partyId]).get(record.partyId) : undefined;
      const roleSpan = (): DocSpan | null => {
        if (!fromEdtf(record.roleFrom).from) return null;
        const until =
          record.roleTo !== 'XXXX' && record.roleTo !== record.roleFrom
            ? `${record.roleFrom}/${record.roleTo}`
            : record.roleFrom;
        return span('roleTitle', until, 'In role');
      };
      return {
        title: [
          ['name', record.name],
          ['nativeName', record.nativeName],
        ],
        summary: [['roleTitle', record.roleTitle]],
        body: [
          ['partyId', partyText(party)],
          ['notes', record.notes],
          ['tags', lines(record.tags)],
        ],
        spans: [safeSpan(roleSpan)],
        partyIds: record.partyId ? [record.partyId] : [],
        subtitle: [record.roleTitle, party?.name ?? ''].filter(Boolean).join(' · '),
        date: record.roleFrom,
        sig: JSON.stringify([record.name, record.nativeName, record.partyId]),
      };
    }
    case 'agreement': {
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
          ['areas', lines(record.areas.map(labelOf))],
          ['notes', record.notes],
          ['statusEvents', statusNotes(record.statusEvents)],
          ['partyEvents', lines(record.parties.flatMap((p) => p.events.map((e) => e.note)))],
          ['tags', lines(record.tags)],
        ],
        spans: [
          ...statusSpans(record.statusEvents),
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
    }
    case 'working_group': {
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
    }
    case 'programme': {
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
    }
    case 'meeting':
      return meetingParts(lookup, record);
  }
}

function meetingParts(lookup: DocLookup, record: RecordByKind['meeting']): Parts {
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
}

function safeSpan(make: () => DocSpan | null): DocSpan | null {
  try {
    return make();
  } catch {
    return null; // an unusual role period (end before start) is simply not searchable by date
  }
}

/** The record's own date for display: its earliest dated status event (as lists.ts shows it). */
function firstDated(events: readonly StatusEvent[]): string {
  return orderStatusEvents(events).find((e) => fromEdtf(e.date).from !== null)?.date ?? 'XXXX';
}

function column(fields: Field[]): { text: string; present: Field[] } {
  const present = fields.filter(([, text]) => text.trim() !== '');
  return { text: columnText(present.map(([, text]) => text)), present };
}

export function buildDoc(lookup: DocLookup, record: AnyRecord): SearchDoc {
  const parts = partsOf(lookup, record);
  const title = column(parts.title);
  const summary = column(parts.summary);
  const body = column(parts.body);
  const spans = parts.spans.filter((s): s is DocSpan => s !== null);
  // Every status the record can show from now on, whatever the day: the index must not depend on today.
  const statuses = 'statusEvents' in record ? statusesOverTime(record) : [];
  const facets = [
    token('xk', record.kind),
    parts.type ? token('xt', parts.type) : '',
    ...statuses.map((s) => token('xs', s)),
    ...(parts.areas ?? []).map((a) => token('xa', a)),
    // Sorted: a rebuild (memoised lookups) and a single write must produce identical rows.
    ...lookup
      .withAncestors(parts.partyIds)
      .sort()
      .map((id) => token('xp', id)),
  ].filter(Boolean);
  const dates = [...new Set(spans.flatMap(([, edtf, from, to]) => dateTokens(edtf, { from, to })))];
  return {
    recordId: record.id,
    kind: record.kind,
    title: parts.title[0]?.[1] ?? '',
    subtitle: parts.subtitle,
    date: parts.date,
    fields: { t: title.present, s: summary.present, b: body.present },
    spans,
    sig: parts.sig ?? '',
    columns: {
      title: title.text,
      summary: summary.text,
      body: body.text,
      dates: dates.join(' '),
      facets: facets.join(' '),
    },
  };
}

/** Records whose index rows copy names (or the parent chain) of this party or person. */
export function copiersOf(db: Db, record: AnyRecord): string[] {
  if (record.kind === 'person') {
    return all<{ id: string }>(
      db,
      'SELECT DISTINCT meeting_id AS id FROM meeting_participants WHERE person_id = ?',
      record.id,
    ).map((r) => r.id);
  }
  if (record.kind !== 'party') return [];
  return all<{ id: string }>(
    db,
    `WITH RECURSIVE subtree(id) AS (SELECT @id UNION SELECT p.id FROM parties p JOIN subtree s ON p.parent_id = s.id)
     SELECT agreement_id AS id FROM agreement_parties WHERE party_id IN subtree
     UNION SELECT record_id FROM record_parties WHERE party_id IN subtree
     UNION SELECT meeting_id FROM meeting_participants WHERE party_id IN subtree
     UNION SELECT mp.meeting_id FROM meeting_participants mp JOIN people pe ON pe.id = mp.person_id WHERE pe.party_id IN subtree
     UNION SELECT id FROM people WHERE party_id IN subtree
     UNION SELECT id FROM subtree WHERE id <> @id`,
    { id: record.id },
  ).map((r) => r.id);
}
