/**
 * `show`: one record in full, as plain text a person reads top to bottom — its fields, current status, parties
 * (with roles and their own events), cooperation areas, tags, references and links by name, what refers to it, and
 * its status timeline. Names come from the register (`records.titles` by id, `records.dependents`); this module only
 * arranges them.
 */
import { formatPartialDate } from '../../common/domain/partial-date';
import type { AnyRecord, Dependent, DerivedStatus, IncomingLink } from '../../common/domain/types';
import { LINK_RELATION, labelOf } from '../../common/domain/vocab';
import type { RecordTitle } from '../../common/contract/records';
import stringWidth from 'string-width';
import { statusText } from './present';

/** Fields shown elsewhere (header, sections) or not at all (bookkeeping). */
const NOT_PLAIN = new Set(['id', 'kind', 'title', 'name', 'createdAt', 'updatedAt', 'version']);
/** Fields holding a partial date (EDTF), shown as people write them. */
const DATE_FIELDS = new Set(['date', 'roleFrom', 'roleTo']);
/** Fields holding a vocabulary key, shown by its label. */
const VOCAB_FIELDS = new Set(['type']);
/** Fields naming one other record, with the label they are shown under. */
const REFERENCE_FIELDS: Record<string, string> = {
  parentId: 'Parent',
  partyId: 'Party',
  foundingAgreementId: 'Founding agreement',
  foundingProgrammeId: 'Founding programme',
};

type Loose = Record<string, unknown>;
const rows = (value: unknown): Loose[] => (Array.isArray(value) ? (value as Loose[]) : []);
const words = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "shortName" → "Short name". */
function fieldLabel(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Every record id this record names, so their titles can be fetched in one call. */
export function referencedIds(record: AnyRecord): string[] {
  const r = record as unknown as Loose;
  const ids = [
    ...Object.keys(REFERENCE_FIELDS).map((k) => str(r[k])),
    ...rows(r.parties).map((p) => str(p.partyId)),
    ...rows(r.partners).map((p) => str(p.partyId)),
    ...rows(r.participants).flatMap((p) => [str(p.personId), str(p.partyId)]),
    ...rows(r.links).map((l) => str(l.targetId)),
    ...rows(r.sessions).map((s) => str(s.meetingId)),
    ...words(r.linkedIds),
  ];
  return [...new Set(ids.filter(Boolean))];
}

/** Lines of a multi-line text, the first after its label, the rest indented beneath it. */
function labelled(label: string, value: string): string {
  const [first = '', ...rest] = value.split(/\r?\n/);
  return [`${label}: ${first}`, ...rest.map((line) => (line.trim() ? `    ${line}` : ''))].join('\n');
}

function section(title: string, items: string[]): string[] {
  return items.length ? [`${title}:`, ...items.map((item) => `  • ${item}`)] : [];
}

export interface ShowInput {
  record: AnyRecord;
  status: DerivedStatus | null;
  titles: readonly RecordTitle[];
  /** Links other records make to this one, worded from this side (LINK_INVERSES: "Absorbed"), as the app shows them. */
  incoming: readonly IncomingLink[];
  referredToBy: readonly Dependent[];
}

/** A dependent's relation without the link parts ("links to it: merged into"): links are listed under Links. */
const withoutLinks = (relation: string): string =>
  relation
    .split(', ')
    .filter((r) => !r.startsWith(LINK_RELATION))
    .join(', ');

/**
 * Titles in other languages (a treaty's authentic texts), each labelled by its language, the titles starting in one
 * column: languages are padded to the widest in terminal columns (string-width), so "日本語" lines up with "Italian".
 */
function alternateTitleLines(value: unknown): string[] {
  const titles = rows(value).map((t) => ({ language: str(t.language), title: str(t.title) }));
  const width = Math.max(0, ...titles.map((t) => stringWidth(t.language)));
  return section(
    'Titles in other languages',
    titles.map((t) => `${t.language}:${' '.repeat(width - stringWidth(t.language))} ${t.title}`),
  );
}

/** The record as text: header, fields, then one section per kind of related thing. */
export function recordText({ record, status, titles, incoming, referredToBy }: ShowInput): string {
  const r = record as unknown as Loose;
  const byId = new Map(titles.map((t) => [t.id, t]));
  const named = (id: string) => {
    const found = byId.get(id);
    return found ? `${found.title} (${id})` : id;
  };
  const when = (date: unknown) => formatPartialDate(str(date) || 'XXXX');

  const lines = [`${labelOf(record.kind)} · ${str(r.title) || str(r.name)}`, `Id: ${record.id}`];
  for (const [key, value] of Object.entries(r)) {
    if (NOT_PLAIN.has(key) || key in REFERENCE_FIELDS) continue;
    if (typeof value === 'number') lines.push(`${fieldLabel(key)}: ${value}`);
    if (typeof value !== 'string' || value === '') continue;
    const shown = DATE_FIELDS.has(key) ? formatPartialDate(value) : VOCAB_FIELDS.has(key) ? labelOf(value) : value;
    lines.push(labelled(fieldLabel(key), shown));
  }
  for (const [key, label] of Object.entries(REFERENCE_FIELDS))
    if (str(r[key])) lines.push(`${label}: ${named(str(r[key]))}`);
  lines.push(...alternateTitleLines(r.alternateTitles));
  if ('statusEvents' in record) lines.push(`Status: ${statusText(status)}`);
  const term = r.term as Loose | undefined;
  if (term && term.kind !== 'unknown') {
    const months = (n: unknown, what: string) => (typeof n === 'number' ? `, ${what} ${n} months` : '');
    lines.push(
      `Term: ${labelOf(str(term.kind))}${str(term.expires) !== 'XXXX' ? `, expires ${when(term.expires)}` : ''}` +
        `${months(term.durationMonths, 'runs')}${months(term.renewalMonths, 'renews for')}` +
        `${months(term.noticeMonths, 'notice')}`,
    );
  }
  if (words(r.areas).length) lines.push(`Areas: ${words(r.areas).map(labelOf).join(', ')}`);
  if (words(r.tags).length) lines.push(`Tags: ${words(r.tags).join(', ')}`);

  const partyLine = (p: Loose) => {
    const events = rows(p.events).map(
      (e) => `${labelOf(str(e.kind))} ${when(e.date)}${e.note ? ` (${str(e.note)})` : ''}`,
    );
    return `${named(str(p.partyId))} — ${labelOf(str(p.role))}${events.length ? `; ${events.join('; ')}` : ''}`;
  };
  lines.push(
    ...section('Parties', [...rows(r.parties), ...rows(r.partners)].map(partyLine)),
    ...section(
      'Participants',
      rows(r.participants).map((p) =>
        [str(p.personId) && named(str(p.personId)), str(p.partyId) && named(str(p.partyId)), str(p.role)]
          .filter(Boolean)
          .join(' — '),
      ),
    ),
    ...section('Links', [
      ...rows(r.links).map((l) => `${labelOf(str(l.kind))}: ${named(str(l.targetId))}`),
      ...incoming.map((l) => `${labelOf(l.inverse)}: ${named(l.sourceId)}`),
      ...words(r.linkedIds).map((id) => `${labelOf(byId.get(id)?.kind ?? 'record')}: ${named(id)}`),
    ]),
    ...section(
      'Sessions',
      rows(r.sessions).map((s) => `Edition ${String(s.edition)}: ${named(str(s.meetingId))}`),
    ),
    ...section(
      'Phases',
      rows(r.phases).map(
        (p) => `${str(p.name)} (${when(p.start)} – ${when(p.end)})${p.note ? `: ${str(p.note)}` : ''}`,
      ),
    ),
    ...section(
      'Milestones',
      rows(r.milestones).map((m) => `${when(m.date)} — ${str(m.name)}${m.note ? `: ${str(m.note)}` : ''}`),
    ),
    ...section('Topics', words(r.topics)),
    ...section('Outcomes', words(r.outcomes)),
    ...section(
      'Action items',
      rows(r.actionItems).map(
        (a) =>
          `${str(a.text)} (${labelOf(str(a.state))}${a.owner ? `, ${str(a.owner)}` : ''}` +
          `${str(a.due) && a.due !== 'XXXX' ? `, due ${when(a.due)}` : ''})`,
      ),
    ),
    ...section(
      'Referred to by',
      referredToBy
        .filter((d) => withoutLinks(d.relation) !== '')
        .map((d) => `${labelOf(d.kind)} “${d.title}” (${d.id}) — ${withoutLinks(d.relation)}`),
    ),
    ...section(
      'Status timeline',
      rows(r.statusEvents).map((e) => `${when(e.date)} — ${labelOf(str(e.status))}${e.note ? `: ${str(e.note)}` : ''}`),
    ),
  );
  return lines.join('\n');
}
