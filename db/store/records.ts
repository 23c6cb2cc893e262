/**
 * The one write path for every record kind. Each write is a single IMMEDIATE transaction
 * that validates references, writes the aggregate in full, keeps the search index exact
 * and appends an audit entry with before/after snapshots; if any step throws, SQLite
 * rolls the whole write back and the database is exactly as it was.
 */
import { newId as ulid } from './ids';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { INPUT_SCHEMAS, asStored } from '../../electron/common/domain/schemas';
import type { AnyRecord, DraftByKind, InputByKind, RecordByKind } from '../../electron/common/domain/types';
import { labelOf, RECORD_KINDS, type RecordKind } from '../../electron/common/domain/vocab';
import { appendAudit, changedFields, type WriteContext } from './audit';
import { asAppError } from './errors';
import { findDependents } from './dependents';
import { CODECS, type Body, type Reference } from './kinds';
import type { Db } from './sql';
import { indexRecord, unindexRecord } from './search-index';
import { all, get, placeholders, run } from './sql';
import { refuseLinkCycles } from './link-cycles';

interface MetaRow {
  id: string;
  kind: RecordKind;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function getRecordKind(db: Db, id: string): RecordKind | undefined {
  return get<{ kind: RecordKind }>(db, 'SELECT kind FROM records WHERE id = ?', id)?.kind;
}

export function findRecord<K extends RecordKind>(db: Db, kind: K, id: string): RecordByKind[K] | undefined {
  const meta = get<MetaRow>(
    db,
    'SELECT id, kind, created_at AS createdAt, updated_at AS updatedAt, version FROM records WHERE id = ? AND kind = ?',
    id,
    kind,
  );
  if (!meta) return undefined;
  const body = CODECS[kind].load(db, id);
  if (!body) return undefined;
  return { ...meta, ...body } as unknown as RecordByKind[K];
}

export function getRecord<K extends RecordKind>(db: Db, kind: K, id: string): RecordByKind[K] {
  const record = findRecord(db, kind, id);
  if (!record)
    throw new AppError('NOT_FOUND', `No ${labelOf(kind).toLowerCase()} with id ${id}.`, {
      key: 'store.notFound',
      values: { kind, id },
    });
  return record;
}

/** Any record by id alone (links and audit refer to records of any kind). */
export function findAnyRecord(db: Db, id: string): AnyRecord | undefined {
  const kind = getRecordKind(db, id);
  return kind ? findRecord(db, kind, id) : undefined;
}

export function recordTitle(record: AnyRecord): string {
  return (CODECS[record.kind] as { title(b: unknown): string }).title(record);
}

/** Gives every nested row without an id (a new status event, party, session…) a fresh one: a copy, `value` is kept. */
export function assignIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(assignIds) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = assignIds(inner);
    if ('id' in out && out.id === null) out.id = ulid();
    return out as T;
  }
  return value;
}

/**
 * A record read back may be written back whole: its bookkeeping (id, kind, timestamps, version)
 * belongs to the store, not to the draft. Any other field the schema does not know is refused.
 */
const BOOKKEEPING = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'version']);
function withoutBookkeeping(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => !BOOKKEEPING.has(key)));
}

/** A write's input validated by its kind's schema (bookkeeping dropped, new child rows given ids); VALIDATION otherwise. */
export function bodyOf<K extends RecordKind>(kind: K, input: unknown): Body<K> {
  // Dates reach the store canonical (the contract parsed what was typed; a patch re-reads the stored record).
  const draft = asStored(() =>
    parseOrThrow(INPUT_SCHEMAS[kind], withoutBookkeeping(input), labelOf(kind)),
  ) as DraftByKind[K];
  return assignIds(draft) as unknown as Body<K>;
}

/** The kinds of the records `ids` name (absent ids are left out). */
export function kindsOf(db: Db, ids: readonly string[]): Map<string, RecordKind> {
  return new Map(
    all<{ id: string; kind: RecordKind }>(
      db,
      `SELECT id, kind FROM records WHERE id IN (${placeholders(ids.length)})`,
      ...ids,
    ).map((r) => [r.id, r.kind]),
  );
}

/**
 * Refuses (VALIDATION, naming each field) references to missing records, to records of the wrong kind, or to the
 * record itself. `lookup` gives the kinds of ids (a batch passes one that remembers).
 */
export function checkReferences(
  db: Db,
  selfId: string,
  refs: readonly Reference[],
  lookup: (ids: readonly string[]) => Map<string, RecordKind> = (ids) => kindsOf(db, ids),
): void {
  if (refs.length === 0) return;
  const kinds = lookup([...new Set(refs.map((r) => r.id))]);
  const problems = refs.flatMap((ref) => {
    const found = kinds.get(ref.id);
    if (ref.id === selfId)
      return [{ path: ref.field, message: 'A record cannot refer to itself', key: 'store.selfReference' }];
    if (!found)
      return [
        { path: ref.field, message: `No record with id ${ref.id}`, key: 'store.noRecord', values: { id: ref.id } },
      ];
    if (!ref.kinds.includes(found)) {
      return [
        {
          path: ref.field,
          message: `${ref.id} is a ${labelOf(found).toLowerCase()}, not a ${ref.kinds.map((k) => labelOf(k).toLowerCase()).join(' or ')}`,
          key: 'store.wrongKind',
          values: { id: ref.id, kind: found, options: ref.kinds.join('|') },
        },
      ];
    }
    return [];
  });
  if (problems.length > 0) {
    throw new AppError('VALIDATION', problems.map((p) => p.message).join('; '), { fields: problems, key: 'invalid' });
  }
}

/** Runs `work` in one IMMEDIATE transaction and turns SQLite's failures into plain errors. */
export function inTransaction<T>(db: Db, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    throw asAppError(error);
  }
}

export { asAppError };

export function writeMeta(db: Db, id: string, kind: RecordKind, now: string, isNew: boolean): void {
  if (isNew)
    run(
      db,
      'INSERT INTO records (id, kind, created_at, updated_at, version) VALUES (?, ?, ?, ?, 1)',
      id,
      kind,
      now,
      now,
    );
  else run(db, 'UPDATE records SET updated_at = ?, version = version + 1 WHERE id = ?', now, id);
}

export interface CreateOptions extends WriteContext {
  /** Keep a given id (import, undo of a delete); a new ULID otherwise. */
  id?: string;
}

export function createRecord<K extends RecordKind>(
  db: Db,
  kind: K,
  input: InputByKind[K] | unknown,
  ctx: CreateOptions = {},
): RecordByKind[K] {
  const body = bodyOf(kind, input);
  const id = ctx.id ?? ulid();
  return inTransaction(db, () => {
    if (getRecordKind(db, id)) throw new AppError('CONFLICT', `A record with id ${id} already exists.`);
    checkReferences(db, id, CODECS[kind].references(body));
    const now = (ctx.now ?? new Date()).toISOString();
    writeMeta(db, id, kind, now, true);
    CODECS[kind].save(db, id, body, true);
    refuseLinkCycles(db, id);
    const after = getRecord(db, kind, id);
    indexRecord(db, after);
    auditCreate(db, ctx, after);
    return after;
  });
}

/** The audit row of a new record (its after snapshot is what undo deletes by). */
export function auditCreate(db: Db, ctx: WriteContext, after: AnyRecord): void {
  appendAudit(db, ctx, {
    record: after,
    action: 'create',
    before: null,
    after,
    summary: `Created ${labelOf(after.kind).toLowerCase()} “${recordTitle(after)}”`,
  });
}

export interface UpdateOptions extends WriteContext {
  /** Refuse the write if someone changed the record since this version was read. */
  expectedVersion?: number;
}

export function updateRecord<K extends RecordKind>(
  db: Db,
  kind: K,
  id: string,
  input: InputByKind[K] | unknown,
  ctx: UpdateOptions = {},
): RecordByKind[K] {
  const body = bodyOf(kind, input);
  return inTransaction(db, () => {
    const before = getRecord(db, kind, id);
    if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== before.version) {
      throw new AppError(
        'CONFLICT',
        `“${recordTitle(before)}” was changed elsewhere (version ${before.version}, you edited ${ctx.expectedVersion}). Reload it and apply your change again.`,
        {
          key: 'store.stale',
          values: { title: recordTitle(before), version: before.version, yours: ctx.expectedVersion },
        },
      );
    }
    checkReferences(db, id, CODECS[kind].references(body));
    writeMeta(db, id, kind, (ctx.now ?? new Date()).toISOString(), false);
    CODECS[kind].save(db, id, body, false);
    refuseLinkCycles(db, id);
    const after = getRecord(db, kind, id);
    indexRecord(db, after);
    const fields = changedFields(before, after);
    appendAudit(db, ctx, {
      record: after,
      action: 'update',
      before,
      after,
      summary: fields.length ? `Changed ${fields.join(', ')}` : 'Saved without changes',
    });
    return after;
  });
}

/** Reads the record, lets `change` produce a new input from it, and writes that (one transaction). */
export function patchRecord<K extends RecordKind>(
  db: Db,
  kind: K,
  id: string,
  change: (current: RecordByKind[K]) => unknown,
  ctx: UpdateOptions = {},
): RecordByKind[K] {
  return inTransaction(db, () => updateRecord(db, kind, id, change(getRecord(db, kind, id)), ctx));
}

export interface DeleteOptions extends WriteContext {
  /** Take this record out of every record that refers to it (each such change is audited) instead of refusing. */
  detach?: boolean;
  expectedVersion?: number;
}

export function deleteRecord(
  db: Db,
  kind: RecordKind,
  id: string,
  ctx: DeleteOptions = {},
): { deleted: AnyRecord; detachedFrom: string[] } {
  return inTransaction(db, () => {
    const before = getRecord(db, kind, id);
    if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== before.version) {
      throw new AppError('CONFLICT', `“${recordTitle(before)}” was changed elsewhere. Reload it before deleting.`, {
        key: 'store.staleDelete',
        values: { title: recordTitle(before) },
      });
    }
    const dependents = findDependents(db, id);
    if (dependents.length > 0 && !ctx.detach) {
      const list = dependents.map((d) => `${labelOf(d.kind).toLowerCase()} “${d.title}” (${d.relation})`).join('; ');
      throw new AppError(
        'HAS_DEPENDENTS',
        `“${recordTitle(before)}” is still referred to by: ${list}. Remove those references first, or delete and detach it.`,
        // The window words `list` again from `details` in its language (renderer i18n/problems.ts).
        { details: dependents, key: 'store.hasDependents', values: { title: recordTitle(before), list } },
      );
    }
    const owners = [...new Set(dependents.map((d) => d.id))];
    for (const ownerId of owners) {
      const ownerKind = getRecordKind(db, ownerId);
      if (!ownerKind) continue;
      // The caller's expectedVersion is about the deleted record, not about the records it is detached from.
      const ownerCtx: WriteContext = {
        ...(ctx.actor ? { actor: ctx.actor } : {}),
        ...(ctx.now ? { now: ctx.now } : {}),
      };
      patchRecord(
        db,
        ownerKind,
        ownerId,
        (owner) => (CODECS[ownerKind] as { detach(b: unknown, r: string): unknown }).detach(owner, id),
        ownerCtx,
      );
    }
    run(db, 'DELETE FROM records WHERE id = ?', id);
    unindexRecord(db, id);
    appendAudit(db, ctx, {
      record: before,
      action: 'delete',
      before,
      after: null,
      summary: `Deleted ${labelOf(kind).toLowerCase()} “${recordTitle(before)}”`,
    });
    return { deleted: before, detachedFrom: owners };
  });
}

export function countRecords(db: Db): Record<RecordKind, number> {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  for (const row of all<{ kind: RecordKind; n: number }>(db, 'SELECT kind, count(*) AS n FROM records GROUP BY kind'))
    counts[row.kind] = row.n;
  return counts;
}
