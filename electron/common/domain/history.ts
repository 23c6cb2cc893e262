/**
 * History a person can read: what one audited write changed, field by field, with human names and old → new
 * values — dates as people write them ("Apr 2019"), statuses and roles by their labels, parties and people by
 * name. Computed from the audit trail's before/after snapshots (db/store/audit.ts); the record page's history
 * and the CLI's `history` command both print this, so they always say the same thing.
 */
import { formatPartialDate } from './partial-date';
import type { AnyRecord, AuditEntry } from './types';
import { labelOf } from './vocab';

/** How a value is written: its text, or a list of row texts for list fields. */
export interface FieldChange {
  /** The record field (`statusEvents`, `title`, `term`…). */
  field: string;
  /** The field's English name ("Status events"); the UI may translate `field` instead. */
  label: string;
  /** Scalar fields: the old and new text ('' when empty). */
  before?: string;
  after?: string;
  /** List fields: rows that appeared, disappeared, or changed (old → new). */
  added?: string[];
  removed?: string[];
  changed?: { before: string; after: string }[];
}

export interface HistoryWording {
  /** A vocabulary key as shown ("in_force" → "In force"). Default: the English label. */
  vocab: (key: string) => string;
  /** A field's name. Default: FIELD_LABELS, else the key. */
  field: (key: string) => string;
  /** A referenced record's title by id, or undefined when it no longer exists. */
  name: (id: string) => string | undefined;
  /** Shown for an id that `name` does not know. */
  missing: (id: string) => string;
  /** A stored partial date as shown. Default: formatPartialDate in English. */
  date: (edtf: string) => string;
}

/** English field names, for the CLI and as the UI's default. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  name: 'Name',
  shortTitle: 'Short title',
  shortName: 'Short name',
  nativeName: 'Native name',
  familyName: 'Family name',
  type: 'Type',
  reference: 'Reference',
  summary: 'Summary',
  areas: 'Cooperation areas',
  term: 'Term',
  parentId: 'Parent',
  notes: 'Notes',
  parties: 'Parties',
  links: 'Links',
  alternateTitles: 'Titles in other languages',
  placeOfSignature: 'Place of signature',
  statusEvents: 'Status events',
  tags: 'Tags',
  mandate: 'Mandate',
  foundingAgreementId: 'Founding agreement',
  foundingProgrammeId: 'Founding programme',
  sessions: 'Sessions',
  description: 'Description',
  partners: 'Partners',
  phases: 'Phases',
  milestones: 'Milestones',
  date: 'Date',
  place: 'Place',
  minutes: 'Minutes',
  participants: 'Participants',
  topics: 'Topics',
  outcomes: 'Outcomes',
  actionItems: 'Action items',
  linkedIds: 'Linked records',
  roleTitle: 'Role',
  partyId: 'Party',
  roleFrom: 'In role from',
  roleTo: 'In role until',
};

const BOOKKEEPING = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'version']);
const DATE_FIELDS = new Set(['date', 'roleFrom', 'roleTo', 'expires', 'start', 'end', 'due']);
const VOCAB_FIELDS = new Set(['type', 'status', 'role', 'kind', 'state']);
const ID_FIELDS = new Set(['parentId', 'partyId', 'personId', 'targetId', 'meetingId']);

export const DEFAULT_WORDING: HistoryWording = {
  vocab: labelOf,
  field: (key) => FIELD_LABELS[key] ?? key,
  name: () => undefined,
  missing: (id) => `deleted record ${id}`,
  date: (edtf) => formatPartialDate(edtf),
};

type Row = Record<string, unknown>;

const dateText = (edtf: unknown, w: HistoryWording): string =>
  typeof edtf === 'string' && edtf !== '' && edtf !== 'XXXX' ? w.date(edtf) : '';

/** One value as text; `key` says what it is (a date, a vocabulary word, a reference). */
function valueText(key: string, value: unknown, w: HistoryWording): string {
  if (value === null || value === undefined || value === '') return '';
  if (key === 'foundingAgreementId' || key === 'foundingProgrammeId' || ID_FIELDS.has(key) || key === 'linkedIds')
    return typeof value === 'string' ? (w.name(value) ?? w.missing(value)) : '';
  if (DATE_FIELDS.has(key)) return dateText(value, w);
  if (VOCAB_FIELDS.has(key) && typeof value === 'string') return w.vocab(value);
  if (key === 'areas' && typeof value === 'string') return w.vocab(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return rowText(key, value as Row, w);
  return '';
}

/** A row as one line: "In force · Apr 2019 — Entered into force", "Italy (Signatory)", "Kishi Nobuo, Japan". */
function rowText(list: string, row: Row, w: HistoryWording): string {
  const v = (key: string) => valueText(key, row[key], w);
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  switch (list) {
    case 'statusEvents':
      return join(v('status'), v('date') || 'undated') + (row.note ? ` — ${String(row.note)}` : '');
    case 'parties':
    case 'partners': {
      const events = Array.isArray(row.events) ? (row.events as Row[]).map((e) => rowText('events', e, w)) : [];
      return `${v('partyId')} (${v('role') || '—'})${events.length ? `: ${events.join('; ')}` : ''}`;
    }
    case 'events':
      return join(v('kind'), v('date')) + (row.note ? ` — ${String(row.note)}` : '');
    case 'participants':
      return [v('personId'), v('partyId'), String(row.role ?? '')].filter(Boolean).join(', ');
    case 'links':
      return `${v('kind')}: ${v('targetId')}`;
    case 'sessions':
      return `${String(row.edition ?? '?')}: ${v('meetingId')}`;
    case 'phases':
      return join(String(row.name ?? ''), [v('start'), v('end')].filter(Boolean).join('–'));
    case 'milestones':
      return join(String(row.name ?? ''), v('date'));
    case 'actionItems':
      return join(String(row.text ?? ''), String(row.owner ?? ''), v('due'), v('state'));
    case 'term': {
      const parts = [v('kind')];
      if (row.expires && row.expires !== 'XXXX') parts.push(`expires ${v('expires')}`);
      if (row.durationMonths) parts.push(`${String(row.durationMonths)} months`);
      if (row.renewalMonths) parts.push(`renews every ${String(row.renewalMonths)} months`);
      if (row.noticeMonths !== null && row.noticeMonths !== undefined)
        parts.push(`${String(row.noticeMonths)} months notice`);
      return parts.filter(Boolean).join(', ');
    }
    default:
      return JSON.stringify(row);
  }
}

/** Rows of a list field by identity: their own id when they have one, else their text. */
function rowsById(field: string, list: unknown[], w: HistoryWording): Map<string, string> {
  const map = new Map<string, string>();
  list.forEach((item, i) => {
    const text = valueText(field, item, w);
    const id = item && typeof item === 'object' && typeof (item as Row).id === 'string' ? (item as Row).id : null;
    const partyId = item && typeof item === 'object' ? (item as Row).partyId : null;
    // Parties and partners have no row id of their own in every kind; the party is the row's identity.
    const key = id ?? (typeof partyId === 'string' && field !== 'participants' ? `party:${partyId}` : `text:${text}`);
    map.set(map.has(key as string) ? `${String(key)}#${i}` : (key as string), text);
  });
  return map;
}

function listChange(field: string, before: unknown[], after: unknown[], w: HistoryWording): FieldChange | null {
  const old = rowsById(field, before, w);
  const now = rowsById(field, after, w);
  const added = [...now].filter(([k]) => !old.has(k)).map(([, text]) => text);
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, text]) => text);
  const changed = [...now]
    .filter(([k, text]) => old.has(k) && old.get(k) !== text)
    .map(([k, text]) => ({ before: old.get(k) ?? '', after: text }));
  if (!added.length && !removed.length && !changed.length) return null;
  return {
    field,
    label: w.field(field),
    ...(added.length ? { added } : {}),
    ...(removed.length ? { removed } : {}),
    ...(changed.length ? { changed } : {}),
  };
}

/**
 * The fields that differ between two snapshots of one record, in the record's own field order. A created
 * record compares with nothing (every filled field is "added"), a deleted one with nothing after it.
 * Rows of list fields (status events, parties, participants…) are matched by their id (or party, or text)
 * and reported as added, removed or changed, so reordering alone is no change.
 */
export function describeChanges(
  before: AnyRecord | null,
  after: AnyRecord | null,
  wording: Partial<HistoryWording> = {},
): FieldChange[] {
  const w: HistoryWording = { ...DEFAULT_WORDING, ...wording };
  const a = (before ?? {}) as Row;
  const b = (after ?? {}) as Row;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !BOOKKEEPING.has(k));
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const old = a[key];
    const now = b[key];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (Array.isArray(old) || Array.isArray(now)) {
      const change = listChange(key, Array.isArray(old) ? old : [], Array.isArray(now) ? now : [], w);
      if (change) changes.push(change);
      continue;
    }
    const beforeText = valueText(key, old, w);
    const afterText = valueText(key, now, w);
    if (beforeText !== afterText)
      changes.push({ field: key, label: w.field(key), before: beforeText, after: afterText });
  }
  return changes;
}

/** One audit entry with its readable changes. */
export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  summary: string;
  changes: FieldChange[];
}

export function describeEntry(entry: AuditEntry, wording: Partial<HistoryWording> = {}): HistoryEntry {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    summary: entry.summary,
    changes: describeChanges(entry.before, entry.after, wording),
  };
}

/** A change as lines of plain text (the CLI; also what a screen reader would hear): "Title: Old → New". */
export function changeLines(change: FieldChange, emptyText = '(empty)'): string[] {
  const lines: string[] = [];
  if (change.before !== undefined || change.after !== undefined)
    lines.push(`${change.label}: ${change.before || emptyText} → ${change.after || emptyText}`);
  for (const row of change.added ?? []) lines.push(`${change.label}: + ${row}`);
  for (const row of change.removed ?? []) lines.push(`${change.label}: − ${row}`);
  for (const row of change.changed ?? []) lines.push(`${change.label}: ${row.before} → ${row.after}`);
  return lines;
}
