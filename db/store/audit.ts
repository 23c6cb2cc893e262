/**
 * The audit trail: one row per write with full before/after snapshots, which is what
 * history views, undo and "who changed this" all read. Rows are never updated.
 */
import { userInfo } from 'node:os';
import type { AnyRecord, AuditEntry } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import type { Db } from './sql';
import { all, run } from './sql';

export interface WriteContext {
  /** Who is writing; defaults to the operating-system user. */
  actor?: string;
  /** The clock, for deterministic tests and imports. */
  now?: Date;
}

let cachedOsUser: string | undefined;
export function osUser(): string {
  if (cachedOsUser === undefined) {
    try {
      cachedOsUser = userInfo().username || 'unknown';
    } catch {
      cachedOsUser = process.env.USER ?? process.env.USERNAME ?? 'unknown';
    }
  }
  return cachedOsUser;
}

const BOOKKEEPING = new Set(['updatedAt', 'version', 'createdAt']);

/** Top-level fields whose value differs, for a one-line audit summary. */
export function changedFields(before: AnyRecord, after: AnyRecord): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return Object.keys(b).filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function appendAudit(
  db: Db,
  ctx: WriteContext,
  entry: {
    record: AnyRecord;
    action: AuditEntry['action'];
    before: AnyRecord | null;
    after: AnyRecord | null;
    summary: string;
  },
): void {
  run(
    db,
    `INSERT INTO audit (at, actor, record_id, record_kind, action, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    (ctx.now ?? new Date()).toISOString(),
    ctx.actor ?? osUser(),
    entry.record.id,
    entry.record.kind,
    entry.action,
    entry.summary,
    entry.before ? JSON.stringify(entry.before) : null,
    entry.after ? JSON.stringify(entry.after) : null,
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  recordId: string;
  recordKind: RecordKind;
  action: AuditEntry['action'];
  summary: string;
  beforeJson: string | null;
  afterJson: string | null;
}

const AUDIT_COLUMNS = `id, at, actor, record_id AS recordId, record_kind AS recordKind, action, summary,
  before_json AS beforeJson, after_json AS afterJson`;

function toEntry(row: AuditRow): AuditEntry {
  const { beforeJson, afterJson, ...rest } = row;
  return {
    ...rest,
    before: beforeJson ? (JSON.parse(beforeJson) as AnyRecord) : null,
    after: afterJson ? (JSON.parse(afterJson) as AnyRecord) : null,
  };
}

/** A record's history, newest first. */
export function listAudit(db: Db, recordId: string, limit = 200): AuditEntry[] {
  return all<AuditRow>(
    db,
    `SELECT ${AUDIT_COLUMNS} FROM audit WHERE record_id = ? ORDER BY id DESC LIMIT ?`,
    recordId,
    limit,
  ).map(toEntry);
}

/** The latest changes across all records, newest first (dashboard, undo). */
export function recentAudit(db: Db, limit = 50, beforeId?: number): AuditEntry[] {
  return all<AuditRow>(
    db,
    `SELECT ${AUDIT_COLUMNS} FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?`,
    beforeId ?? Number.MAX_SAFE_INTEGER,
    limit,
  ).map(toEntry);
}
