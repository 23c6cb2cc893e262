/**
 * The store's side of spreadsheet imports (electron/node/services/sheets plans; this reads what a plan needs and
 * writes it): where imported records came from (record_sources), the names parties are known by (names and the
 * aliases earlier imports remembered), and the import itself — new records through bulk-create.ts (createRecord's
 * steps, with the per-record reads done once per batch), updates through updateRecord (validated, indexed, audited),
 * in ONE transaction marked as one change, so the whole import is undone in one step and a failure anywhere leaves
 * the register as it was.
 */
import { AppError } from '../../electron/common/domain/errors';
import type { RecordKind } from '../../electron/common/domain/vocab';
import type { WriteContext } from './audit';
import { BulkCreator } from './bulk-create';
import { updateRecord } from './records';
import type { Db } from './sql';
import { all, run } from './sql';
import { asOneChange } from './undo';

export interface SheetSource {
  source: string;
  sheet: string;
  row: number;
  keyColumn: string;
  keyValue: string;
}

export interface SourcedRecord extends SheetSource {
  recordId: string;
}

/** Every record of `kind` an earlier import of `source` / `sheet` wrote, that still exists. */
export function sourcedRecords(db: Db, kind: RecordKind, source: string, sheet: string): SourcedRecord[] {
  return all<SourcedRecord>(
    db,
    `SELECT s.record_id AS recordId, s.source, s.sheet, s.row, s.key_column AS keyColumn, s.key_value AS keyValue
     FROM record_sources s JOIN records r ON r.id = s.record_id AND r.kind = s.kind
     WHERE s.kind = ? AND s.source = ? AND s.sheet = ?`,
    kind,
    source,
    sheet,
  );
}

/** Records of `kind` imported with `keyColumn` as their key, by key value (from any file). */
export function keyedRecords(db: Db, kind: RecordKind, keyColumn: string): Map<string, string> {
  const rows = all<{ keyValue: string; recordId: string }>(
    db,
    `SELECT s.key_value AS keyValue, s.record_id AS recordId
     FROM record_sources s JOIN records r ON r.id = s.record_id AND r.kind = s.kind
     WHERE s.kind = ? AND s.key_column = ? AND s.key_value <> '' ORDER BY s.imported_at`,
    kind,
    keyColumn,
  );
  return new Map(rows.map((r) => [r.keyValue, r.recordId]));
}

/** Files records of `kind` were imported from, newest first, with how many of their records still exist. */
export function importedFiles(db: Db, kind: RecordKind): { source: string; sheet: string; records: number }[] {
  return all(
    db,
    `SELECT s.source, s.sheet, count(r.id) AS records, max(s.imported_at) AS at
     FROM record_sources s JOIN records r ON r.id = s.record_id AND r.kind = s.kind
     WHERE s.kind = ? GROUP BY s.source, s.sheet ORDER BY at DESC LIMIT 50`,
    kind,
  );
}

export interface PartyName {
  id: string;
  name: string;
  /** The name as written: a party's name, short or native name, or a remembered alias. */
  text: string;
  via: 'name' | 'shortName' | 'nativeName' | 'alias';
}

/** Every name each party is known by, aliases included. */
export function partyNames(db: Db): PartyName[] {
  return all<PartyName>(
    db,
    `SELECT id, name, name AS text, 'name' AS via FROM parties
     UNION ALL SELECT id, name, short_name, 'shortName' FROM parties WHERE short_name <> ''
     UNION ALL SELECT id, name, native_name, 'nativeName' FROM parties WHERE native_name <> ''
     UNION ALL SELECT p.id, p.name, a.alias, 'alias' FROM party_aliases a JOIN parties p ON p.id = a.party_id`,
  );
}

export interface SheetWrite {
  action: 'create' | 'update';
  kind: RecordKind;
  id: string;
  input: unknown;
  /** Refuse the import if the record changed since the plan read it. */
  expectedVersion?: number;
  /** "row 5", for messages. */
  where: string;
}

export interface SheetImportChange {
  /** The change's name in the history: "Import of gptad.csv: 352 agreements". */
  label: string;
  /** Parties first (records refer to them), each through the one write path. */
  writes: SheetWrite[];
  /** Source rows to record (new and updated records, and unchanged ones first seen in this file). */
  sources: (SheetSource & { recordId: string; kind: RecordKind })[];
  /** Names to remember for parties, folded for lookup. */
  aliases: { key: string; alias: string; partyId: string }[];
}

class DryRunFinished extends AppError {
  constructor() {
    super('INTERNAL', 'dry run finished');
  }
}

/**
 * Writes an import in one transaction marked as one change (see the module comment). With `dryRun` every write is
 * made and then rolled back, so a dry run fails exactly when the import would. A write that fails names its row.
 */
export function writeSheetImport(db: Db, change: SheetImportChange, ctx: WriteContext & { dryRun?: boolean }): void {
  const now = (ctx.now ?? new Date()).toISOString();
  const context: WriteContext = { ...(ctx.actor ? { actor: ctx.actor } : {}), ...(ctx.now ? { now: ctx.now } : {}) };
  try {
    asOneChange(
      db,
      change.label,
      () => {
        const creator = new BulkCreator(db, context);
        for (const write of change.writes) {
          try {
            if (write.action === 'create') creator.create(write.kind, write.input, write.id);
            else {
              updateRecord(db, write.kind, write.id, write.input, {
                ...context,
                ...(write.expectedVersion === undefined ? {} : { expectedVersion: write.expectedVersion }),
              });
              creator.touched(write.kind);
            }
          } catch (error) {
            if (error instanceof AppError) throw new AppError(error.code, `${write.where}: ${error.message}`);
            throw error;
          }
        }
        for (const s of change.sources)
          run(
            db,
            `INSERT OR REPLACE INTO record_sources (record_id, kind, source, sheet, row, key_column, key_value, imported_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            s.recordId,
            s.kind,
            s.source,
            s.sheet,
            s.row,
            s.keyColumn,
            s.keyValue,
            now,
          );
        for (const a of change.aliases)
          run(
            db,
            'INSERT OR REPLACE INTO party_aliases (alias_key, alias, party_id, created_at) VALUES (?, ?, ?, ?)',
            a.key,
            a.alias,
            a.partyId,
            now,
          );
        if (ctx.dryRun) throw new DryRunFinished();
      },
      context,
    );
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
}
