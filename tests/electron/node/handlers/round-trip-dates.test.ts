/**
 * Seasons sent back as EDTF (fresh tester): an API client read a programme whose milestone is summer 2021 (EDTF
 * "2021-22"), changed its name and sent the record back as read — and the milestone became the years 2021–2022,
 * because "2021-22" typed is a financial-year span. Rule (round-trip-dates.ts): on update, a date sent with exactly
 * the EDTF the record stores at that place is kept; other text is read as typed, so typed "2020-21" stays 2020–21.
 */
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../../electron/common/domain/partial-date';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { openTempDb } from '../../../support/temp-db';
import { callOk, handlerContext, type Loose } from '../../../support/handlers';

interface Programme extends Loose {
  milestones: { id: string; name: string; date: string }[];
  statusEvents: { id: string; status: string; date: string }[];
}

const call = <T = Loose>(ctx: HandlerContext, channel: string, input: unknown) => callOk<T>(ctx, channel, input);

/** What an API client sends back: the record as read, less what the contract does not take. */
const asRead = (p: Programme, change: Record<string, unknown>) => {
  const { id, kind: _k, createdAt: _c, updatedAt: _u, version, ...draft } = p;
  return { kind: 'programme', id, expectedVersion: version, draft: { ...draft, ...change } };
};

describe('dates sent back as they were read', () => {
  it('summer 2021 (EDTF 2021-22) stays summer 2021 when the record comes back unchanged; typed 2020-21 stays a span', async () => {
    const { db } = openTempDb();
    const ctx = handlerContext(db);
    const made = await call<Programme>(ctx, 'records.create', {
      kind: 'programme',
      draft: {
        name: 'Lightning trainer',
        type: 'development',
        milestones: [
          { name: 'Trials', date: 'summer 2021' },
          { name: 'Budget', date: '2020-21' },
        ],
        statusEvents: [{ status: 'announced', date: 'autumn 2022' }],
      },
    });
    expect(made.milestones.map((m) => m.date)).toEqual(['2021-22', '2020/2021']);
    const read = await call<Programme>(ctx, 'records.get', { kind: 'programme', id: made.id });
    const sentBack = await call<Programme>(ctx, 'records.update', asRead(read, { name: 'Lightning trainer (joint)' }));
    expect(sentBack.milestones.map((m) => formatPartialDate(m.date))).toEqual(['summer 2021', '2020–2021']);
    expect(sentBack.statusEvents.map((e) => e.date)).toEqual(['2022-23']);
    // A NEW value is read as typed: "2022-23" sent where the record held something else is the years 2022–2023.
    const retyped = await call<Programme>(
      ctx,
      'records.update',
      asRead(sentBack, { milestones: [{ ...sentBack.milestones[0]!, date: '2022-23' }, sentBack.milestones[1]!] }),
    );
    expect(retyped.milestones.map((m) => m.date)).toEqual(['2022/2023', '2020/2021']);
  });
});
