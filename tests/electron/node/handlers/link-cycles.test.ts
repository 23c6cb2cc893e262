/**
 * Ordering links cannot go round in a circle (fresh tester: "Tempest merged into GCAP" and "GCAP merged into Tempest"
 * were both accepted, and so were longer circles). Through the door the app uses (dispatch): the write is refused with
 * a message naming the records in the user's words, and the register is exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/store/sql';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import { openTempDb } from '../../../support/temp-db';
import { handlerContext } from '../../../support/handlers';

interface Reply {
  ok: boolean;
  value?: { id: string; version: number } & Record<string, unknown>;
  error?: { message: string; fields?: { path: string; message: string }[] };
}

function setUp() {
  const { db } = openTempDb();
  const ctx = handlerContext(db);
  const call = async (channel: string, input: unknown) =>
    (await dispatch(ctx, channel as never, input as never)) as Reply;
  const programme = async (name: string, links: { targetId: string; kind: string }[] = []) =>
    (await call('records.create', { kind: 'programme', draft: { name, type: 'development', links } })).value!;
  const relink = (p: Reply['value'] & {}, links: { targetId: string; kind: string }[]) => {
    const { id, kind: _k, createdAt: _c, updatedAt: _u, version, ...draft } = p;
    return call('records.update', { kind: 'programme', id, expectedVersion: version, draft: { ...draft, links } });
  };
  return { db, call, programme, relink };
}

/** Everything a refused write could have touched. */
const snapshot = (db: Db) =>
  JSON.stringify([
    db.prepare('SELECT * FROM record_links ORDER BY source_id, position').all(),
    db.prepare('SELECT id, version, updated_at FROM records ORDER BY id').all(),
    db.prepare('SELECT count(*) AS n FROM audit').get(),
  ]);

describe('links that go round in a circle', () => {
  it('GCAP merged into Tempest after Tempest merged into GCAP: refused, named, nothing written', async () => {
    const { db, programme, relink } = setUp();
    const gcap = await programme('GCAP');
    await programme('Tempest', [{ targetId: gcap.id, kind: 'merged_into' }]);
    const tempestId = (
      db.prepare("SELECT record_id AS id FROM search_docs WHERE title = 'Tempest'").get() as { id: string }
    ).id;
    const before = snapshot(db);
    const reply = await relink(gcap, [{ targetId: tempestId, kind: 'merged_into' }]);
    expect(reply.ok).toBe(false);
    expect(reply.error!.message).toBe(
      'These links would go round in a circle: “GCAP” merged into “Tempest”, “Tempest” merged into “GCAP”. ' +
        'A record cannot be merged into one that is, directly or through others, merged into it; remove one of the links.',
    );
    expect(reply.error!.fields?.[0]?.path).toBe('links.0.targetId');
    expect(snapshot(db)).toBe(before);
  });

  it('a longer circle of successions (A succeeds B succeeds C succeeds A) is refused too; a chain is not', async () => {
    const { db, programme, relink } = setUp();
    const c = await programme('C');
    const b = await programme('B', [{ targetId: c.id, kind: 'succeeds' }]);
    const a = await programme('A', [{ targetId: b.id, kind: 'succeeds' }]);
    const before = snapshot(db);
    const related = { targetId: b.id, kind: 'related' };
    const reply = await relink(c, [related, { targetId: a.id, kind: 'succeeds' }]);
    expect(reply.error?.message).toMatch(
      /^These links would go round in a circle: “C” succeeds “A”, “A” succeeds “B”, “B” succeeds “C”\./,
    );
    expect(reply.error?.fields?.[0]?.path).toBe('links.1.targetId');
    expect(snapshot(db)).toBe(before);
    // Other kinds do not order records: C related to B while B succeeds C is fine.
    expect((await relink(c, [related])).ok).toBe(true);
  });
});
