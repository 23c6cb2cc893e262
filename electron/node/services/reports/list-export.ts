/**
 * A list view as XLSX/CSV: the same records.list query the screen shows (its filters, its as-of date), the
 * columns the person sees in their order, the text of each cell from domain/list-columns.ts — so the file holds
 * what was on screen. Only `ids` when a selection is exported. The writer is formats/rows.ts `exportRows`.
 *
 * The file imports back with no manual mapping (issue 12, round trip): it starts with an "Entente ID" column (a
 * re-import updates those records instead of duplicating them), values the importer reads apart get cells of
 * their own (type apart from short title or place, status apart from its date), and every header is one the
 * importer's vocabulary recognises (domain/sheets/headers.ts) — or ignores, as the per-party date columns, whose
 * "Japan 12 Jan 2021; UK 3 Mar 2021" cells no single date column can hold.
 */
import { cellText, LIST_COLUMN_LABELS, type ListColumn } from '../../../common/domain/list-columns';
import { formatPartialDate, todayIso } from '../../../common/domain/partial-date';
import type { AnyRecord, RecordSummary } from '../../../common/domain/types';
import { labelOf, type RecordKind } from '../../../common/domain/vocab';
import type { ListFilter, Store } from '../../../../db/store';
import { exportRows } from './formats/rows';

const PLURAL: Record<RecordKind, string> = {
  agreement: 'Agreements',
  working_group: 'Working groups',
  programme: 'Programmes',
  meeting: 'Meetings',
  party: 'Parties',
  person: 'People',
};

/** The field a kind's list subtitle shows beside its type, as the importer's header for it. */
const SUBTITLE: Record<RecordKind, { header: string; field: string }> = {
  agreement: { header: 'Short title', field: 'shortTitle' },
  meeting: { header: 'Place', field: 'place' },
  programme: { header: 'Short name', field: 'shortName' },
  working_group: { header: 'Short name', field: 'shortName' },
  party: { header: 'Short name', field: 'shortName' },
  person: { header: 'Role', field: 'roleTitle' },
};

interface ExportColumn {
  header: string;
  cell(row: RecordSummary, record: () => AnyRecord | undefined): string;
}

/** The file's columns for the shown `columns` of a `kind` list, the Entente ID first (see the module comment). */
export function exportColumns(kind: RecordKind, columns: readonly ListColumn[]): ExportColumn[] {
  const out: ExportColumn[] = [{ header: 'Entente ID', cell: (r) => r.id }];
  const field = (record: AnyRecord | undefined, name: string) =>
    String((record as unknown as Record<string, unknown> | undefined)?.[name] ?? '');
  for (const column of columns) {
    if (column === 'subtitle') {
      out.push({
        header: 'Type',
        cell: (_, record) => {
          const type = field(record(), 'type');
          return type ? labelOf(type) : '';
        },
      });
      out.push({ header: SUBTITLE[kind].header, cell: (_, record) => field(record(), SUBTITLE[kind].field) });
    } else if (column === 'status') {
      out.push({ header: 'Status', cell: (r) => (r.status ? labelOf(r.status.status) : '') });
      out.push({ header: 'Status date', cell: (r) => (r.status ? formatPartialDate(r.status.date) : '') });
    } else out.push({ header: LIST_COLUMN_LABELS[column], cell: (r) => cellText(r, column, labelOf) });
  }
  return out;
}

export async function exportListView(
  store: Store,
  input: { list: ListFilter; columns: readonly ListColumn[]; ids?: readonly string[]; format: 'xlsx' | 'csv' },
): Promise<{ fileName: string; mime: string; bytes: Uint8Array; rows: number }> {
  const wanted = input.ids ? new Set(input.ids) : null;
  const rows = store.listRecords(input.list).filter((r) => !wanted || wanted.has(r.id));
  const title = PLURAL[input.list.kind];
  const columns = exportColumns(input.list.kind, input.columns);
  const file = await exportRows({
    title,
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => {
      // The record itself only when a column needs more than the list row holds (type apart from short title).
      let record: AnyRecord | undefined | null = null;
      const load = () => (record === null ? (record = store.findRecord(r.kind, r.id)) : record);
      return columns.map((c) => c.cell(r, load));
    }),
    format: input.format,
  });
  const asOf = input.list.asOf ? `-as-of-${input.list.asOf.replace(/[^\w-]+/g, '-')}` : '';
  return {
    fileName: `${title.toLowerCase().replace(/ /g, '-')}-${todayIso()}${asOf}.${file.extension}`,
    mime: file.mime,
    bytes: file.bytes,
    rows: rows.length,
  };
}
