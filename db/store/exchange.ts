/**
 * The store's side of the exchange bundle (electron/node/services/exchange plans; this writes): every record as a
 * snapshot for export, and an import's writes applied exactly as given, as one undoable change.
 */
import { AppError } from '../../electron/common/domain/errors';
import type { AnyRecord } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import { importAttachments, type AttachmentImport } from './attachment-exchange';
import type { WriteContext } from './audit';
import { getRecord } from './records';
import type { Db } from './sql';
import { all } from './sql';
import { asOneChange } from './undo';
import { writeVerbatim, type VerbatimMeta } from './verbatim';
import { refuseLinkCycles } from './link-cycles';

/** Every record of the register as the store's snapshot, read in one transaction (the bundle is one moment). */
export function snapshotAll(db: Db): AnyRecord[] {
  return db
    .transaction(() =>
      all<{ id: string; kind: RecordKind }>(db, 'SELECT id, kind FROM records ORDER BY id').map((row) =>
        getRecord(db, row.kind, row.id),
      ),
    )
    .deferred();
}

/** One record to write exactly as given: meta (id, kind, timestamps, version), the body, and its history line. */
export interface VerbatimWrite {
  meta: VerbatimMeta;
  body: unknown;
  summary: string;
}

class DryRunFinished extends AppError {
  constructor() {
    super('INTERNAL', 'dry run finished');
  }
}

/**
 * Writes `writes` in order, in ONE transaction marked as one change named `label` (undone in one step).
 * References are checked at commit, so records of one import may refer to each other in cycles (a meeting
 * discussing the working group it is a session of). With `dryRun` the same writes run and are rolled back: a dry
 * run fails exactly when the import would. Throws the store's AppErrors (validation, read-only, disk full) or
 * SQLite's error for a constraint the bundle breaks; nothing is written then.
 */
export function writeVerbatimChange(
  db: Db,
  writes: readonly VerbatimWrite[],
  options: WriteContext & { label: string; dryRun?: boolean; attachments?: AttachmentImport },
): void {
  try {
    asOneChange(
      db,
      options.label,
      () => {
        db.pragma('defer_foreign_keys = ON');
        for (const write of writes) writeVerbatim(db, write.meta, write.body, { ...options, summary: write.summary });
        // Checked once every record is in: a bundle may bring both ends of a circle.
        for (const write of writes) refuseLinkCycles(db, write.meta.id);
        // The documents arrive in the same transaction as their records (after them: they refer to the records).
        if (options.attachments) importAttachments(db, options.attachments);
        if (options.dryRun) throw new DryRunFinished();
      },
      options,
    );
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
}
