/**
 * A list view as XLSX/CSV: the same records.list query the screen shows (its filters, its as-of date), the
 * columns the person sees in their order, the text of each cell from domain/list-columns.ts — so the file holds
 * what was on screen. Only `ids` when a selection is exported. The writer is formats/rows.ts `exportRows`.
 */
import { cellText, LIST_COLUMN_LABELS, type ListColumn } from '../../../common/domain/list-columns';
import { todayIso } from '../../../common/domain/partial-date';
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

export async function exportListView(
  store: Store,
  input: { list: ListFilter; columns: readonly ListColumn[]; ids?: readonly string[]; format: 'xlsx' | 'csv' },
): Promise<{ fileName: string; mime: string; bytes: Uint8Array; rows: number }> {
  const wanted = input.ids ? new Set(input.ids) : null;
  const rows = store.listRecords(input.list).filter((r) => !wanted || wanted.has(r.id));
  const title = PLURAL[input.list.kind];
  const file = await exportRows({
    title,
    headers: input.columns.map((c) => LIST_COLUMN_LABELS[c]),
    rows: rows.map((r) => input.columns.map((c) => cellText(r, c, labelOf))),
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
