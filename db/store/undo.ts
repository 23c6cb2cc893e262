/**
 * Undo and redo of the last 50 changes, read from the audit trail's before/after snapshots.
 *
 * A change is what one person's action wrote in one transaction: usually one audit row; an
 * explicit `change_groups` row (an import) or a delete that detached the record from others
 * (the detaching updates written just before the delete) spans several. Undo takes every
 * record the change wrote back to its snapshot from before it — a create is undone by
 * deleting, an update by writing the before snapshot, a delete by re-creating the record with
 * the same id and children — validated, indexed and itself audited like any write. The rows an
 * undo writes are marked as a group with role 'undo' and the change it reversed; redo reverses
 * those rows in turn. The stack is linear: a new change after an undo ends redo for what was
 * undone before it. Undo refuses, and changes nothing, when a record is no longer as the change
 * left it (changed elsewhere since), naming the record.
 *
 * Each step writes every record it touches once, straight back to its earlier snapshot (a
 * deleted record returns with its id, children and createdAt; version goes on counting up),
 * audited as usual. It writes through writeVerbatim rather than createRecord/updateRecord
 * because the records of one step may refer to each other in cycles (a meeting discussing
 * the working group it is a session of), which only a transaction-wide foreign-key check can
 * accept; references are still checked — all of them, before the step commits.
 */
import { AppError, type ProblemValues } from '../../electron/common/domain/errors';
import type { AnyRecord } from '../../electron/common/domain/types';
import { labelOf, type RecordKind } from '../../electron/common/domain/vocab';
import { appendAudit, type WriteContext } from './audit';
import { findDependents } from './dependents';
import { CODECS } from './kinds';
import type { Db } from './sql';
import { findAnyRecord, inTransaction, recordTitle } from './records';
import { unindexRecord } from './search-index';
import { all, run } from './sql';
import { bodyOfRecord, writeVerbatim } from './verbatim';
import {
  latestStepFor,
  maxAuditId,
  readHistory,
  UNDO_DEPTH,
  type ChangeRecord,
  type GroupRow,
  type HistoryChange,
  type UndoResult,
} from './history';

export { readHistory, UNDO_DEPTH };
export type { ChangeRecord, HistoryChange, HistoryView, UndoResult } from './history';

/** Stable text of a record's content (bookkeeping left out), to tell "unchanged since". */
function contentOf(record: AnyRecord | Record<string, unknown>): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return JSON.stringify(sortKeys(bodyOfRecord(record)));
}

/** Which step a refusal is about, for its wording key's `step` value: `what` is 'undo “…”' or 'redo “…”'. */
const step = (what: string): 'undo' | 'redo' => (what.startsWith('redo') ? 'redo' : 'undo');

interface SnapshotRow {
  id: number;
  recordId: string;
  recordKind: RecordKind;
  beforeJson: string | null;
  afterJson: string | null;
}

function titleOf(record: Record<string, unknown>): string {
  return String(record.title ?? record.name ?? record.id);
}

interface Reversal {
  id: string;
  kind: RecordKind;
  /** The state to go back to (the first row's before): null means the record must not exist. */
  target: AnyRecord | null;
  /** The state the range left it in (the last row's after): what it must still be now. */
  expected: AnyRecord | null;
  current: AnyRecord | null;
}

/**
 * Takes every record that audit rows first..last wrote back to the state before them: one
 * write per record, whatever the number of rows. Writes go first (foreign keys deferred to the
 * commit, so records that refer to each other can come back in any order), deletions last,
 * after cutting the references among the records being deleted (a meeting and the working
 * group it is a session of). Refuses, changing nothing, when any record is not as the range
 * left it, or when a record to delete is referred to by one that stays.
 */
function reverseRange(db: Db, first: number, last: number, what: string, ctx: WriteContext): ChangeRecord[] {
  const rows = all<SnapshotRow>(
    db,
    `SELECT id, record_id AS recordId, record_kind AS recordKind, before_json AS beforeJson, after_json AS afterJson
     FROM audit WHERE id BETWEEN ? AND ? ORDER BY id`,
    first,
    last,
  );
  const byRecord = new Map<string, Reversal>();
  for (const row of rows) {
    const after = row.afterJson ? (JSON.parse(row.afterJson) as AnyRecord) : null;
    const seen = byRecord.get(row.recordId);
    if (seen) seen.expected = after;
    else {
      const target = row.beforeJson ? (JSON.parse(row.beforeJson) as AnyRecord) : null;
      byRecord.set(row.recordId, { id: row.recordId, kind: row.recordKind, target, expected: after, current: null });
    }
  }
  const reversals = [...byRecord.values()];
  for (const r of reversals) {
    r.current = findAnyRecord(db, r.id) ?? null;
    const title = titleOf((r.expected ?? r.target ?? { id: r.id }) as unknown as Record<string, unknown>);
    const name = `${labelOf(r.kind).toLowerCase()} “${title}”`;
    const wording = (key: string, more: ProblemValues = {}) => ({
      key: `undo.${key}`,
      values: { step: step(what), kind: r.kind, title, ...more },
    });
    if (r.expected && !r.current)
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: the ${name} no longer exists (it was deleted since). Nothing was changed.`,
        wording('gone'),
      );
    if (r.expected && r.current && contentOf(r.current) !== contentOf(r.expected)) {
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: the ${name} was changed since (now version ${r.current.version}). Nothing was changed.`,
        wording('changed', { version: r.current.version }),
      );
    }
    if (!r.expected && r.current)
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: a record with the id of the ${name} exists again. Nothing was changed.`,
        wording('back'),
      );
  }
  db.pragma('defer_foreign_keys = ON');
  const now = (ctx.now ?? new Date()).toISOString();
  const written: ChangeRecord[] = [];
  for (const r of reversals) {
    if (!r.target) continue;
    const title = titleOf(r.target as unknown as Record<string, unknown>);
    const action = r.current ? 'update' : 'create';
    writeVerbatim(
      db,
      {
        id: r.id,
        kind: r.kind,
        createdAt: r.target.createdAt,
        updatedAt: now,
        version: Math.max(r.current?.version ?? 0, r.target.version) + 1,
      },
      bodyOfRecord(r.target),
      {
        ...ctx,
        summary: `${what[0]!.toUpperCase()}${what.slice(1)}: ${action === 'create' ? 'restored' : 'changed back'} ${labelOf(r.kind).toLowerCase()} “${title}”`,
      },
    );
    written.push({ id: r.id, kind: r.kind, title, action });
  }
  const doomed = reversals.filter((r) => !r.target && r.current);
  const doomedIds = new Set(doomed.map((r) => r.id));
  for (const r of doomed) {
    const outside = findDependents(db, r.id).filter((d) => !doomedIds.has(d.id));
    if (outside.length > 0) {
      const list = outside.map((d) => `${labelOf(d.kind).toLowerCase()} “${d.title}”`).join(', ');
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: ${list} now refer${outside.length > 1 ? '' : 's'} to the ${labelOf(r.kind).toLowerCase()} “${recordTitle(r.current!)}”. Nothing was changed.`,
        {
          details: outside,
          key: 'undo.referred',
          values: { step: step(what), list, kind: r.kind, title: recordTitle(r.current!) },
        },
      );
    }
  }
  // References among the records being deleted go first, so no delete is refused for them.
  for (const r of doomed) {
    const codec = CODECS[r.kind] as unknown as {
      references(b: unknown): { id: string }[];
      detach(b: unknown, id: string): unknown;
      save(db: Db, id: string, b: unknown, isNew: boolean): void;
    };
    let body: unknown = bodyOfRecord(r.current!);
    const inside = codec.references(body).filter((ref) => doomedIds.has(ref.id));
    for (const ref of inside) body = codec.detach(body, ref.id);
    if (inside.length > 0) codec.save(db, r.id, body, false);
  }
  for (const r of doomed) {
    run(db, 'DELETE FROM records WHERE id = ?', r.id);
    unindexRecord(db, r.id);
    const title = recordTitle(r.current!);
    appendAudit(db, ctx, {
      record: r.current!,
      action: 'delete',
      before: r.current!,
      after: null,
      summary: `${what[0]!.toUpperCase()}${what.slice(1)}: deleted ${labelOf(r.kind).toLowerCase()} “${title}”`,
    });
    written.push({ id: r.id, kind: r.kind, title, action: 'delete' });
  }
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0)
    throw new AppError(
      'CONFLICT',
      `Cannot ${what}: it would leave ${broken.length} reference(s) to records that no longer exist. Nothing was changed.`,
      { key: 'undo.broken', values: { step: step(what), count: broken.length } },
    );
  return written;
}

function markGroup(
  db: Db,
  first: number,
  role: GroupRow['role'],
  targetId: number | null,
  label: string,
  ctx: WriteContext,
): void {
  const last = maxAuditId(db);
  if (last < first) return;
  run(
    db,
    'INSERT INTO change_groups (first_id, last_id, role, target_id, label, at) VALUES (?, ?, ?, ?, ?, ?)',
    first,
    last,
    role,
    targetId,
    label,
    (ctx.now ?? new Date()).toISOString(),
  );
}

export interface StepOptions extends WriteContext {
  /** The change the person saw as "next to undo / redo"; refuse if it is no longer that one (double click, other window). */
  expectedChangeId?: number;
}

function checkExpected(change: HistoryChange, options: StepOptions, what: string): void {
  if (options.expectedChangeId !== undefined && options.expectedChangeId !== change.id) {
    throw new AppError(
      'CONFLICT',
      `The history changed before the ${what} (another window or program wrote since). Look at the list again.`,
      { key: 'undo.moved', values: { step: what } },
    );
  }
}

export function undoLastChange(db: Db, options: StepOptions = {}): UndoResult {
  return inTransaction(db, () => {
    const change = readHistory(db).nextUndo;
    if (!change)
      throw new AppError(
        'NOT_FOUND',
        `Nothing to undo: the last ${UNDO_DEPTH} changes are already undone, or there are none.`,
        { key: 'undo.nothingToUndo', values: { depth: UNDO_DEPTH } },
      );
    checkExpected(change, options, 'undo');
    const step = latestStepFor(db, change.id);
    const [first, last] = step?.role === 'redo' ? [step.firstId, step.lastId] : [change.id, change.lastAuditId];
    const start = maxAuditId(db) + 1;
    const records = reverseRange(db, first, last, `undo “${change.label}”`, options);
    markGroup(db, start, 'undo', change.id, `Undo: ${change.label}`, options);
    return { action: 'undo' as const, change: { ...change, state: 'undone' as const }, records };
  });
}

export function redoLastChange(db: Db, options: StepOptions = {}): UndoResult {
  return inTransaction(db, () => {
    const change = readHistory(db).nextRedo;
    if (!change)
      throw new AppError('NOT_FOUND', 'Nothing to redo: redo is possible right after an undo, before any new change.', {
        key: 'undo.nothingToRedo',
      });
    checkExpected(change, options, 'redo');
    const step = latestStepFor(db, change.id)!;
    const start = maxAuditId(db) + 1;
    const records = reverseRange(db, step.firstId, step.lastId, `redo “${change.label}”`, options);
    markGroup(db, start, 'redo', change.id, `Redo: ${change.label}`, options);
    return { action: 'redo' as const, change: { ...change, state: 'done' as const }, records };
  });
}

/**
 * Runs `work` in one transaction and, if it wrote audit rows, marks them as ONE change with
 * this label — so an import of 200 records is undone in one step.
 */
export function asOneChange<T>(db: Db, label: string, work: () => T, ctx: WriteContext = {}): T {
  return inTransaction(db, () => {
    const start = maxAuditId(db) + 1;
    const result = work();
    markGroup(db, start, 'change', null, label, ctx);
    return result;
  });
}
