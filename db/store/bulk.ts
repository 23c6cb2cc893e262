/**
 * Bulk actions on a list's selection: tag, add a status event, delete. Each is ONE transaction marked as ONE change
 * (undo.ts asOneChange), so a failure on the 300th record leaves all 300 as they were and one undo reverses the
 * lot. Every record goes through the ordinary write path (validation, audit, search index).
 */
import { AppError } from '../../electron/common/domain/errors';
import type { Dependent } from '../../electron/common/domain/types';
import { isStatusKind, labelOf, type RecordKind } from '../../electron/common/domain/vocab';
import type { WriteContext } from './audit';
import { findDependents } from './dependents';
import { deleteRecord, findRecord, getRecordKind, patchRecord, recordTitle } from './records';
import type { Db } from './sql';
import { addStatusEvent } from './status';
import { asOneChange } from './undo';

export type BulkAction =
  { action: 'tag'; tag: string } | { action: 'status'; event: unknown } | { action: 'delete'; detach?: boolean };

export interface BulkResult {
  changed: number;
  /** The change's label in the history ("Tagged 12 agreements “NATO”"). */
  label: string;
}

function kindsOf(db: Db, ids: readonly string[]): Map<string, RecordKind> {
  const out = new Map<string, RecordKind>();
  for (const id of ids) {
    const kind = getRecordKind(db, id);
    if (!kind) throw new AppError('NOT_FOUND', 'One of the selected records no longer exists. Reload the list.');
    out.set(id, kind);
  }
  return out;
}

function plural(n: number, kinds: Set<RecordKind>): string {
  const [only] = kinds;
  const noun = kinds.size === 1 && only ? labelOf(only).toLowerCase() : 'record';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Dependents of the selection that are not themselves selected: what a bulk delete would break. Each carries
 * the selected record it refers to in `relation` ("signatory of “Agreement X”").
 */
export function bulkDependents(db: Db, ids: readonly string[]): Dependent[] {
  const selected = new Set(ids);
  const out: Dependent[] = [];
  for (const id of ids) {
    for (const d of findDependents(db, id)) if (!selected.has(d.id)) out.push(d);
  }
  return out;
}

/** Runs one bulk action on `ids` (at most 5,000). Errors: NOT_FOUND, VALIDATION (naming the record), HAS_DEPENDENTS. */
export function runBulk(db: Db, ids: readonly string[], what: BulkAction, ctx: WriteContext = {}): BulkResult {
  const unique = [...new Set(ids)];
  const kinds = kindsOf(db, unique);
  const described = plural(unique.length, new Set(kinds.values()));
  const label =
    what.action === 'tag'
      ? `Tagged ${described} “${what.tag}”`
      : what.action === 'status'
        ? `Added a status event to ${described}`
        : `Deleted ${described}`;
  asOneChange(
    db,
    label,
    () => {
      if (what.action === 'delete') {
        const outside = bulkDependents(db, unique);
        if (outside.length > 0 && !what.detach) {
          const list = outside
            .slice(0, 5)
            .map((d) => `${labelOf(d.kind).toLowerCase()} “${d.title}” (${d.relation})`)
            .join('; ');
          throw new AppError(
            'HAS_DEPENDENTS',
            `${outside.length} record${outside.length === 1 ? '' : 's'} outside the selection still refer to it: ${list}${outside.length > 5 ? '…' : ''}. Delete and detach, or leave those records out.`,
            {
              details: outside,
              key: 'store.bulkDependents',
              values: { count: outside.length, list: `${list}${outside.length > 5 ? '…' : ''}` },
            },
          );
        }
      }
      for (const id of unique) {
        const kind = kinds.get(id)!;
        try {
          if (what.action === 'tag')
            patchRecord(
              db,
              kind,
              id,
              (r) => ({ ...r, tags: [...((r as { tags?: string[] }).tags ?? []), what.tag] }),
              ctx,
            );
          else if (what.action === 'status') {
            if (!isStatusKind(kind))
              throw new AppError('VALIDATION', `A ${labelOf(kind).toLowerCase()} has no status timeline.`);
            addStatusEvent(db, kind, id, what.event, ctx);
          } else if (getRecordKind(db, id)) deleteRecord(db, kind, id, { ...ctx, detach: true });
        } catch (error) {
          if (error instanceof AppError && error.code === 'VALIDATION') {
            const record = getRecordKind(db, id) ? ` “${titleOf(db, kind, id)}”` : '';
            throw new AppError('VALIDATION', `${labelOf(kind)}${record}: ${error.message}`, {
              ...(error.fields ? { fields: error.fields } : {}),
            });
          }
          throw error;
        }
      }
    },
    ctx,
  );
  return { changed: unique.length, label };
}

function titleOf(db: Db, kind: RecordKind, id: string): string {
  const record = findRecord(db, kind, id);
  return record ? recordTitle(record) : id;
}
