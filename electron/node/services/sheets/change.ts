/**
 * The writes an import plan carries out (plan.ts decides each row; this turns the decided rows into the store's one
 * change): the new parties the written rows name, then the records (a party sheet's parents before their children),
 * the source row of each record so a second import finds it again, the names to remember as aliases, and the
 * change's name in the history ("Import of register.xlsx (Sheet1): 352 agreements created, 4 new parties").
 */
import type { SheetKind } from '../../../common/domain/sheets/mapping';
import { nameKey } from '../../../common/domain/sheets/parties';
import type { SheetTable } from '../../../common/domain/sheets/table';
import { labelOf } from '../../../common/domain/vocab';
import type { SheetImportChange, SheetWrite } from '../../../../db/store';
import type { resolveParties } from './parties';
import type { RowFacts } from '../../../common/domain/sheets/rows';
import type { RowAction } from '../../../common/domain/sheets/views';

/** What this module reads of a planned row (plan.ts PlannedRow). */
export interface DecidedRow {
  facts: Pick<RowFacts, 'row' | 'key' | 'aliases'>;
  action: RowAction;
  recordId: string | null;
  existing: { version: number } | null;
  input: Record<string, unknown> | null;
}

/** The writes for the rows that change the register: new parties first (in parent order), then the records. */
export function buildChange(
  kind: SheetKind,
  fileName: string,
  table: SheetTable,
  keyColumn: string,
  rows: readonly DecidedRow[],
  parties: ReturnType<typeof resolveParties>,
  sameFileRows: ReadonlySet<string>,
): { change: SheetImportChange; newParties: number } {
  const writing = rows.filter((r) => r.action === 'create' || r.action === 'update');
  const used = new Set<string>();
  for (const r of writing)
    for (const id of JSON.stringify(r.input).match(/[0-9A-HJKMNP-TV-Z]{26}/g) ?? []) used.add(id);
  const writes: SheetWrite[] = [];
  let newParties = 0;
  for (const [id, party] of parties.created) {
    if (!used.has(id)) continue;
    newParties += 1;
    writes.push({
      action: 'create',
      kind: 'party',
      id,
      input: { name: party.name, type: party.type },
      where: `party “${party.name}”`,
    });
  }
  const records: SheetWrite[] = writing.map((r) => ({
    action: r.action as 'create' | 'update',
    kind,
    id: r.recordId!,
    input: r.input,
    ...(r.existing ? { expectedVersion: r.existing.version } : {}),
    where: `Row ${r.facts.row}`,
  }));
  writes.push(...(kind === 'party' ? parentsFirst(records) : records));
  const sources = rows
    .filter((r) => r.recordId && (r.action === 'create' || r.action === 'update' || r.action === 'unchanged'))
    .filter((r) => r.action !== 'unchanged' || !sameFileRows.has(`${r.facts.row}\u001f${r.recordId}`))
    .map((r) => ({
      recordId: r.recordId!,
      kind,
      source: fileName,
      sheet: table.name,
      row: r.facts.row,
      keyColumn: r.facts.key ? keyColumn : '',
      keyValue: r.facts.key,
    }));
  const aliases = parties.aliases.filter((a) => used.has(a.partyId) || !parties.created.has(a.partyId));
  for (const r of writing)
    for (const alias of r.facts.aliases) aliases.push({ key: nameKey(alias), alias, partyId: r.recordId! });
  const created = writing.filter((r) => r.action === 'create').length;
  const updated = writing.length - created;
  const what = (n: number) =>
    kind === 'party' ? (n === 1 ? 'party' : 'parties') : `${labelOf(kind).toLowerCase()}${n === 1 ? '' : 's'}`;
  const done = [
    created ? `${created} ${what(created)} created` : '',
    updated ? `${updated} ${created ? '' : `${what(updated)} `}updated` : '',
    newParties ? `${newParties} new ${newParties === 1 ? 'party' : 'parties'}` : '',
  ].filter(Boolean);
  const label = `Import of ${fileName}${table.name ? ` (${table.name})` : ''}: ${done.length > 0 ? done.join(', ') : 'nothing to change'}`;
  return { change: { label, writes, sources, aliases }, newParties };
}

/** Party rows whose parent is another new row of the sheet come after it. */
function parentsFirst(writes: SheetWrite[]): SheetWrite[] {
  const ids = new Set(writes.map((w) => w.id));
  const done = new Set<string>();
  const out: SheetWrite[] = [];
  let pending = writes;
  while (pending.length > 0) {
    const next: SheetWrite[] = [];
    for (const w of pending) {
      const parent = (w.input as { parentId?: string | null }).parentId;
      if (parent && ids.has(parent) && !done.has(parent) && parent !== w.id) next.push(w);
      else {
        out.push(w);
        done.add(w.id);
      }
    }
    if (next.length === pending.length) return [...out, ...next]; // a cycle: the store will name it
    pending = next;
  }
  return out;
}
