/**
 * Search filters: kind, type, party (with its sub-parties), current status, status as of a
 * date, cooperation area, and date ranges that understand partial dates (a meeting held in
 * "January 2021" is in 2021; an agreement negotiated in "2021" may have been in March).
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../electron/common/domain/errors';
import { patchRecord } from '../../../../../db/store/records';
import { buildFixture, find, search } from './fixture';

function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
}

describe('filters', () => {
  it('by kind and by type, alone or with words', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'training', { kinds: ['meeting'] })).toEqual([ids.parisTalks]);
    expect(find(db, 'training', { kinds: ['agreement', 'programme'] })).toEqual([ids.pilotMou]);
    expect(find(db, '', { kinds: ['programme'] })).toEqual([ids.tempest]);
    expect(find(db, '', { types: ['jwg_session'] })).toEqual([ids.jwgMeeting]);
    expect(find(db, '', { kinds: ['party'] })).toHaveLength(6);
  });

  it('by party includes its sub-parties and the people of them', () => {
    const { db, ids } = buildFixture();
    // Italy: Italy's own records, and those of the Italian MoD and of the Italian Air Force (its grandchild).
    const italy = find(db, '', { partyId: ids.italy });
    expect(italy).toEqual(
      expect.arrayContaining([
        ids.pilotMou,
        ids.logistics,
        ids.jwgMeeting,
        ids.parisTalks,
        ids.tempest,
        ids.crosetto,
        ids.italianAirForce,
      ]),
    );
    expect(italy).not.toContain(ids.kishiCall);
    // The Air Force alone: only what involves it.
    expect(find(db, '', { partyId: ids.italianAirForce }).sort()).toEqual([ids.italianAirForce, ids.pilotMou].sort());
    // Japan: the call with Kishi counts (he speaks for the Japanese MoD, under Japan).
    expect(find(db, 'call', { partyId: ids.japan })).toEqual([ids.kishiCall]);
    expect(find(db, 'training', { partyId: ids.france })).toEqual([ids.parisTalks]);
  });

  it('by current status, and by the status a record had on a date', () => {
    const { db, ids } = buildFixture();
    expect(find(db, '', { statuses: ['signed'] })).toEqual([ids.logistics]);
    expect(find(db, '', { statuses: ['in_force', 'development'] }).sort()).toEqual([ids.pilotMou, ids.tempest].sort());
    // As of 2021 the logistics arrangement was under negotiation, the MoU in force.
    expect(find(db, '', { statuses: ['under_negotiation'], statusAsOf: '2021' })).toEqual([ids.logistics]);
    expect(find(db, '', { statuses: ['signed'], statusAsOf: '2021' })).toEqual([]);
    expect(find(db, '', { statuses: ['signed'], statusAsOf: '31 Dec 2019' })).toEqual([ids.pilotMou]);
    // As of a date, hits show the status they had then.
    const then = search(db, 'logistics arrangement', { statusAsOf: '2021' }).hits[0]!;
    expect(then.status?.status).toBe('under_negotiation');
    const now = search(db, 'logistics arrangement').hits[0]!;
    expect(now.status?.status).toBe('signed');
    // Before anything happened there is no status to match.
    expect(find(db, 'paris', { statuses: ['held', 'planned'], statusAsOf: '2018' })).toEqual([]);
    expect(find(db, 'paris', { statuses: ['planned'], statusAsOf: 'April 2019' })).toEqual([ids.parisTalks]);
  });

  it('a status change is reflected at once (the filter tokens are part of the same write)', () => {
    const { db, ids } = buildFixture();
    patchRecord(db, 'agreement', ids.logistics, (a) => ({
      ...a,
      statusEvents: [...a.statusEvents, { status: 'in_force', date: '2023' }],
    }));
    expect(find(db, '', { statuses: ['signed'] })).toEqual([]);
    expect(find(db, '', { statuses: ['in_force'] }).sort()).toEqual([ids.logistics, ids.pilotMou].sort());
  });

  it('by cooperation area', () => {
    const { db, ids } = buildFixture();
    expect(find(db, '', { areas: ['training'] })).toEqual([ids.pilotMou]);
    expect(find(db, '', { areas: ['logistics', 'industrial_cooperation'] }).sort()).toEqual(
      [ids.logistics, ids.tempest].sort(),
    );
  });

  it('date ranges are partial-date aware: a span overlaps the range', () => {
    const { db, ids } = buildFixture();
    // "2021" finds the meeting held in January 2021, the arrangement under negotiation in 2021, and what was in a
    // state then: the MoU in force since March 2020, Tempest in development since 2018 (status periods run on).
    expect(find(db, '', { kinds: ['meeting'], from: '2021', to: '2021' })).toEqual([ids.jwgMeeting]);
    expect(find(db, '', { from: '2021', to: '2021' }).sort()).toEqual(
      [ids.jwgMeeting, ids.logistics, ids.pilotMou, ids.tempest].sort(),
    );
    // A range of days: only what can fall inside it.
    expect(find(db, '', { from: '1 May 2019', to: '15 May 2019' }).sort()).toEqual(
      [ids.parisTalks, ids.pilotMou, ids.tempest].sort(),
    );
    expect(find(db, '', { kinds: ['meeting'], from: '11 May 2019', to: '31 Dec 2019' })).toEqual([]);
    // "c. 2022" is 2022; open-ended ranges work too.
    expect(find(db, 'call', { from: 'Feb 2022', to: 'March 2022' })).toEqual([ids.kishiCall]);
    expect(find(db, '', { kinds: ['programme'], from: '2026' })).toEqual([ids.tempest]); // first flight 2027
    expect(find(db, '', { kinds: ['meeting'], to: '2020' })).toEqual([ids.parisTalks]);
    // Undated records never match a date filter.
    expect(find(db, '', { kinds: ['party'], from: '1900', to: '2100' })).toEqual([]);
  });

  it('filters combine with each other and with words', () => {
    const { db, ids } = buildFixture();
    // The pilot-training MoU has been in force since March 2020: it is dated in 2021–2022 too.
    expect(
      find(db, 'training OR logistics', { partyId: ids.italy, from: '2021', to: '2022', kinds: ['agreement'] }).sort(),
    ).toEqual([ids.logistics, ids.pilotMou].sort());
    expect(find(db, 'training OR logistics', { partyId: ids.italy, from: '2021', to: '2022', types: ['mou'] })).toEqual(
      [ids.pilotMou],
    );
    expect(find(db, '-france', { kinds: ['meeting'], partyId: ids.italy }).sort()).toEqual([ids.jwgMeeting].sort());
  });

  it('a bad filter gets a clear message naming it', () => {
    const { db } = buildFixture();
    expect(errorOf(() => search(db, 'x', { from: 'not a date' })).message).toMatch(/^From date: Not a date/);
    expect(errorOf(() => search(db, 'x', { from: '2022', to: '2021' })).message).toBe(
      'The date range ends before it starts.',
    );
    expect(errorOf(() => search(db, 'x', { statuses: ['asleep'] })).message).toBe('Unknown status “asleep”.');
    expect(errorOf(() => search(db, 'x', { statusAsOf: 'someday' })).message).toMatch(/^Status as of:/);
    expect(errorOf(() => search(db, 'x', { kinds: ['treaty' as never] })).code).toBe('VALIDATION');
    expect(errorOf(() => search(db, 'x', { partyId: 'Japan' })).message).toMatch(/Not a valid record id/);
  });
});

describe('very broad searches', () => {
  it('rank only the newest matches beyond the window, and say so', async () => {
    const { queryDocs } = await import('../../../../../db/store/search-query');
    const { db, ids } = buildFixture();
    // Five records mention "training" or a party; with a window of 2 only the two newest matches are ranked.
    const match = '{title summary body} : ("training" OR "france" OR "japan")';
    const all = queryDocs(db, { match, order: 'rank', limit: 20, offset: 0 });
    expect(all.windowed).toBe(false);
    expect(all.rows.length).toBeGreaterThan(2);
    const newest = [...all.rows]
      .sort((a, b) => b.docId - a.docId)
      .slice(0, 2)
      .map((r) => r.recordId);
    const windowed = queryDocs(db, { match, order: 'rank', limit: 20, offset: 0, window: 2 });
    expect(windowed.windowed).toBe(true);
    expect(windowed.rows.map((r) => r.recordId).sort()).toEqual(newest.sort());
    // Exactly as many matches as the window: nothing left out, so not "windowed".
    const exact = queryDocs(db, { match, order: 'rank', limit: 20, offset: 0, window: all.rows.length });
    expect(exact.windowed).toBe(false);
    void ids;
  });
});
