/**
 * Exchange and API input are strict and honest (issue 16 §5): a bundle saved with a byte-order
 * mark is read; times later than this computer's clock are refused, listed; unknown fields are
 * refused by name at the contract and in bundles; field names such as "constructor" or
 * "__proto__" are fields like any other (no prototype-chain lookups), refused as unknown.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { countRecords } from '../../../../../db/store/records';
import { dispatch } from '../../../../../electron/node/handlers/dispatch';
import type { HandlerContext } from '../../../../../electron/node/handlers/context';
import {
  bundleText,
  exportBundle,
  importBundleText,
  parseBundleText,
  type Bundle,
} from '../../../../../electron/node/services/exchange';
import { openTempDb } from '../../../../support/temp-db';
import { allRows } from '../../../../safety/support';

function bundleOf(): Bundle {
  const { db } = openTempDb();
  loadSeedArticle(db);
  return JSON.parse(bundleText(exportBundle(Store.over(db)))) as Bundle;
}

function errorOf(work: () => unknown): { message: string; fields?: { path: string; message: string }[] } {
  try {
    work();
  } catch (error) {
    return error as { message: string; fields?: { path: string; message: string }[] };
  }
  throw new Error('expected a refusal');
}

describe('bundles', () => {
  it('a bundle saved with a UTF-8 byte-order mark is read like any other', () => {
    const text = `\uFEFF${JSON.stringify(bundleOf())}`;
    const target = openTempDb();
    const report = importBundleText(Store.over(target.db), text);
    expect(report.created.length).toBe(17);
    expect(countRecords(target.db).meeting).toBe(4);
  });

  it("records dated after this computer's clock are refused, each listed, and nothing is written", () => {
    const bundle = bundleOf();
    const now = new Date(Date.parse(bundle.exportedAt) + 3_600_000);
    const future = structuredClone(bundle);
    Object.assign(future.records[2]!, { updatedAt: '2099-01-01T00:00:00.000Z' });
    Object.assign(future.records[5]!, { updatedAt: new Date(now.getTime() + 86_400_000).toISOString() });
    const target = openTempDb();
    const before = allRows(target.db);
    const error = errorOf(() => importBundleText(Store.over(target.db), JSON.stringify(future), { now }));
    expect(error.message).toMatch(/^Nothing was imported: 2 records are dated later than this computer's clock/);
    expect(error.message).toContain(now.toISOString());
    expect(error.message).toContain('2099-01-01T00:00:00.000Z');
    expect(error.fields?.map((f) => f.path)).toEqual([
      expect.stringContaining(String(future.records[2]!.id)),
      expect.stringContaining(String(future.records[5]!.id)),
    ]);
    expect(() => importBundleText(Store.over(target.db), JSON.stringify(future), { now, dryRun: true })).toThrow(
      /dated later/,
    );
    expect(allRows(target.db)).toEqual(before);
    // A clock a couple of minutes ahead is ordinary drift, not a refusal.
    const drift = structuredClone(bundle);
    Object.assign(drift.records[2]!, { updatedAt: new Date(now.getTime() + 180_000).toISOString() });
    expect(importBundleText(Store.over(target.db), JSON.stringify(drift), { now }).created.length).toBe(17);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'colour'])(
    'a record field named %j is refused by name, at the top and nested',
    (key) => {
      const bundle = bundleOf();
      const meeting = bundle.records.findIndex(
        (r) => r.kind === 'meeting' && Array.isArray(r.statusEvents) && r.statusEvents.length,
      );
      const text = JSON.stringify(bundle).replace(
        `"id":"${String(bundle.records[meeting]!.id)}",`,
        `"id":"${String(bundle.records[meeting]!.id)}","${key}":{"polluted":true},`,
      );
      expect(text).toContain(`"${key}":{"polluted":true}`);
      const top = errorOf(() => parseBundleText(text));
      expect(top.message).toMatch(
        new RegExp(`records\\[${meeting}\\]\\.${key}: “${key}” is not a field Entente knows`),
      );
      const nested = structuredClone(bundle);
      const events = nested.records[meeting]!.statusEvents as Record<string, unknown>[];
      const nestedText = JSON.stringify(nested).replace(
        `"id":"${String(events[0]!.id)}",`,
        `"id":"${String(events[0]!.id)}","${key}":1,`,
      );
      expect(errorOf(() => parseBundleText(nestedText)).message).toMatch(
        new RegExp(`records\\[${meeting}\\]\\.statusEvents\\.0\\.${key}: “${key}”`),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('the contract (every channel is one dispatch away)', () => {
  const ctxOf = (): HandlerContext => {
    const { db, file } = openTempDb();
    return { store: Store.over(db), databaseFile: file, transport: 'preview', appVersion: 'test', host: {} };
  };

  it('a programme created with "summary" (programmes call it "description") is refused, naming the field', async () => {
    const ctx = ctxOf();
    const reply = await dispatch(ctx, 'records.create', {
      kind: 'programme',
      draft: { name: 'GCAP', type: 'development', summary: 'Would be lost' },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: [
          { path: 'draft.summary', message: expect.stringMatching(/“summary” is not a field Entente knows in draft/) },
        ],
      },
    });
    expect(ctx.store.countRecords().programme).toBe(0);
  });

  it('unknown fields are refused at every level of every channel that takes an object', async () => {
    const ctx = ctxOf();
    const created = await dispatch(ctx, 'records.create', { kind: 'party', draft: { name: 'Italy', type: 'state' } });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    const cases: [string, unknown, string][] = [
      ['records.create', { kind: 'party', draft: { name: 'X', type: 'state' }, extra: 1 }, 'extra'],
      ['records.update', { kind: 'party', id, draft: { name: 'X', type: 'state' }, force: true }, 'force'],
      [
        'records.update',
        { kind: 'party', id, draft: { name: 'X', type: 'state', constructor: 1 } },
        'draft.constructor',
      ],
      ['records.update', { kind: 'party', id, draft: { name: 'X', type: 'state', version: 3 } }, 'draft.version'],
      ['search.query', { query: 'x', filters: { colour: 'red' } }, 'filters.colour'],
      ['status.add', { kind: 'meeting', recordId: id, event: { status: 'held' }, toString: 'x' }, 'toString'],
    ];
    for (const [name, input, path] of cases) {
      const reply = await dispatch(ctx, name, input);
      expect({ name, reply }).toMatchObject({ name, reply: { ok: false, error: { fields: [{ path }] } } });
    }
    const event = await dispatch(ctx, 'records.create', {
      kind: 'meeting',
      draft: { title: 'M', type: 'call', statusEvents: [{ status: 'held', date: '2021', colour: 'red' }] },
    });
    expect(event).toMatchObject({ ok: false, error: { fields: [{ path: 'draft.statusEvents.0.colour' }] } });
  });
});
