/**
 * Writing a record exactly as a snapshot states it — its id, createdAt, updatedAt, version
 * and every nested row's id — for the exchange import, where "export, then import into an
 * empty database" must give back the very same records. Everything else is the ordinary
 * write path's: the body is validated by the kind's input schema, the kind codec writes the
 * aggregate in full, the search index is kept exact and one audit entry records before and
 * after. It runs inside the caller's transaction (an import is one transaction for all its
 * records); references are left to the caller, which checks them across the whole bundle
 * and may defer foreign keys so that records referring to each other can arrive in any order.
 */
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { INPUT_SCHEMAS, asStored } from '../../electron/common/domain/schemas';
import type { AnyRecord } from '../../electron/common/domain/types';
import { labelOf, type RecordKind } from '../../electron/common/domain/vocab';
import { appendAudit, type WriteContext } from './audit';
import { CODECS, type Body } from './kinds';
import type { Db } from './sql';
// Nested rows that arrive without an id (hand-written bundles) get a fresh one, as drafts do.
import { assignIds, findRecord, getRecord, getRecordKind, recordTitle } from './records';
import { indexRecord } from './search-index';
import { run } from './sql';

const META_KEYS = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'version']);

/** A record without its bookkeeping: what a write states. */
export function bodyOfRecord(record: AnyRecord | Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META_KEYS.has(key)));
}

export interface VerbatimMeta {
  id: string;
  kind: RecordKind;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface VerbatimResult {
  action: 'create' | 'update';
  before: AnyRecord | null;
  after: AnyRecord;
}

/**
 * Creates the record, or replaces the existing one of the same id and kind, with exactly the
 * given meta and body. Must run inside a transaction (the caller's).
 */
export function writeVerbatim(
  db: Db,
  meta: VerbatimMeta,
  body: unknown,
  ctx: WriteContext & { summary?: string } = {},
): VerbatimResult {
  if (!db.inTransaction) throw new AppError('INTERNAL', 'writeVerbatim must run inside a transaction.');
  const { kind, id } = meta;
  // A verbatim body is stored values (a bundle, an undo): its dates are canonical EDTF, not typed text.
  const parsed = assignIds(
    asStored(() => parseOrThrow(INPUT_SCHEMAS[kind], body, `${labelOf(kind)} ${id}`)),
  ) as unknown as Body<typeof kind>;
  const existingKind = getRecordKind(db, id);
  if (existingKind && existingKind !== kind) {
    throw new AppError(
      'CONFLICT',
      `${id} is a ${labelOf(existingKind).toLowerCase()} here, not a ${labelOf(kind).toLowerCase()}.`,
    );
  }
  const before = existingKind ? (findRecord(db, kind, id) ?? null) : null;
  if (before) {
    run(
      db,
      'UPDATE records SET created_at = ?, updated_at = ?, version = ? WHERE id = ?',
      meta.createdAt,
      meta.updatedAt,
      meta.version,
      id,
    );
  } else {
    run(
      db,
      'INSERT INTO records (id, kind, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?)',
      id,
      kind,
      meta.createdAt,
      meta.updatedAt,
      meta.version,
    );
  }
  (CODECS[kind] as { save(db: Db, id: string, body: unknown, isNew: boolean): void }).save(
    db,
    id,
    parsed,
    before === null,
  );
  const after = getRecord(db, kind, id);
  indexRecord(db, after);
  const action = before ? 'update' : 'create';
  const summary =
    ctx.summary ??
    `${action === 'create' ? 'Imported' : 'Replaced by import:'} ${labelOf(kind).toLowerCase()} “${recordTitle(after)}”`;
  appendAudit(db, ctx, { record: after, action, before, after, summary });
  return { action, before, after };
}
