/**
 * A record list as a spreadsheet, with the columns the list shows, in the order it shows its rows. The file carries
 * each record's Entente ID and writes type, status and its date in columns of their own, with headers the importer
 * recognises, so the file imports back with no manual mapping: into the same register it updates (or leaves
 * unchanged) the very records it came from; into another it creates them, with their ids.
 */
import { formatPartialDate, comparePartialDates } from '../../../common/domain/partial-date';
import type { RecordSummary } from '../../../common/domain/types';
import { labelOf, type RecordKind } from '../../../common/domain/vocab';
import { vocabKeys } from '../../../common/domain/sheets/values';
import type { ListColumn } from '../../../common/domain/sheets/views';
import { Store, type ListFilter } from '../../../../db/store';
import { writeTable, type TableFormat } from './write';

export interface ListSort {
  column: 'title' | 'status' | 'date' | 'updated';
  desc: boolean;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What a list's second column holds, per kind: a type label and/or a detail ("MoU · IT-JP DCA"). */
const DETAIL_HEADER: Record<RecordKind, string> = {
  agreement: 'Short title',
  programme: 'Short name',
  working_group: 'Short name',
  meeting: 'Place',
  party: 'Short name',
  person: 'Role',
};

/** Splits a summary's subtitle back into its type label and its detail (labels come from the kind's vocabulary). */
function typeAndDetail(kind: RecordKind, subtitle: string): [string, string] {
  for (const key of vocabKeys(kind, 'type')) {
    const label = labelOf(key);
    if (subtitle === label) return [label, ''];
    if (subtitle.startsWith(`${label} · `)) return [label, subtitle.slice(label.length + 3)];
  }
  return ['', subtitle];
}

function sortRows(rows: RecordSummary[], sort: ListSort | undefined): RecordSummary[] {
  if (!sort) return rows;
  const compare: Record<ListSort['column'], (a: RecordSummary, b: RecordSummary) => number> = {
    title: (a, b) => collator.compare(a.title, b.title),
    status: (a, b) =>
      (a.status?.status ?? '').localeCompare(b.status?.status ?? '') ||
      comparePartialDates(a.status?.date ?? 'XXXX', b.status?.date ?? 'XXXX'),
    date: (a, b) => comparePartialDates(a.date, b.date),
    updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
  };
  const by = compare[sort.column];
  return [...rows].sort((a, b) => (sort.desc ? -by(a, b) : by(a, b)));
}

/**
 * The file for the list of `filter.kind` filtered by `filter`, sorted by `sort`, with `columns` (in that order;
 * the Entente ID comes first). Returns its bytes, a file name and how many records it holds.
 */
export async function exportList(
  store: Store,
  request: { filter: ListFilter; sort?: ListSort; columns: readonly ListColumn[]; format: TableFormat },
): Promise<{ bytes: Uint8Array; fileName: string; rows: number }> {
  const kind = request.filter.kind;
  const rows = sortRows(store.listRecords(request.filter), request.sort);
  const hasType = vocabKeys(kind, 'type').length > 0;
  const header: string[] = ['Entente ID'];
  const cells: ((r: RecordSummary) => string)[] = [(r) => r.id];
  for (const column of request.columns) {
    switch (column) {
      case 'title':
        header.push(kind === 'agreement' || kind === 'meeting' ? 'Title' : 'Name');
        cells.push((r) => r.title);
        break;
      case 'subtitle':
        if (hasType) {
          header.push('Type');
          cells.push((r) => typeAndDetail(kind, r.subtitle)[0]);
        }
        if (kind === 'party') {
          // A party's list line shows its short name, else its native name: the file keeps the two apart.
          header.push('Short name', 'Native name');
          cells.push(
            (r) => store.getRecord('party', r.id).shortName,
            (r) => store.getRecord('party', r.id).nativeName,
          );
          break;
        }
        header.push(DETAIL_HEADER[kind]);
        cells.push((r) => typeAndDetail(kind, r.subtitle)[1]);
        break;
      case 'parties':
        header.push('Parties');
        cells.push((r) => r.partyNames.join('; '));
        break;
      case 'status':
        header.push('Status', 'Status date');
        cells.push(
          (r) => (r.status ? labelOf(r.status.status) : ''),
          (r) => (r.status ? formatPartialDate(r.status.date) : ''),
        );
        break;
      case 'date':
        header.push('Date');
        cells.push((r) => (r.date === 'XXXX' ? '' : formatPartialDate(r.date)));
        break;
      case 'updated':
        header.push('Updated');
        cells.push((r) => r.updatedAt.slice(0, 10));
        break;
      case 'areas':
        header.push('Cooperation areas');
        cells.push((r) => r.areas.map(labelOf).join('; '));
        break;
    }
  }
  const plural = kind === 'party' ? 'parties' : kind === 'person' ? 'people' : `${kind.replace('_', '-')}s`;
  const bytes = await writeTable(request.format, {
    sheetName: plural,
    header,
    rows: rows.map((r) => cells.map((cell) => cell(r))),
  });
  const fileName = `entente-${plural}-${new Date().toISOString().slice(0, 10)}.${request.format}`;
  return { bytes, fileName, rows: rows.length };
}
