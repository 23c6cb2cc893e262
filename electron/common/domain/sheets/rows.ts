/**
 * Reading a sheet's rows through a mapping: what each row says about its record (texts, parties, dated events,
 * the status it states), with every problem named by row, column, value and reason. Nothing here knows the
 * register: matching parties and earlier imports, and composing the record, come after (compose.ts, the plan).
 */
import { readDateCell } from './dates';
import { isDateTarget, type ColumnMapping, type DateOrder, type SheetKind, type SheetMapping } from './mapping';
import { splitParties, type KnownName } from './parties';
import { cellText, cellValue, isBlank, type Cell, type SheetTable } from './table';
import { matchVocab, splitList } from './values';

export interface Problem {
  column: string;
  value: string;
  reason: string;
  /**
   * An error rejects the row; a warning is shown with the row, which is imported; a note (a vocabulary word the
   * register does not know) is shown once per word, where the person can say what it means.
   */
  severity: 'error' | 'warning' | 'note';
}

export interface DatedFact {
  column: string;
  edtf: string;
  /** The cell as written, and as understood ("→ 13 May 2003"). */
  text: string;
  display: string;
}

export interface RowFacts {
  /** Position among the table's data rows. */
  index: number;
  /** Row number as the file shows it. */
  row: number;
  key: string;
  id: string;
  text: Partial<
    Record<
      'title' | 'shortTitle' | 'nativeName' | 'reference' | 'summary' | 'minutes' | 'notes' | 'place' | 'parent',
      string
    >
  >;
  type: string | null;
  tags: string[];
  areas: string[];
  aliases: string[];
  parties: { name: string; role: string | null }[];
  events: (DatedFact & { status: string })[];
  partyEvents: (DatedFact & { event: string })[];
  stated: { status: string; column: string; text: string } | null;
  statedSince: DatedFact | null;
  date: DatedFact | null;
  expiry: DatedFact | { none: true; column: string; text: string } | null;
  problems: Problem[];
  /** The earlier row this one repeats exactly (every mapped cell equal). */
  duplicateOf: number | null;
  /** Every mapped cell is blank. */
  empty: boolean;
}

/** The date order to read each date column with: the mapping's, else what the values decide, else null (ask). */
export type DateOrders = ReadonlyMap<string, DateOrder | null>;

function columnIndex(table: SheetTable): Map<string, number> {
  return new Map(table.header.map((h, i) => [h, i]));
}

function warn(problems: Problem[], column: string, value: string, reason: string): void {
  problems.push({ column, value, reason, severity: 'warning' });
}
function note(problems: Problem[], column: string, value: string, reason: string): void {
  problems.push({ column, value, reason, severity: 'note' });
}
function fail(problems: Problem[], column: string, value: string, reason: string): void {
  problems.push({ column, value, reason, severity: 'error' });
}

/**
 * Reads every data row of `table` through `mapping`. `orders` gives each date column's order (null: undecided — its
 * ambiguous values become errors until the person chooses); `knownParty` keeps known names whole when splitting.
 */
export function readRows(
  kind: SheetKind,
  table: SheetTable,
  mapping: SheetMapping,
  orders: DateOrders,
  knownParty: KnownName,
): RowFacts[] {
  const index = columnIndex(table);
  const columns = mapping.columns.filter((c) => c.target.field !== 'ignore' && index.has(c.column));
  const seen = new Map<string, number>();
  return table.rows.map((cells, i) => {
    const facts = readRow(kind, cells, columns, index, mapping, orders, knownParty);
    const row = table.rowNumbers[i] ?? i + 2;
    const signature = columns.map((c) => cellText(cells[index.get(c.column)!] ?? null).trim()).join('\u001f');
    const first = facts.empty ? undefined : seen.get(signature);
    if (!facts.empty && first === undefined) seen.set(signature, row);
    return { ...facts, index: i, row, duplicateOf: first ?? null };
  });
}

function readRow(
  kind: SheetKind,
  cells: readonly Cell[],
  columns: readonly ColumnMapping[],
  index: ReadonlyMap<string, number>,
  mapping: SheetMapping,
  orders: DateOrders,
  knownParty: KnownName,
): Omit<RowFacts, 'index' | 'row' | 'duplicateOf'> {
  const problems: Problem[] = [];
  const facts: Omit<RowFacts, 'index' | 'row' | 'duplicateOf'> = {
    key: '',
    id: '',
    text: {},
    type: null,
    tags: [],
    areas: [],
    aliases: [],
    parties: [],
    events: [],
    partyEvents: [],
    stated: null,
    statedSince: null,
    date: null,
    expiry: null,
    problems,
    empty: true,
  };
  let rowRole: string | null = null;
  for (const column of columns) {
    const cell = cells[index.get(column.column)!] ?? null;
    if (isBlank(cell)) continue;
    facts.empty = false;
    const raw = cellText(cell);
    const value = cellValue(cell);
    const target = column.target;
    if (isDateTarget(target)) {
      const reading = readDateCell(cell, column.dateOrder ?? orders.get(column.column) ?? null);
      if (reading.kind === 'error') {
        fail(problems, column.column, raw, reading.reason);
        continue;
      }
      if (reading.kind === 'sentinel') {
        if (target.field === 'expiry' && column.sentinelIsNoEnd !== false)
          facts.expiry = { none: true, column: column.column, text: raw };
        else if (column.sentinelIsNoEnd !== false)
          warn(problems, column.column, raw, 'A placeholder for "no end date": left blank.');
        else fail(problems, column.column, raw, 'Not a real date (a placeholder such as 31.12.9999).');
        continue;
      }
      if (reading.kind === 'blank') continue;
      const dated: DatedFact = { column: column.column, edtf: reading.edtf, text: raw, display: reading.display };
      if (target.field === 'event') facts.events.push({ ...dated, status: target.status });
      else if (target.field === 'partyEvent') facts.partyEvents.push({ ...dated, event: target.event });
      else if (target.field === 'statusSince') facts.statedSince = dated;
      else if (target.field === 'date') facts.date = dated;
      else if (target.field === 'expiry') facts.expiry = dated;
      continue;
    }
    switch (target.field) {
      case 'key':
        facts.key = value;
        break;
      case 'id':
        facts.id = value;
        break;
      case 'parties': {
        const role = target.role ?? null;
        for (const name of splitParties(raw, knownParty)) facts.parties.push({ name, role });
        break;
      }
      case 'role': {
        rowRole = matchVocab(kind, 'role', value);
        if (!rowRole) fail(problems, column.column, raw, 'Not a role parties can have here.');
        break;
      }
      case 'type': {
        const chosen = mapping.values?.type?.[value];
        const type = chosen ?? matchVocab(kind, 'type', value);
        if (type) facts.type = type;
        else note(problems, column.column, raw, 'Not a type the register knows: stored as Other.');
        break;
      }
      case 'status': {
        const status = mapping.values?.status?.[value] ?? matchVocab(kind, 'status', value);
        if (status) facts.stated = { status, column: column.column, text: raw };
        else note(problems, column.column, raw, 'Not a status the register knows: left out.');
        break;
      }
      case 'tags':
        facts.tags.push(...splitList(value).map((t) => t.slice(0, 60)));
        break;
      case 'aliases':
        facts.aliases.push(...splitList(value));
        break;
      case 'areas':
        for (const item of splitList(value)) {
          const area = matchVocab(kind, 'area', item);
          if (area) facts.areas.push(area);
          else note(problems, column.column, item, 'Not a cooperation area the register knows: left out.');
        }
        break;
      case 'title':
      case 'shortTitle':
      case 'nativeName':
      case 'reference':
      case 'summary':
      case 'minutes':
      case 'notes':
      case 'place':
      case 'parent':
        facts.text[target.field] = value;
        break;
    }
  }
  if (rowRole) for (const party of facts.parties) party.role ??= rowRole;
  return facts;
}
