/**
 * The columns a record list can show, and the text of each cell: one definition for the list on screen (its
 * labels are translated by id: `list.col.<id>`) and for exporting the view as XLSX/CSV, so an export holds what
 * the person saw. Per-party columns follow treaty databases (UN Treaty Collection: participant, signature,
 * ratification): for our side and for the counterparts.
 */
import { formatPartialDate, type DateLang } from './partial-date';
import type { PartyDates, RecordSummary } from './types';
import { labelOf, type RecordKind } from './vocab';

export const LIST_COLUMNS = [
  'title',
  'subtitle',
  'counterparts',
  'parties',
  'status',
  'date',
  'signature',
  'ratification',
  'entryIntoForce',
  'ourSignature',
  'ourRatification',
  'ourEntryIntoForce',
  'areas',
  'updated',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** English headers (exports; the screen translates by id). */
export const LIST_COLUMN_LABELS: Record<ListColumn, string> = {
  title: 'Title',
  subtitle: 'Type',
  counterparts: 'Counterpart',
  parties: 'Parties',
  status: 'Status',
  date: 'Date',
  signature: 'Signature (counterpart)',
  ratification: 'Ratification (counterpart)',
  entryIntoForce: 'Entry into force (counterpart)',
  ourSignature: 'Signature (our side)',
  ourRatification: 'Ratification (our side)',
  ourEntryIntoForce: 'Entry into force (our side)',
  areas: 'Cooperation areas',
  updated: 'Updated',
};

const PARTY_DATE_COLUMNS: Record<string, { field: 'signature' | 'ratification' | 'entryIntoForce'; ours: boolean }> = {
  signature: { field: 'signature', ours: false },
  ratification: { field: 'ratification', ours: false },
  entryIntoForce: { field: 'entryIntoForce', ours: false },
  ourSignature: { field: 'signature', ours: true },
  ourRatification: { field: 'ratification', ours: true },
  ourEntryIntoForce: { field: 'entryIntoForce', ours: true },
};

/** The columns a kind's list offers, in their default order. */
export function columnsFor(kind: RecordKind): ListColumn[] {
  return LIST_COLUMNS.filter((c) => {
    if (c in PARTY_DATE_COLUMNS) return kind === 'agreement';
    if (c === 'counterparts' || c === 'parties' || c === 'date') return kind !== 'party';
    if (c === 'status') return kind !== 'party' && kind !== 'person';
    if (c === 'areas') return kind !== 'party' && kind !== 'person';
    return true;
  });
}

/**
 * Shown until the person chooses: counterparts instead of the full party list when the register knows its side;
 * last change and areas only on request (the same day on every row after an import says nothing).
 */
export function defaultHidden(kind: RecordKind, knowsItsSide: boolean): ListColumn[] {
  const hidden: ListColumn[] = ['updated', 'areas', 'ourSignature', 'ourRatification', 'ourEntryIntoForce'];
  hidden.push(knowsItsSide ? 'parties' : 'counterparts');
  if (kind === 'agreement') hidden.push('signature', 'ratification');
  else hidden.push('entryIntoForce');
  return hidden.filter((c) => columnsFor(kind).includes(c));
}

/**
 * Which column names a row's parties, by the same rule as the list's default view (`defaultHidden`): the
 * counterparts ("Japan", the other side first and alone) when the register knows its side, else every party as
 * listed. A list is known to have a side when its rows carry `counterparts` (records.list adds them then).
 */
export function partiesColumn(kind: RecordKind, rows: readonly RecordSummary[]): 'counterparts' | 'parties' {
  const knowsItsSide = rows.some((r) => r.counterparts !== undefined);
  return defaultHidden(kind, knowsItsSide).includes('parties') ? 'counterparts' : 'parties';
}

function partyDates(list: readonly PartyDates[] | undefined, column: ListColumn, lang: DateLang): string {
  const spec = PARTY_DATE_COLUMNS[column];
  if (!spec || !list) return '';
  const wanted = list.filter((p) => (spec.ours ? p.side === 'home' : p.side !== 'home'));
  const dated = wanted.filter((p) => p[spec.field] !== undefined);
  const sides = new Set(wanted.map((p) => p.sideName || p.name));
  // One party (or one country's bodies): just the date. Several: "Japan 12 Jan 2021; UK 3 Mar 2021".
  return dated
    .map((p) => {
      const date = formatPartialDate(p[spec.field]!, 'short', lang);
      return sides.size > 1 ? `${p.sideName || p.name} ${date}` : date;
    })
    .join('; ');
}

const UPDATED_FORMAT: Record<DateLang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  it: new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'short', year: 'numeric' }),
};

/**
 * A cell as text: vocabulary labels through `vocab` (English by default; the screen passes its translations) and
 * dates in `lang`.
 */
export function cellText(
  row: RecordSummary,
  column: ListColumn,
  vocab: (key: string) => string = labelOf,
  lang: DateLang = 'en',
): string {
  switch (column) {
    case 'title':
      return row.title;
    case 'subtitle':
      return row.subtitle;
    case 'counterparts':
      return (row.counterparts ?? []).map((c) => c.name).join(', ');
    case 'parties':
      return row.partyNames.join(', ');
    case 'status':
      return row.status ? `${vocab(row.status.status)} · ${formatPartialDate(row.status.date, 'short', lang)}` : '';
    case 'date':
      return formatPartialDate(row.date, 'short', lang);
    case 'areas':
      return row.areas.map(vocab).join(', ');
    case 'updated': {
      const d = new Date(row.updatedAt);
      return Number.isNaN(d.getTime()) ? '' : UPDATED_FORMAT[lang].format(d);
    }
    default:
      return partyDates(row.partyDates, column, lang);
  }
}
