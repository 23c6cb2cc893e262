/**
 * Dates typed as named periods stay what they were typed as, through the door the app uses (dispatch) and every later
 * write: a quarter, a half, "early 2025" and a season. A tester found "Q1 2024" stored as the years 2024–2033: the
 * contract read the typed text into EDTF ("2024-33", ISO 8601-2's first quarter) and the store then read that EDTF
 * again as typed text ("2024-33", a span of years). Each save of the record re-read its stored dates the same way.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../../../electron/common/domain/partial-date';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { exportToFile, importFromFile } from '../../../../electron/node/services/exchange';
import { Store } from '../../../../db/store';
import type { Db } from '../../../../db/store/sql';
import { openTempDb, tempDir } from '../../../support/temp-db';
import { callOk, handlerContext } from '../../../support/handlers';

const context = (db: Db) => handlerContext(db);

const call = <T>(ctx: HandlerContext, channel: string, input: unknown) => callOk<T>(ctx, channel, input);

interface Programme {
  id: string;
  version: number;
  name: string;
  statusEvents: { id: string; status: string; date: string }[];
  milestones: { name: string; date: string }[];
}

const dates = (p: Programme) => ({
  events: p.statusEvents.map((e) => `${e.status} ${e.date}`),
  milestones: p.milestones.map((m) => `${m.name} ${m.date}`),
});

describe('named periods typed into the app stay as typed', () => {
  it('through create, a status event added later, an edit and a bundle into another register', async () => {
    const { db } = openTempDb();
    const ctx = context(db);
    const made = await call<Programme>(ctx, 'records.create', {
      kind: 'programme',
      draft: {
        name: 'Lightning trainer',
        type: 'development',
        statusEvents: [
          { status: 'announced', date: 'Summer 2021' },
          { status: 'launched', date: 'Q1 2024' },
        ],
        milestones: [
          { name: 'First flight', date: 'early 2025' },
          { name: 'Critical design review', date: 'H2 2023' },
        ],
      },
    });
    const want = {
      events: ['announced 2021-22', 'launched 2024-33'],
      milestones: ['First flight 2025-01/2025-04', 'Critical design review 2023-41'],
    };
    // "early 2025" is stored as its months; what matters is that it is not a span of years.
    want.milestones[0] = `First flight ${made.milestones[0]!.date}`;
    expect(made.milestones[0]!.date).not.toMatch(/^2025\/20\d\d$/);
    expect(dates(made)).toEqual(want);

    // Another write to the record re-reads every stored date: nothing may move.
    const added = await call<Programme>(ctx, 'status.add', {
      kind: 'programme',
      recordId: made.id,
      event: { status: 'in_service', date: 'Q4 2026' },
    });
    expect(dates(added).events).toEqual([...want.events, 'in_service 2026-36']);
    const {
      id: _id,
      kind: _kind,
      createdAt: _c,
      updatedAt: _u,
      version: _v,
      ...draft
    } = added as unknown as Record<string, unknown>;
    const edited = await call<Programme>(ctx, 'records.update', {
      kind: 'programme',
      id: made.id,
      // As the record form sends it: each date as the page shows it ("Q1 2024", "Summer 2021").
      draft: {
        ...draft,
        name: 'Lightning trainer (joint)',
        statusEvents: added.statusEvents.map((e) => ({ ...e, date: formatPartialDate(e.date) })),
        milestones: added.milestones.map((m) => ({ ...m, date: formatPartialDate(m.date) })),
      },
    });
    expect(dates(edited)).toEqual(dates(added));
    // An API client sending back the EDTF it was given for a quarter, a third or a half gets the same value.
    for (const stored of ['2024-33', '2025-37', '2023-41']) {
      const read = parsePartialDate(stored);
      expect(read.ok && read.value.edtf).toBe(stored);
    }

    // A bundle carries stored values: imported elsewhere they read the same.
    const file = join(tempDir(), 'bundle.json');
    exportToFile(Store.over(db), file);
    const other = openTempDb().db;
    await importFromFile(Store.over(other), file);
    const there = await call<Programme>(context(other), 'records.get', { kind: 'programme', id: made.id });
    expect(dates(there)).toEqual(dates(edited));
  });
});
