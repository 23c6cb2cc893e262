/**
 * Saved searches round trip through the contract (the same dispatch the app and the preview
 * use): create, list, edit, delete; names unique regardless of case; a failed write changes
 * nothing; filters from an older version that this one no longer understands are dropped, not fatal.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/node/handlers/dispatch';
import type { HandlerContext } from '../../../../../electron/node/handlers/context';
import type { SavedSearch, SearchResult } from '../../../../../electron/common/domain/search';
import { snapshot } from '../../../../support/temp-db';
import { buildFixture } from './fixture';
import { Store } from '../../../../../db/store';

async function call<T>(ctx: HandlerContext, name: string, input: unknown): Promise<T> {
  const reply = await dispatch(ctx, name, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

/** The search fixture with a handler context over it, as the preview server's door would pass. */
function fixtureWithContext() {
  const fixture = buildFixture();
  const ctx: HandlerContext = {
    store: Store.over(fixture.db),
    databaseFile: 'x',
    transport: 'preview',
    appVersion: 'test',
    host: {},
  };
  return { ...fixture, ctx };
}

describe('saved searches', () => {
  it('create, list, run, edit and delete through the contract', async () => {
    const { ids, ctx } = fixtureWithContext();
    const created = await call<SavedSearch>(ctx, 'savedSearches.create', {
      name: 'Japan training',
      query: 'training',
      filters: { partyId: ids.japan, kinds: ['agreement'] },
    });
    expect(created).toMatchObject({
      name: 'Japan training',
      query: 'training',
      filters: { partyId: ids.japan, kinds: ['agreement'] },
    });
    await call(ctx, 'savedSearches.create', {
      name: 'All meetings in 2021',
      query: '',
      filters: { kinds: ['meeting'], from: '2021', to: '2021' },
    });
    const list = await call<SavedSearch[]>(ctx, 'savedSearches.list', {});
    expect(list.map((s) => s.name)).toEqual(['Japan training', 'All meetings in 2021']);

    // Running one is running its query with its filters.
    const run = await call<SearchResult>(ctx, 'search.query', { query: created.query, filters: created.filters });
    expect(run.hits.map((h) => h.id)).toEqual([ids.pilotMou]);

    const edited = await call<SavedSearch>(ctx, 'savedSearches.update', {
      id: created.id,
      search: { name: 'Japan — pilot training', query: '"pilot training"', filters: {} },
    });
    expect(edited).toMatchObject({
      id: created.id,
      name: 'Japan — pilot training',
      query: '"pilot training"',
      filters: {},
    });
    expect(edited.updatedAt >= created.updatedAt).toBe(true);
    expect((await call<SavedSearch[]>(ctx, 'savedSearches.list', {})).find((s) => s.id === created.id)?.name).toBe(
      'Japan — pilot training',
    );

    await call(ctx, 'savedSearches.delete', { id: created.id });
    expect((await call<SavedSearch[]>(ctx, 'savedSearches.list', {})).map((s) => s.name)).toEqual([
      'All meetings in 2021',
    ]);
    const gone = await dispatch(ctx, 'savedSearches.delete', { id: created.id });
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That saved search no longer exists.' },
    });
  });

  it('refuses a duplicate name (any case) or a blank one, and changes nothing', async () => {
    const { db, ctx } = fixtureWithContext();
    const first = await call<SavedSearch>(ctx, 'savedSearches.create', { name: 'Tempest', query: 'tempest' });
    const second = await call<SavedSearch>(ctx, 'savedSearches.create', { name: 'IFTS', query: 'ifts' });
    const before = snapshot(db);
    expect(await dispatch(ctx, 'savedSearches.create', { name: 'TEMPEST', query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'A saved search named “TEMPEST” already exists. Choose another name.' },
    });
    expect(
      await dispatch(ctx, 'savedSearches.update', { id: second.id, search: { name: 'tempest', query: 'ifts' } }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch(ctx, 'savedSearches.create', { name: '   ', query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'A name is required' },
    });
    expect(await dispatch(ctx, 'savedSearches.create', { name: 'Bad', filters: { from: 42 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(snapshot(db)).toEqual(before);
    // Renaming to its own name in another case is fine.
    expect(
      (
        await call<SavedSearch>(ctx, 'savedSearches.update', {
          id: first.id,
          search: { name: 'TEMPEST', query: 'tempest' },
        })
      ).name,
    ).toBe('TEMPEST');
  });

  it('a stored filter this version does not understand is dropped, the rest kept', async () => {
    const { db, ids, ctx } = fixtureWithContext();
    const saved = await call<SavedSearch>(ctx, 'savedSearches.create', {
      name: 'Old',
      query: 'x',
      filters: { partyId: ids.italy },
    });
    db.prepare('UPDATE saved_searches SET filters = ? WHERE id = ?').run(
      JSON.stringify({ partyId: ids.italy, mood: 'optimistic', kinds: ['spaceship'] }),
      saved.id,
    );
    const [read] = await call<SavedSearch[]>(ctx, 'savedSearches.list', {});
    expect(read!.filters).toEqual({ partyId: ids.italy });
    db.prepare('UPDATE saved_searches SET filters = ? WHERE id = ?').run('{not json', saved.id);
    expect((await call<SavedSearch[]>(ctx, 'savedSearches.list', {}))[0]!.filters).toEqual({});
  });
});
