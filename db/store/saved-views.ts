/**
 * Saved list views (migration 7; domain/views.ts): preferences, not register data — one transaction per write,
 * not audited, not undone. A spec is read back through the schema; one a later version cannot read opens as an
 * empty view rather than failing the list.
 */
import { ulid } from 'ulid';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import type { RecordKind } from '../../electron/common/domain/vocab';
import {
  listViewSpecSchema,
  savedViewInputSchema,
  type SavedView,
  type SavedViewInput,
} from '../../electron/common/domain/views';
import { inTransaction } from './records';
import type { Db } from './sql';
import { all, get, run } from './sql';

interface Row {
  id: string;
  list: RecordKind;
  name: string;
  spec: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = 'SELECT id, list, name, spec, created_at AS createdAt, updated_at AS updatedAt FROM saved_views';

function toView(row: Row): SavedView {
  let spec: unknown = {};
  try {
    spec = JSON.parse(row.spec);
  } catch {
    // Hand-edited: an empty view.
  }
  const parsed = listViewSpecSchema.safeParse(spec);
  return { ...row, spec: parsed.success ? parsed.data : listViewSpecSchema.parse({}) };
}

/** Every saved view, or one list's, by name. */
export function listSavedViews(db: Db, list?: RecordKind): SavedView[] {
  const rows = list
    ? all<Row>(db, `${SELECT} WHERE list = ? ORDER BY name COLLATE NOCASE`, list)
    : all<Row>(db, `${SELECT} ORDER BY list, name COLLATE NOCASE`);
  return rows.map(toView);
}

function getView(db: Db, id: string): SavedView {
  const row = get<Row>(db, `${SELECT} WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'That saved view no longer exists.');
  return toView(row);
}

function refuseTaken(db: Db, list: string, name: string, exceptId: string | null): void {
  const taken = get(
    db,
    'SELECT 1 AS x FROM saved_views WHERE list = ? AND name = ? COLLATE NOCASE AND id IS NOT ?',
    list,
    name,
    exceptId,
  );
  if (taken)
    throw new AppError('CONFLICT', `A view named “${name}” already exists for this list. Choose another name.`);
}

export function createSavedView(db: Db, input: SavedViewInput, now = new Date()): SavedView {
  const value = parseOrThrow(savedViewInputSchema, input, 'Saved view');
  return inTransaction(db, () => {
    refuseTaken(db, value.list, value.name, null);
    const id = ulid();
    const at = now.toISOString();
    run(
      db,
      'INSERT INTO saved_views (id, list, name, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      id,
      value.list,
      value.name,
      JSON.stringify(value.spec),
      at,
      at,
    );
    return getView(db, id);
  });
}

export function updateSavedView(db: Db, id: string, input: SavedViewInput, now = new Date()): SavedView {
  const value = parseOrThrow(savedViewInputSchema, input, 'Saved view');
  return inTransaction(db, () => {
    getView(db, id);
    refuseTaken(db, value.list, value.name, id);
    run(
      db,
      'UPDATE saved_views SET list = ?, name = ?, spec = ?, updated_at = ? WHERE id = ?',
      value.list,
      value.name,
      JSON.stringify(value.spec),
      now.toISOString(),
      id,
    );
    return getView(db, id);
  });
}

export function deleteSavedView(db: Db, id: string): { deletedId: string } {
  return inTransaction(db, () => {
    getView(db, id);
    run(db, 'DELETE FROM saved_views WHERE id = ?', id);
    return { deletedId: id };
  });
}
