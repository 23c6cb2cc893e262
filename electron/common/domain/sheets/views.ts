/**
 * What an import shows a person, as plain data: the file's sheets, a page of the preview with its summary, and the
 * outcome of a dry run or an import. The contract sends these; the wizard and the CLI read them.
 */
import type { DateColumnFacts } from './dates';
import type { SheetKind, SheetMapping, Target } from './mapping';
import type { Status } from '../vocab';
import type { Problem } from './rows';

export interface SheetFileInfo {
  /** The file's content id: later calls name the file by it. */
  fileId: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  delimiter: string | null;
  bytes: number;
  sheets: { name: string; rows: number; columns: string[] }[];
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip' | 'error';

export interface PreviewRow {
  row: number;
  action: RowAction;
  title: string;
  /** Vocabulary key of the type, when the kind has one. */
  type: string | null;
  parties: { name: string; outcome: PartyOutcome; as: string | null }[];
  dates: { column: string; target: string; text: string; display: string }[];
  /** The status the dates give (derived as the app derives it). */
  status: { status: Status; date: string } | null;
  /** Fields an update changes. */
  changes: string[];
  problems: Problem[];
  skipReason: string | null;
}

export type PartyOutcome = 'matched' | 'create' | 'merge' | 'same' | 'skip';

export interface PartyLineView {
  name: string;
  rows: number;
  firstRow: number;
  outcome: PartyOutcome;
  /** The party it matched or merges with. */
  as: string | null;
  /** How it matched: by name, short name, native name or a remembered alias. */
  via: 'name' | 'shortName' | 'nativeName' | 'alias' | null;
  suggestion: { id: string | null; name: string } | null;
  alsoNamed: { id: string; name: string }[];
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  skip: number;
  error: number;
  newParties: number;
  warnings: number;
}

export interface SheetPreview {
  kind: SheetKind;
  sheet: string;
  mapping: SheetMapping;
  columns: { header: string; samples: string[]; recognised: Target | null; looksLikeDates: boolean }[];
  dateColumns: (DateColumnFacts & { column: string; using: 'dmy' | 'mdy' | null })[];
  parties: PartyLineView[];
  unknownValues: { column: string; field: 'type' | 'status'; text: string; rows: number }[];
  /** The earlier file whose records this import updates row by row, if any; and the files imported before. */
  updates: string | null;
  earlierFiles: { source: string; sheet: string; records: number }[];
  counts: ImportCounts;
  /** The page of rows asked for, among `total` rows that pass the filter. */
  rows: PreviewRow[];
  total: number;
}

export interface SheetImportOutcome {
  dryRun: boolean;
  /** The change's name in the history (undo undoes it in one step). */
  label: string;
  counts: ImportCounts;
  /** Records created or updated (the first 500), with the fields an update changed. */
  changed: { row: number; id: string; title: string; action: 'create' | 'update'; fields: string[] }[];
  /** Rejected rows' problems (the first 500): row, column, value and why. */
  errors: { row: number; column: string; value: string; reason: string }[];
  aliases: number;
}

export interface DeliveredFile {
  fileName: string;
  rows: number;
  saved: boolean;
  path?: string;
  downloadUrl?: string;
}
