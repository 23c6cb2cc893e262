/**
 * The timeline view's scopes through dispatch() (the door the page uses), on a generated register of ~1,400 records:
 * a programme covers exactly itself and the records its detail page relates to it; a search covers exactly the
 * search's whole result set, with the date chips and filters the search page applies.
 */
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../../electron/common/domain/report';
import type { SearchInput, SearchResult } from '../../../../electron/common/domain/search';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import type { Db } from '../../../../db/store/sql';
import { openTempDb } from '../../../support/temp-db';
import { handlerContext, value } from '../../../support/handlers';
import { addProgrammeFamily } from '../../../support/programme-family';
import { generateTreatyRegister } from '../../../support/treaty-register';

const TODAY = '2026-06-15';

const context = (db: Db) => handlerContext(db);

function setUp() {
  const { db } = openTempDb();
  const reg = generateTreatyRegister(db, TODAY);
  const tempest = addProgrammeFamily(db, reg, 'Lightning trainer', 0);
  const other = addProgrammeFamily(db, reg, 'Harbour drone', 10);
  return { db, reg, tempest, other, ctx: context(db) };
}

/** Every hit of the search page's query, page by page (a page holds at most 200). */
async function allHits(ctx: HandlerContext, input: SearchInput): Promise<SearchResult['hits']> {
  const hits: SearchResult['hits'] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await value<SearchResult>(dispatch(ctx, 'search.query', { ...input, limit: 200, offset }));
    hits.push(...page.hits);
    if (!page.hasMore) return hits;
  }
}

const timed = (hits: SearchResult['hits']) =>
  hits
    .filter((h) => h.kind !== 'party' && h.kind !== 'person')
    .map((h) => h.id)
    .sort();

describe('timeline scopes on a generated register', () => {
  // A fresh register per test (temp databases are closed after each).

  it('a programme covers exactly itself, its working groups, their sessions, founding agreements and meetings', async () => {
    const { reg, tempest, other, ctx } = setUp();
    expect(reg.records).toBeGreaterThan(1_000);
    const data = await value<ReportData>(
      dispatch(ctx, 'reports.data', { request: { programmeId: tempest.programme, includeMeetings: true } }),
    );
    const ids = data.records.map((r) => r.id).sort();
    expect(ids).toEqual([...tempest.expected].sort());
    expect(new Set(data.records.map((r) => r.kind))).toEqual(
      new Set(['programme', 'working_group', 'agreement', 'meeting']),
    );
    expect(ids.some((id) => other.expected.includes(id))).toBe(false);
    expect(data.scope.lines[0]).toMatch(/^Programme: Lightning trainer \(with its working groups/);
  });

  it('a search covers exactly the search page’s whole result set, date chips and filters included', async () => {
    const { reg, ctx } = setUp();
    const questions: SearchInput[] = [
      // A date chip ("2021") and words: the January 2021 Japan training session and its like.
      { query: 'japan training 2021', mode: 'typing' },
      // The same words with the chip removed: the year is read as a word again, a different set.
      { query: 'japan training 2021', mode: 'typing', datesAsText: ['2021'] },
      // Broad: hundreds of agreements, more than a page of results; a kind filter and a date range.
      { query: 'cooperation', filters: { kinds: ['agreement'], from: '1994', to: '2019' } },
      { query: 'session', filters: { kinds: ['meeting', 'working_group'] }, mode: 'exact' },
    ];
    const sizes: number[] = [];
    for (const search of questions) {
      const expected = timed(await allHits(ctx, search));
      const data = await value<ReportData>(
        dispatch(ctx, 'reports.data', { request: { search, includeMeetings: true } }),
      );
      expect(data.records.map((r) => r.id).sort(), search.query).toEqual(expected);
      sizes.push(expected.length);
    }
    expect(sizes[0]).toBeGreaterThan(0);
    expect(sizes[0]).not.toBe(sizes[1]);
    expect(sizes[2]).toBeGreaterThan(200);
    const withChip = await value<ReportData>(
      dispatch(ctx, 'reports.data', { request: { search: questions[0]!, includeMeetings: true } }),
    );
    expect(withChip.records.map((r) => r.id)).toContain(reg.japanTrainingSession);
    expect(withChip.scope.lines).toContain('Search: “japan training 2021” (dates: 2021), every record it finds');
  });

  it('a search that finds nothing scopes nothing (not the whole register); unknown fields are refused', async () => {
    const { ctx } = setUp();
    const none = await value<ReportData>(
      dispatch(ctx, 'reports.data', { request: { search: { query: 'zanzibar' }, includeMeetings: true } }),
    );
    expect(none.records).toEqual([]);
    const refused = await dispatch(ctx, 'reports.data', {
      request: { search: { query: 'japan', limit: 5 } as SearchInput },
    });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error.message).toMatch(/limit/);
  });
});
