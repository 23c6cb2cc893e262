/**
 * An import plan: a sheet read through a mapping and matched with the register — for each row, the record as it
 * will be stored and what happens to it (create, update, unchanged, skipped, rejected with its problems) — plus the
 * parties to create or match, the date columns whose order must be asked, and the writes that carry it out. The
 * wizard's preview, its dry-run summary, the import and the CLI all come from this one plan, so what was previewed
 * is what is written.
 *
 * Which record a row is (so a second import updates instead of duplicating): its Entente ID column when it has one
 * (a file exported from a list), else its key column's value when the person named a key column (from any file),
 * else the same row of the same file and sheet (or of the earlier file the person says this one updates). Party
 * rows with none of these match an existing party of the same name.
 */
import { AppError } from '../../../common/domain/errors';
import { INPUT_SCHEMAS } from '../../../common/domain/schemas';
import { composeInput } from '../../../common/domain/sheets/compose';
import { inferDateOrder, type DateColumnFacts } from '../../../common/domain/sheets/dates';
import { guessTargets } from '../../../common/domain/sheets/headers';
import { isDateTarget, type DateOrder, type SheetKind, type SheetMapping } from '../../../common/domain/sheets/mapping';
import { nameKey } from '../../../common/domain/sheets/parties';
import { readRows, type Problem, type RowFacts } from '../../../common/domain/sheets/rows';
import type { SheetTable } from '../../../common/domain/sheets/table';
import type { ImportCounts, RowAction } from '../../../common/domain/sheets/views';
import { labelOf, type Status } from '../../../common/domain/vocab';
import type { AnyRecord } from '../../../common/domain/types';
import { Store, bodyOfRecord, type SheetImportChange } from '../../../../db/store';
import { buildChange } from './change';
import { canonical } from '../exchange/import';
import { PartyIndex, resolveParties, type PartyLine } from './parties';
import type { SheetFile } from './read';

export interface PlannedRow {
  facts: RowFacts;
  action: RowAction;
  recordId: string | null;
  existing: AnyRecord | null;
  input: Record<string, unknown> | null;
  status: { status: Status; date: string } | null;
  problems: Problem[];
  /** Fields an update changes. */
  changes: string[];
  /** Why a row is skipped. */
  skipReason: string | null;
}

export interface DateColumnPlan extends DateColumnFacts {
  column: string;
  /** The order the column is read in: chosen, or decided by its values; null while it must be asked. */
  using: DateOrder | null;
}

export interface SheetPlan {
  fileName: string;
  kind: SheetKind;
  table: SheetTable;
  mapping: SheetMapping;
  dateColumns: DateColumnPlan[];
  rows: PlannedRow[];
  parties: PartyLine[];
  /** Type and status words that matched no vocabulary entry (the person may map them). */
  unknownValues: { column: string; field: 'type' | 'status'; text: string; rows: number }[];
  /** The earlier import this one updates (by row), if any. */
  updates: string | null;
  earlierFiles: { source: string; sheet: string; records: number }[];
  counts: ImportCounts;
  /** The writes, built for the rows that will be written. */
  change: SheetImportChange;
}

export interface PlanRequest {
  fileName: string;
  file: SheetFile;
  sheet?: string;
  kind: SheetKind;
  mapping?: SheetMapping;
}

/** The table a request names (the first sheet when none is named). */
export function pickTable(file: SheetFile, sheet: string | undefined): SheetTable {
  const table = sheet === undefined ? file.tables[0] : file.tables.find((t) => t.name === sheet);
  if (!table)
    throw new AppError(
      'NOT_FOUND',
      `There is no sheet “${sheet}”. Sheets: ${file.tables.map((t) => `“${t.name}”`).join(', ')}.`,
    );
  return table;
}

/** A first mapping for a sheet: every column, recognised by its header or ignored. */
export function guessMapping(kind: SheetKind, table: SheetTable): SheetMapping {
  const targets = guessTargets(kind, table.header);
  return {
    kind,
    ...(table.name ? { sheet: table.name } : {}),
    columns: table.header.map((column, i) => ({ column, target: targets[i] ?? { field: 'ignore' } })),
  };
}

/** The changed top-level fields between two parsed bodies, as the form labels them. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after)
    .filter((k) => canonical(before[k]) !== canonical(after[k]))
    .map((k) => labelOf(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Plans the import of one sheet (see the module comment). Reads the register; writes nothing. */
export function planImport(store: Store, request: PlanRequest): SheetPlan {
  const { kind, file, fileName } = request;
  const table = pickTable(file, request.sheet);
  const mapping = request.mapping ?? guessMapping(kind, table);
  if (mapping.kind !== kind) throw new AppError('VALIDATION', `The mapping is for ${mapping.kind}, not ${kind}.`);
  const missing = mapping.columns.filter((c) => c.target.field !== 'ignore' && !table.header.includes(c.column));
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION',
      `The mapping names column${missing.length > 1 ? 's' : ''} the sheet does not have: ${missing.map((c) => `“${c.column}”`).join(', ')}.`,
    );
  const columnAt = new Map(table.header.map((h, i) => [h, i]));

  // Date columns: the order each is read in.
  const dateColumns: DateColumnPlan[] = mapping.columns
    .filter((c) => isDateTarget(c.target))
    .map((c) => {
      const facts = inferDateOrder(table.rows.map((r) => r[columnAt.get(c.column)!] ?? null));
      const decided = facts.order === 'dmy' || facts.order === 'mdy' ? facts.order : null;
      return { ...facts, column: c.column, using: c.dateOrder ?? decided };
    });
  const orders = new Map(dateColumns.map((d) => [d.column, d.using]));

  // Rows, with party names split against every name the register and the person's decisions know.
  const index = PartyIndex.of(store);
  const decided = new Set(Object.keys(mapping.parties?.names ?? {}).map(nameKey));
  const rowNames = kind === 'party' ? rowPartyNames(table, mapping, columnAt) : new Set<string>();
  const known = (key: string) => index.has(key) || decided.has(key) || rowNames.has(key);
  const facts = readRows(kind, table, mapping, orders, known);

  // Parties named in cells (or, for a party sheet, as parents).
  const seen = new Map<string, { name: string; rows: number; firstRow: number }>();
  const see = (name: string, row: number) => {
    const key = nameKey(name);
    if (!key || rowNames.has(key)) return;
    const s = seen.get(key);
    if (s) s.rows += 1;
    else seen.set(key, { name, rows: 1, firstRow: row });
  };
  for (const f of facts) {
    if (f.empty) continue;
    for (const p of f.parties) see(p.name, f.row);
    if (f.text.parent) see(f.text.parent, f.row);
  }
  const parties = resolveParties(seen, index, mapping, Store.newId, (id) =>
    store.recordKind(id) === 'party' ? (store.nameOf('party', id) ?? null) : null,
  );

  // Which existing record each row is.
  const keyColumn = mapping.columns.find((c) => c.target.field === 'key')?.column ?? '';
  const earlierFiles = store.importedFiles(kind);
  const updates =
    mapping.updates ?? (earlierFiles.some((f) => f.source === fileName && f.sheet === table.name) ? fileName : null);
  const updatesSheet =
    updates === null
      ? table.name
      : (earlierFiles.find((f) => f.source === updates && f.sheet === table.name)?.sheet ??
        earlierFiles.find((f) => f.source === updates)?.sheet ??
        table.name);
  const sourced = updates === null ? [] : store.sourcedRecords(kind, updates, updatesSheet);
  const byRow = new Map(sourced.map((s) => [s.row, s.recordId]));
  const titleMatches = matchByTitle(
    facts.filter((f) => f.duplicateOf === null || mapping.duplicates === 'import'),
    store.recordTitles(
      [kind],
      sourced.map((s) => s.recordId),
    ),
    byRow,
  );
  const sameFileRows = new Set(
    store.sourcedRecords(kind, fileName, table.name).map((s) => `${s.row}\u001f${s.recordId}`),
  );
  const byKey = keyColumn ? store.keyedRecords(kind, keyColumn) : new Map<string, string>();
  const partyByName = kind === 'party' ? new PartyIndex(store.partyNames().filter((n) => n.via === 'name')) : null;

  // For a party sheet, each row's own name resolves to the row's party (new or existing).
  const rowPartyIds = new Map<string, string>();
  const resolve = (name: string) => rowPartyIds.get(nameKey(name)) ?? parties.resolve(name);

  const rows: PlannedRow[] = [];
  const claimed = new Map<string, number>();
  const keysSeen = new Map<string, number>();
  for (const f of facts) {
    const planned: PlannedRow = {
      facts: f,
      action: 'create',
      recordId: null,
      existing: null,
      input: null,
      status: null,
      problems: [...f.problems],
      changes: [],
      skipReason: null,
    };
    rows.push(planned);
    if (f.empty) {
      Object.assign(planned, { action: 'skip', skipReason: 'The row is empty.' });
      continue;
    }
    if (f.duplicateOf !== null && mapping.duplicates !== 'import') {
      Object.assign(planned, { action: 'skip', skipReason: `Repeats row ${f.duplicateOf} exactly.` });
      continue;
    }
    if (keyColumn && f.key) {
      const earlier = keysSeen.get(f.key);
      if (earlier !== undefined)
        planned.problems.push({
          column: keyColumn,
          value: f.key,
          reason: `Row ${earlier} has the same key.`,
          severity: 'error',
        });
      else keysSeen.set(f.key, f.row);
    }
    // Identity.
    let recordId: string | null = null;
    if (f.id) {
      if (!ULID.test(f.id))
        planned.problems.push({
          column: idColumn(mapping),
          value: f.id,
          reason: 'Not an Entente record id.',
          severity: 'error',
        });
      else {
        const found = store.recordKind(f.id);
        if (found && found !== kind)
          planned.problems.push({
            column: idColumn(mapping),
            value: f.id,
            reason: `That id is a ${labelOf(found).toLowerCase()} in this register.`,
            severity: 'error',
          });
        else if (found) recordId = f.id;
      }
    } else if (keyColumn && f.key) recordId = byKey.get(f.key) ?? null;
    else recordId = titleMatches.byRow.get(f.row) ?? inPlace(byRow.get(f.row), titleMatches.taken);
    if (!recordId && partyByName && f.text.title)
      recordId = partyByName.byKey.get(nameKey(f.text.title))?.[0]?.id ?? null;
    if (recordId) {
      const other = claimed.get(recordId);
      if (other !== undefined)
        planned.problems.push({
          column: keyColumn || idColumn(mapping) || '',
          value: f.key || f.id,
          reason: `Row ${other} already updates the same record.`,
          severity: 'error',
        });
      else claimed.set(recordId, f.row);
    }
    const existing = recordId ? (store.findRecord(kind, recordId) ?? null) : null;
    planned.existing = existing;
    planned.recordId = existing ? existing.id : f.id && ULID.test(f.id) ? f.id : Store.newId();
    if (kind === 'party' && f.text.title) rowPartyIds.set(nameKey(f.text.title), planned.recordId);
    if (planned.problems.some((p) => p.severity === 'error')) planned.action = 'error';
  }

  // Compose after every row's identity is known (a party sheet's parents may be later rows).
  const source = (f: RowFacts) => `${fileName}${table.name ? ` (${table.name})` : ''}, row ${f.row}`;
  for (const planned of rows) {
    if (planned.action === 'skip' || planned.action === 'error') continue;
    const composed = composeInput(kind, planned.facts, planned.existing, {
      source: source(planned.facts),
      resolve,
      ...(mapping.parties?.createAs ? { partyType: mapping.parties.createAs } : {}),
    });
    planned.input = composed.input;
    planned.status = composed.status;
    planned.problems.push(...composed.problems);
    const parsed = INPUT_SCHEMAS[kind].safeParse(composed.input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        planned.problems.push({
          column: columnFor(mapping, String(issue.path[0] ?? '')),
          value: '',
          reason: issue.message,
          severity: 'error',
        });
      planned.action = 'error';
      continue;
    }
    if (!planned.existing) continue;
    const before = INPUT_SCHEMAS[kind].parse(bodyOfRecord(planned.existing)) as Record<string, unknown>;
    planned.changes = changedFields(before, parsed.data as Record<string, unknown>);
    planned.action = planned.changes.length > 0 ? 'update' : 'unchanged';
  }

  const { change, newParties } = buildChange(kind, fileName, table, keyColumn, rows, parties, sameFileRows);
  const counts = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0, newParties, warnings: 0 };
  for (const r of rows) {
    counts[r.action] += 1;
    if (r.problems.some((p) => p.severity === 'warning')) counts.warnings += 1;
  }
  return {
    fileName,
    kind,
    table,
    mapping,
    dateColumns,
    rows,
    parties: parties.lines,
    unknownValues: unknownValues(rows),
    updates,
    earlierFiles,
    counts,
    change,
  };
}

function idColumn(mapping: SheetMapping): string {
  return mapping.columns.find((c) => c.target.field === 'id')?.column ?? '';
}

/** The column mapped to the input field a validation issue names (title → the Title column). */
function columnFor(mapping: SheetMapping, field: string): string {
  const generic: Record<string, string> = {
    name: 'title',
    shortName: 'shortTitle',
    description: 'summary',
    mandate: 'summary',
  };
  const wanted = generic[field] ?? field;
  return (
    mapping.columns.find((c) => c.target.field === wanted)?.column ??
    labelOf(wanted.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
  );
}

/** Names of a party sheet's own rows (so a parent named in another row is that row, not a new party). */
function rowPartyNames(table: SheetTable, mapping: SheetMapping, columnAt: Map<string, number>): Set<string> {
  const title = mapping.columns.find((c) => c.target.field === 'title');
  if (!title) return new Set();
  const at = columnAt.get(title.column)!;
  return new Set(table.rows.map((r) => nameKey(String(r[at] ?? ''))).filter(Boolean));
}

function unknownValues(rows: readonly PlannedRow[]): SheetPlan['unknownValues'] {
  const found = new Map<string, SheetPlan['unknownValues'][number]>();
  for (const r of rows)
    for (const p of r.problems) {
      const field = p.reason.startsWith('Not a type') ? 'type' : p.reason.startsWith('Not a status') ? 'status' : null;
      if (!field) continue;
      const key = `${field}\u001f${p.value.trim()}`;
      const entry = found.get(key);
      if (entry) entry.rows += 1;
      else found.set(key, { column: p.column, field, text: p.value.trim(), rows: 1 });
    }
  return [...found.values()];
}

/**
 * Which earlier-imported record each row of a file without a key column is, by title first: a row inserted, removed
 * or sorted in the copy moves every later row's number, and matching by number alone would merge each record with
 * its neighbour's data. A row whose title (as `nameKey` folds it) is one of the earlier records' takes that record —
 * the one imported from the same row number where titles repeat, else the first not yet taken. Returns the matches
 * by row number and the set of records they took.
 */
function matchByTitle(
  facts: readonly RowFacts[],
  titles: readonly { id: string; title: string }[],
  byRow: ReadonlyMap<number, string>,
): { byRow: Map<number, string>; taken: Set<string> } {
  const rowOf = new Map([...byRow].map(([row, id]) => [id, row]));
  const candidates = new Map<string, string[]>();
  for (const t of titles) candidates.set(nameKey(t.title), [...(candidates.get(nameKey(t.title)) ?? []), t.id]);
  const matched = new Map<number, string>();
  const taken = new Set<string>();
  for (const f of facts) {
    if (f.empty || f.id || !f.text.title) continue;
    const free = (candidates.get(nameKey(f.text.title)) ?? []).filter((id) => !taken.has(id));
    const id = free.find((c) => rowOf.get(c) === f.row) ?? free[0];
    if (id === undefined) continue;
    matched.set(f.row, id);
    taken.add(id);
  }
  return { byRow: matched, taken };
}

/**
 * The record imported from the same row number, when no row took it by title: a title edited in place. A record whose
 * title another row carries is that row's, never this one's (null: the row is new).
 */
function inPlace(recordId: string | undefined, takenByTitle: ReadonlySet<string>): string | null {
  return recordId !== undefined && !takenByTitle.has(recordId) ? recordId : null;
}
