/**
 * Spreadsheet import and list export: what the handlers and the CLI call. A file is read once per worker (cache.ts)
 * and its plan kept while the person pages through the preview (the plan is remade when the mapping or the register
 * changes); the import makes the plan again from the file's bytes in the writer and writes it as one change.
 */
import { AppError } from '../../../common/domain/errors';
import { cellText, type SheetTable } from '../../../common/domain/sheets/table';
import { looksLikeDates } from '../../../common/domain/sheets/dates';
import { recogniseHeader } from '../../../common/domain/sheets/headers';
import type { SheetKind, SheetMapping } from '../../../common/domain/sheets/mapping';
import { nameKey } from '../../../common/domain/sheets/parties';
import type {
  PreviewRow,
  RowAction,
  SheetFileInfo,
  SheetImportOutcome,
  SheetPreview,
} from '../../../common/domain/sheets/views';
import { Store } from '../../../../db/store';
import { canonical } from '../exchange/import';
import { openedSheetFile, openSheetFile } from './cache';
import { planImport, type PlannedRow, type SheetPlan } from './plan';
import { MAX_SHEET_FILE_BYTES, type SheetFile } from './read';
import { writeTable } from './write';

export { planImport, guessMapping, type SheetPlan } from './plan';
export { readSheetFile, MAX_SHEET_FILE_BYTES } from './read';
export { writeTable, MIME, type TableFormat } from './write';

/** The file's bytes from the base64 text the contract carries; refuses what is too large before decoding. */
export function bytesOfBase64(data: string): Uint8Array {
  if (data.length > Math.ceil((MAX_SHEET_FILE_BYTES * 4) / 3) + 8)
    throw new AppError('VALIDATION', `The file is larger than ${MAX_SHEET_FILE_BYTES / 1024 / 1024} MB.`);
  return new Uint8Array(Buffer.from(data, 'base64'));
}

function infoOf(fileId: string, fileName: string, bytes: number, file: SheetFile): SheetFileInfo {
  return {
    fileId,
    fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    bytes,
    sheets: file.tables.map((t) => ({ name: t.name, rows: t.rows.length, columns: t.header })),
  };
}

/** Reads a chosen file (kept in this worker under its id) and lists its sheets. */
export async function openFile(bytes: Uint8Array, fileName: string): Promise<SheetFileInfo> {
  const { fileId, file } = await openSheetFile(bytes, fileName);
  return infoOf(fileId, fileName, bytes.byteLength, file);
}

export interface PlanInput {
  fileName: string;
  sheet: string;
  kind: SheetKind;
  mapping?: SheetMapping | undefined;
}

// The last plan made in this worker: paging through a preview reuses it while nothing it depends on changed.
let lastPlan: { key: string; plan: SheetPlan } | null = null;

function planFor(store: Store, fileId: string, file: SheetFile, input: PlanInput): SheetPlan {
  const key = canonical([fileId, input, store.auditMaxId()]);
  if (lastPlan?.key === key) return lastPlan.plan;
  const plan = planImport(store, { ...input, file, ...(input.mapping ? { mapping: input.mapping } : {}) });
  lastPlan = { key, plan };
  return plan;
}

export type PreviewFilter = 'all' | 'problems' | RowAction;

function samplesOf(table: SheetTable, column: number): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    const text = cellText(row[column] ?? null).trim();
    if (text && !out.includes(text)) out.push(text.length > 80 ? `${text.slice(0, 79)}…` : text);
    if (out.length === 3) break;
  }
  return out;
}

function previewRow(r: PlannedRow, lines: Map<string, SheetPreview['parties'][number]>): PreviewRow {
  const input = r.input ?? {};
  const title = String(input.title ?? input.name ?? r.facts.text.title ?? r.facts.text.shortTitle ?? '');
  const dates = [
    ...r.facts.events.map((e) => ({ ...e, target: `event:${e.status}` })),
    ...r.facts.partyEvents.map((e) => ({ ...e, target: `partyEvent:${e.event}` })),
    ...(r.facts.statedSince ? [{ ...r.facts.statedSince, target: 'statusSince' }] : []),
    ...(r.facts.date ? [{ ...r.facts.date, target: 'date' }] : []),
    ...(r.facts.expiry
      ? [
          'none' in r.facts.expiry
            ? { column: r.facts.expiry.column, text: r.facts.expiry.text, display: 'no end date', target: 'expiry' }
            : { ...r.facts.expiry, target: 'expiry' },
        ]
      : []),
  ];
  return {
    row: r.facts.row,
    action: r.action,
    title,
    type: typeof input.type === 'string' ? input.type : r.facts.type,
    parties: r.facts.parties.map((p) => {
      const line = lines.get(nameKey(p.name));
      return { name: p.name, outcome: line?.outcome ?? 'matched', as: line?.as ?? null };
    }),
    dates: dates.map((d) => ({ column: d.column, target: d.target, text: d.text, display: d.display })),
    status: r.status,
    changes: r.changes,
    problems: r.problems.filter((p) => p.severity !== 'note'),
    skipReason: r.skipReason,
  };
}

/** One page of the preview of `input` for the file opened as `fileId`, with the whole import's summary. */
export function previewImport(
  store: Store,
  fileId: string,
  input: PlanInput & { page: number; pageSize: number; show: PreviewFilter },
): SheetPreview {
  const file = openedSheetFile(fileId);
  const plan = planFor(store, fileId, file, input);
  const lineViews = plan.parties.map((l) => ({
    name: l.name,
    rows: l.rows,
    firstRow: l.firstRow,
    outcome: l.outcome,
    as: l.target ?? l.match?.name ?? null,
    via: l.match?.via ?? null,
    suggestion: l.suggestion,
    alsoNamed: l.alsoNamed,
  }));
  const lines = new Map(plan.parties.map((l, i) => [l.key, lineViews[i]!]));
  const shown = plan.rows.filter((r) =>
    input.show === 'all'
      ? true
      : input.show === 'problems'
        ? r.problems.some((p) => p.severity !== 'note') || r.action === 'error'
        : r.action === input.show,
  );
  const start = input.page * input.pageSize;
  return {
    kind: plan.kind,
    sheet: plan.table.name,
    mapping: plan.mapping,
    columns: plan.table.header.map((header, i) => ({
      header,
      samples: samplesOf(plan.table, i),
      recognised: recogniseHeader(plan.kind, header),
      looksLikeDates: looksLikeDates(plan.table.rows.map((r) => r[i] ?? null)),
    })),
    dateColumns: plan.dateColumns,
    parties: lineViews.sort((a, b) => order(a.outcome) - order(b.outcome) || a.name.localeCompare(b.name)),
    unknownValues: plan.unknownValues,
    updates: plan.updates,
    earlierFiles: plan.earlierFiles,
    counts: plan.counts,
    rows: shown.slice(start, start + input.pageSize).map((r) => previewRow(r, lines)),
    total: shown.length,
  };
}

const order = (outcome: string) => ['create', 'same', 'merge', 'skip', 'matched'].indexOf(outcome);

/** The date columns whose order the person has not chosen and the values do not decide. */
function undecidedDates(plan: SheetPlan): string[] {
  return plan.dateColumns
    .filter((d) => d.using === null && (d.order === 'ask' || d.order === 'conflict'))
    .map((d) => d.column);
}

/**
 * Imports (or, with dryRun, tries) `input` from the file's `bytes`: one transaction, one undoable change. Refuses,
 * writing nothing, while a date column's order is undecided. Rows with errors are left out (and listed).
 */
export async function importSheet(
  store: Store,
  bytes: Uint8Array,
  input: PlanInput & { dryRun: boolean },
): Promise<SheetImportOutcome> {
  const { file } = await openSheetFile(bytes, input.fileName);
  const plan = planImport(store, { ...input, file, ...(input.mapping ? { mapping: input.mapping } : {}) });
  const undecided = undecidedDates(plan);
  if (undecided.length > 0)
    throw new AppError(
      'VALIDATION',
      `Say how ${undecided.map((c) => `“${c}”`).join(', ')} write${undecided.length > 1 ? '' : 's'} dates: day first (dmy) or month first (mdy). Its values do not decide it.`,
      { details: { undecided } },
    );
  const { change } = plan;
  if (change.writes.length + change.sources.length + change.aliases.length > 0)
    store.writeSheetImport(change, { dryRun: input.dryRun });
  const titleOf = (r: PlannedRow) => String(r.input?.title ?? r.input?.name ?? '');
  return {
    dryRun: input.dryRun,
    label: change.label,
    counts: plan.counts,
    changed: plan.rows
      .filter((r) => r.action === 'create' || r.action === 'update')
      .slice(0, 500)
      .map((r) => ({
        row: r.facts.row,
        id: r.recordId!,
        title: titleOf(r),
        action: r.action as 'create' | 'update',
        fields: r.changes,
      })),
    errors: plan.rows
      .filter((r) => r.action === 'error')
      .flatMap((r) =>
        r.problems
          .filter((p) => p.severity === 'error')
          .map((p) => ({ row: r.facts.row, column: p.column, value: p.value, reason: p.reason })),
      )
      .slice(0, 500),
    aliases: change.aliases.length,
  };
}

/**
 * The rejected rows as a CSV to fix and import again: the sheet's own header and cells, plus the row number and
 * the problems (columns "Row" and "Problem", which the importer ignores).
 */
export async function rejectedRows(
  store: Store,
  fileId: string,
  input: PlanInput,
): Promise<{ bytes: Uint8Array; fileName: string; rows: number }> {
  const file = openedSheetFile(fileId);
  const plan = planFor(store, fileId, file, input);
  const rejected = plan.rows.filter((r) => r.action === 'error');
  const bytes = await writeTable('csv', {
    sheetName: plan.table.name,
    header: [...plan.table.header, 'Row', 'Problem'],
    delimiter: file.delimiter ?? ',',
    rows: rejected.map((r) => [
      ...plan.table.rows[r.facts.index]!.map((c) => cellText(c)),
      String(r.facts.row),
      r.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.column}: ${p.reason}${p.value ? ` (“${p.value}”)` : ''}`)
        .join(' | '),
    ]),
  });
  const base = input.fileName.replace(/\.[^.]+$/, '');
  return {
    bytes,
    fileName: `${base}${plan.table.name ? `-${plan.table.name}` : ''}-rejected.csv`,
    rows: rejected.length,
  };
}
