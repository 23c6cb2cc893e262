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
import { AppError } from '../../electron/common/domain/errors';
import type { AnyRecord } from '../../electron/common/domain/types';
import { labelOf, type RecordKind } from '../../electron/common/domain/vocab';
import { appendAudit, type WriteContext } from './audit';
import { findDependents } from './dependents';
import { CODECS } from './kinds';
import type { Db } from './sql';
import { findAnyRecord, inTransaction, recordTitle } from './records';
import { unindexRecord } from './search-index';
import { all, get, run } from './sql';
import { bodyOfRecord, writeVerbatim } from './verbatim';

export const UNDO_DEPTH = 50;

/** How close in time the detaching updates of a delete are to it (same transaction: milliseconds). */
const DETACH_WINDOW_MS = 2000;

export interface ChangeRecord {
  id: string;
  kind: RecordKind;
  title: string;
  action: 'create' | 'update' | 'delete';
}

export interface HistoryChange {
  /** The change's identity: its first audit id. */
  id: number;
  lastAuditId: number;
  at: string;
  actor: string;
  label: string;
  /** The records it wrote (the first RECORDS_SHOWN of them; an import can write thousands). */
  records: ChangeRecord[];
  recordCount: number;
  state: 'done' | 'undone';
}

const RECORDS_SHOWN = 20;

export interface HistoryView {
  /** The last changes, newest first (at most UNDO_DEPTH). */
  changes: HistoryChange[];
  nextUndo: HistoryChange | null;
  nextRedo: HistoryChange | null;
}

export interface UndoResult {
  action: 'undo' | 'redo';
  change: HistoryChange;
  /** The records the step wrote, in the order it wrote them. */
  records: ChangeRecord[];
}

interface AuditMetaRow {
  id: number;
  at: string;
  actor: string;
  recordId: string;
  recordKind: RecordKind;
  action: ChangeRecord['action'];
  summary: string;
  title: string | null;
}

interface GroupRow {
  firstId: number;
  lastId: number;
  role: 'change' | 'undo' | 'redo';
  targetId: number | null;
  label: string;
}

const AUDIT_META = `SELECT id, at, actor, record_id AS recordId, record_kind AS recordKind, action, summary,
  COALESCE(json_extract(COALESCE(after_json, before_json), '$.title'), json_extract(COALESCE(after_json, before_json), '$.name')) AS title
  FROM audit`;

export function maxAuditId(db: Db): number {
  return get<{ id: number | null }>(db, 'SELECT max(id) AS id FROM audit')?.id ?? 0;
}

function auditAtOrBefore(db: Db, id: number): AuditMetaRow | undefined {
  return get<AuditMetaRow>(db, `${AUDIT_META} WHERE id <= ? ORDER BY id DESC LIMIT 1`, id);
}

function auditRange(db: Db, first: number, last: number, limit: number): AuditMetaRow[] {
  return all<AuditMetaRow>(db, `${AUDIT_META} WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?`, first, last, limit);
}

function groupContaining(db: Db, auditId: number): GroupRow | undefined {
  const group = get<GroupRow>(
    db,
    'SELECT first_id AS firstId, last_id AS lastId, role, target_id AS targetId, label FROM change_groups WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1',
    auditId,
  );
  return group && group.lastId >= auditId ? group : undefined;
}

function latestStepFor(db: Db, changeId: number): GroupRow | undefined {
  return get<GroupRow>(
    db,
    'SELECT first_id AS firstId, last_id AS lastId, role, target_id AS targetId, label FROM change_groups WHERE target_id = ? ORDER BY first_id DESC LIMIT 1',
    changeId,
  );
}

/** An update written by deleteRecord's detach: it took `removedId` out of another record. */
function isDetachOf(db: Db, row: AuditMetaRow, deleted: AuditMetaRow): boolean {
  if (row.action !== 'update' || row.actor !== deleted.actor) return false;
  if (Math.abs(Date.parse(deleted.at) - Date.parse(row.at)) > DETACH_WINDOW_MS) return false;
  const quoted = JSON.stringify(deleted.recordId);
  const found = get<{ had: number; kept: number }>(
    db,
    "SELECT instr(before_json, ?) > 0 AS had, instr(COALESCE(after_json, ''), ?) > 0 AS kept FROM audit WHERE id = ?",
    quoted,
    quoted,
    row.id,
  );
  return !!found && found.had === 1 && found.kept === 0;
}

function describe(rows: AuditMetaRow[], groupLabel?: string): string {
  if (groupLabel) return groupLabel;
  const main = rows[rows.length - 1]!;
  const title = main.title ?? main.recordId;
  let label =
    main.action === 'update' ? `${main.summary} — ${labelOf(main.recordKind).toLowerCase()} “${title}”` : main.summary;
  if (rows.length > 1) label += ` (and detached it from ${rows.length - 1} record${rows.length > 2 ? 's' : ''})`;
  return label;
}

function toChange(
  db: Db,
  rows: AuditMetaRow[],
  groupLabel?: string,
  count: number = rows.length,
  lastId?: number,
): HistoryChange {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const step = latestStepFor(db, first.id);
  return {
    id: first.id,
    lastAuditId: lastId ?? last.id,
    at: last.at,
    actor: last.actor,
    label: describe(rows, groupLabel),
    records: rows
      .slice(0, RECORDS_SHOWN)
      .map((r) => ({ id: r.recordId, kind: r.recordKind, title: r.title ?? r.recordId, action: r.action })),
    recordCount: count,
    state: step?.role === 'undo' ? 'undone' : 'done',
  };
}

/** The last `limit` changes a person made, newest first, skipping the undo and redo steps. */
function readChanges(db: Db, limit: number): HistoryChange[] {
  const changes: HistoryChange[] = [];
  let cursor = maxAuditId(db);
  while (changes.length < limit && cursor > 0) {
    const group = groupContaining(db, cursor);
    if (group) {
      if (group.role === 'change')
        changes.push(
          toChange(
            db,
            auditRange(db, group.firstId, group.lastId, RECORDS_SHOWN),
            group.label,
            group.lastId - group.firstId + 1,
            group.lastId,
          ),
        );
      cursor = group.firstId - 1;
      continue;
    }
    const row = auditAtOrBefore(db, cursor);
    if (!row) break;
    const rows = [row];
    if (row.action === 'delete') {
      for (let k = row.id - 1; k > 0; k--) {
        const previous = get<AuditMetaRow>(db, `${AUDIT_META} WHERE id = ?`, k);
        if (!previous || groupContaining(db, k) || !isDetachOf(db, previous, row)) break;
        rows.unshift(previous);
      }
    }
    changes.push(toChange(db, rows));
    cursor = rows[0]!.id - 1;
  }
  return changes;
}

export function readHistory(db: Db, limit: number = UNDO_DEPTH): HistoryView {
  const changes = readChanges(db, Math.min(limit, UNDO_DEPTH));
  const nextUndo = changes.find((c) => c.state === 'done') ?? null;
  const newestChangeEnd = changes[0]?.lastAuditId ?? 0;
  let nextRedo: HistoryChange | null = null;
  let nextRedoStep = 0;
  for (const change of changes) {
    if (change.state !== 'undone') continue;
    const step = latestStepFor(db, change.id)!;
    // Redo only what was undone after the newest change: a new change ends the redo stack.
    if (step.firstId > newestChangeEnd && step.firstId > nextRedoStep) {
      nextRedo = change;
      nextRedoStep = step.firstId;
    }
  }
  return { changes, nextUndo, nextRedo };
}

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
    const name = `${labelOf(r.kind).toLowerCase()} “${titleOf((r.expected ?? r.target ?? { id: r.id }) as unknown as Record<string, unknown>)}”`;
    if (r.expected && !r.current)
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: the ${name} no longer exists (it was deleted since). Nothing was changed.`,
      );
    if (r.expected && r.current && contentOf(r.current) !== contentOf(r.expected)) {
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: the ${name} was changed since (now version ${r.current.version}). Nothing was changed.`,
      );
    }
    if (!r.expected && r.current)
      throw new AppError(
        'CONFLICT',
        `Cannot ${what}: a record with the id of the ${name} exists again. Nothing was changed.`,
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
      throw new AppError('NOT_FOUND', 'Nothing to redo: redo is possible right after an undo, before any new change.');
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
