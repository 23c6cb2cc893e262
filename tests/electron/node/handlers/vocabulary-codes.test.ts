/**
 * An API caller (the preview API, the CLI's --json, a script) must send vocabulary codes ("mou", "in_force"), so a
 * wrong code is answered with the codes it may send — not only the UI's labels ("MoU", "In force"), which the
 * caller cannot send back (fresh tester: records.create with type "memorandum" listed "Agreement, MoU…").
 * Through dispatch(), the door the preview API and the app use.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../db/store';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import { openTempDb } from '../../../support/temp-db';

interface Reply {
  ok: boolean;
  value?: { id: string; version: number };
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
}

function context(): HandlerContext {
  const { db } = openTempDb();
  return { store: Store.over(db), databaseFile: 't', transport: 'preview', appVersion: 't', host: {} };
}

const call = async (ctx: HandlerContext, channel: string, input: unknown) =>
  (await dispatch(ctx, channel as never, input as never)) as Reply;

describe('wrong vocabulary codes at the API', () => {
  it('records.create with a wrong type and status names the codes to send beside the UI labels', async () => {
    const ctx = context();
    const reply = await call(ctx, 'records.create', {
      kind: 'agreement',
      draft: { title: 'MoU on logistics', type: 'MoU', statusEvents: [{ status: 'In force', date: '2021' }] },
    });
    expect(reply.ok).toBe(false);
    const messages = reply.error!.fields!.map((f) => f.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Choose an agreement type: Treaty, MoU, .* — send one of the codes treaty, mou, technical_arrangement,/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/Choose a status: .* — send one of the codes .*\bin_force\b/),
    );
    expect(reply.error!.message).toContain('send one of the codes treaty, mou');
  });

  it('records.update with a wrong cooperation area, and a wrong record kind, name the codes', async () => {
    const ctx = context();
    const made = await call(ctx, 'records.create', { kind: 'agreement', draft: { title: 'Arrangement', type: 'mou' } });
    const update = await call(ctx, 'records.update', {
      kind: 'agreement',
      id: made.value!.id,
      expectedVersion: made.value!.version,
      draft: { title: 'Arrangement', type: 'mou', areas: ['Logistics'] },
    });
    expect(update.error?.message).toMatch(
      /Choose a cooperation area: Training, .* — send one of the codes training, .*, logistics, .*, space, other($|;)/,
    );
    const kind = await call(ctx, 'records.create', { kind: 'Agreement', draft: { title: 'x', type: 'mou' } });
    expect(kind.error?.message).toContain('send one of the codes party, person, agreement');
  });
});
