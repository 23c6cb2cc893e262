/**
 * What the search index holds for one record: its text by field (title > summary > body), the
 * dates it carries, and filter tokens. Names of related parties and people are copied into the
 * record's text ("Kishi" finds the meeting he attended), so search-index.ts reindexes the
 * records that copy a party's or person's names when those change (see `sig`).
 */
import { statusesOverTime } from '../../electron/common/domain/status';
import { columnText, dateTokens } from '../../electron/common/domain/search-text';
import type { AnyRecord } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import { attachmentSearchFields } from './attachment-text';
import { CODECS } from './kinds';
import type { DocLookup, DocSpan, Field, PartyNames, PersonNames, SearchParts } from './kinds/search-parts';

export type { DocLookup, DocSpan, Field } from './kinds/search-parts';
import type { Db } from './sql';
import { all, get } from './sql';

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

export function directLookup(db: Db): DocLookup {
  return {
    attachments: (recordId) => attachmentSearchFields(db, recordId),
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
    attachments: direct.attachments,
    parties: (ids) => pick(parties, ids),
    people: (ids) => pick(people, ids),
    withAncestors: (ids) =>
      ids.every((id) => parties.has(id)) ? [...new Set(ids.flatMap(chainOf))] : direct.withAncestors(ids),
  };
}

/** Facet tokens must be single words to the tokenizer: letters and digits only. */
const token = (prefix: string, value: string): string => `${prefix}${value.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;

function column(fields: Field[]): { text: string; present: Field[] } {
  const present = fields.filter(([, text]) => text.trim() !== '');
  return { text: columnText(present.map(([, text]) => text)), present };
}

export function buildDoc(lookup: DocLookup, record: AnyRecord): SearchDoc {
  const parts = (CODECS[record.kind].searchParts as (lookup: DocLookup, record: AnyRecord) => SearchParts)(
    lookup,
    record,
  );
  const title = column(parts.title);
  const summary = column(parts.summary);
  // The record's documents: their names, then their text page by page (fields `attachment:<id>:<page>`).
  const body = column([...parts.body, ...(lookup.attachments?.(record.id) ?? [])]);
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

/** Records whose index rows copy names (or the parent chain) of this record (kind codecs' `copiers`). */
export function copiersOf(db: Db, record: AnyRecord): string[] {
  return CODECS[record.kind].copiers?.(db, record.id) ?? [];
}
