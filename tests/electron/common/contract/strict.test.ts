/**
 * The whole kind of issue 16 §5 ("the API silently drops unknown fields"): every object any channel accepts, at any
 * depth, is strict, so a field this version does not know is refused by name instead of lost. A tester found
 * `records.create` taking an agreement's `term: { kind, expiry }` (the field is `expires`) and a participant's
 * `nickname` and answering ok with the text gone; this walks every schema so no nested object can slip again.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CONTRACT } from '../../../../electron/common/contract';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { Store } from '../../../../db/store';
import { openTempDb } from '../../../support/temp-db';

/** Paths of every object schema under `schema` that would accept (and drop) a key it does not define. */
function looseObjects(schema: z.ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const found: string[] = [];
  if (def.type === 'object') {
    const catchall = def.catchall as { _zod: { def: { type: string } } } | undefined;
    if (catchall?._zod.def.type !== 'never') found.push(path || '(input)');
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
      found.push(...looseObjects(child, path ? `${path}.${key}` : key, seen));
    return found;
  }
  // Wrappers and containers (optional, nullable, default, pipe/transform, array, union, lazy, record…): walk every
  // schema the definition holds.
  for (const [key, value] of Object.entries(def)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children)
      if (child && typeof child === 'object' && '_zod' in child)
        found.push(...looseObjects(child as z.ZodType, key === 'element' ? `${path}[]` : path, seen));
  }
  if (typeof def.getter === 'function') found.push(...looseObjects((def.getter as () => z.ZodType)(), path, seen));
  return found;
}

describe('the contract refuses unknown fields at every depth', () => {
  it('no channel accepts an object that would drop a key it does not know', () => {
    const loose = Object.entries(CONTRACT).flatMap(([name, channel]) =>
      looseObjects(channel.input as z.ZodType, '').map((path) => `${name}: ${path}`),
    );
    expect(loose).toEqual([]);
  });

  it("a term's misspelt expiry and a participant's nickname are refused by name, and nothing is saved", async () => {
    const { file } = openTempDb();
    const ctx: HandlerContext = {
      store: Store.open(file),
      databaseFile: file,
      transport: 'ipc',
      appVersion: 't',
      host: {},
    };
    const party = await dispatch(ctx, 'records.create', { kind: 'party', draft: { name: 'Italy', type: 'state' } });
    const partyId = (party as { value: { id: string } }).value.id;
    const agreement = await dispatch(ctx, 'records.create', {
      kind: 'agreement',
      draft: { title: 'A', type: 'mou', term: { kind: 'fixed', expiry: '2030' } },
    });
    expect(agreement).toMatchObject({ ok: false, error: { fields: [{ path: 'draft.term.expiry' }] } });
    const meeting = await dispatch(ctx, 'records.create', {
      kind: 'meeting',
      draft: { title: 'M', type: 'call', participants: [{ partyId, nickname: 'Rome' }] },
    });
    expect(meeting).toMatchObject({ ok: false, error: { fields: [{ path: 'draft.participants.0.nickname' }] } });
    expect(ctx.store.countRecords()).toMatchObject({ agreement: 0, meeting: 0 });
    ctx.store.close();
  });
});
