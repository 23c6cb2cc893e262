/**
 * The history undo and redo work on, read from the audit trail: the last changes (one person's action in one
 * transaction — an audit row, or a change_groups group such as an import, or a delete with the detaching updates
 * written just before it), newest first, each marked done or undone, and which one Undo and Redo would take.
 * Reading only; undo.ts writes the steps.
 */
import type { RecordKind } from '../../electron/common/domain/vocab';
import { labelOf } from '../../electron/common/domain/vocab';
import type { Db } from './sql';
import { all, get } from './sql';

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

export interface GroupRow {
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

export function latestStepFor(db: Db, changeId: number): GroupRow | undefined {
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
