/**
 * Saved searches: a name, the query text and the filters, listed in the sidebar. Each write is
 * one transaction; they are preferences rather than register data, so they are not audited.
 * Filters are stored as JSON and read back through the same schema, so a saved search from an
 * older version with a filter this version no longer knows still opens (the unknown part is dropped).
 */
import { newId as ulid } from './ids';
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import {
  savedSearchInputSchema,
  searchFiltersSchema,
  type SavedSearch,
  type SavedSearchInput,
} from '../../electron/common/domain/search';
import type { Db } from './sql';
import { asAppError } from './records';
import { all, get, run } from './sql';

interface Row {
  id: string;
  name: string;
  query: string;
  filters: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = 'SELECT id, name, query, filters, created_at AS createdAt, updated_at AS updatedAt FROM saved_searches';

function readFilters(json: string): SavedSearch['filters'] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const whole = searchFiltersSchema.safeParse(raw);
  if (whole.success) return whole.data;
  // Keep every filter that is still valid on its own.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw && typeof raw === 'object' ? raw : {})) {
    if (searchFiltersSchema.safeParse({ [key]: value }).success) kept[key] = value;
  }
  return searchFiltersSchema.parse(kept);
}

function toSaved(row: Row): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    filters: readFilters(row.filters),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listSavedSearches(db: Db): SavedSearch[] {
  return all<Row>(db, `${SELECT} ORDER BY position, name COLLATE NOCASE`).map(toSaved);
}

export function getSavedSearch(db: Db, id: string): SavedSearch {
  const row = get<Row>(db, `${SELECT} WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'That saved search no longer exists.');
  return toSaved(row);
}

function nameTaken(db: Db, name: string, exceptId: string | null): boolean {
  return (
    get<{ id: string }>(
      db,
      'SELECT id FROM saved_searches WHERE name = ? COLLATE NOCASE AND id IS NOT ?',
      name,
      exceptId,
    ) !== undefined
  );
}

function write<T>(db: Db, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    throw asAppError(error);
  }
}

export function createSavedSearch(db: Db, input: SavedSearchInput, now: Date = new Date()): SavedSearch {
  const value = parseOrThrow(savedSearchInputSchema, input, 'Saved search');
  return write(db, () => {
    if (nameTaken(db, value.name, null))
      throw new AppError('CONFLICT', `A saved search named “${value.name}” already exists. Choose another name.`);
    const id = ulid();
    const at = now.toISOString();
    const position =
      get<{ next: number }>(db, 'SELECT coalesce(max(position), -1) + 1 AS next FROM saved_searches')?.next ?? 0;
    run(
      db,
      'INSERT INTO saved_searches (id, name, query, filters, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      id,
      value.name,
      value.query,
      JSON.stringify(value.filters),
      position,
      at,
      at,
    );
    return getSavedSearch(db, id);
  });
}

export function updateSavedSearch(db: Db, id: string, input: SavedSearchInput, now: Date = new Date()): SavedSearch {
  const value = parseOrThrow(savedSearchInputSchema, input, 'Saved search');
  return write(db, () => {
    getSavedSearch(db, id);
    if (nameTaken(db, value.name, id))
      throw new AppError('CONFLICT', `A saved search named “${value.name}” already exists. Choose another name.`);
    run(
      db,
      'UPDATE saved_searches SET name = ?, query = ?, filters = ?, updated_at = ? WHERE id = ?',
      value.name,
      value.query,
      JSON.stringify(value.filters),
      now.toISOString(),
      id,
    );
    return getSavedSearch(db, id);
  });
}

export function deleteSavedSearch(db: Db, id: string): { deletedId: string } {
  return write(db, () => {
    getSavedSearch(db, id);
    run(db, 'DELETE FROM saved_searches WHERE id = ?', id);
    return { deletedId: id };
  });
}
