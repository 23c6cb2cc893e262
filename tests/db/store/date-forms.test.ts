/**
 * The new date forms (open ranges, named periods, Japanese, "today") through the real store: the
 * four stored columns, ORDER BY on the sort key, list date filters, and search by date tokens and
 * date filters all treat them as the model does.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../db/store';
import { comparePartialDates, fromEdtf, sortKey, todayIso } from '../../../electron/common/domain/partial-date';
import { searchRecords } from '../../../electron/node/services/search/search';
import { listSummaries } from '../../../db/store/lists';
import { createRecord } from '../../../db/store/records';
import { openTempDb } from '../../support/temp-db';

const WRITTEN = [
  'from 2019',
  'until 2019',
  '2019/',
  'Q1 2024',
  'H2 2021',
  'early 2021',
  'mid 2021',
  'late 2021',
  'spring 2021',
  'winter 2021',
  '1990s',
  "anni '90",
  '２０２１年１月',
  '令和3年4月1日',
  'circa 2019',
  'fine 2021',
  'today',
  'c. Q1 2024',
  'Q1–Q3 2024',
];

describe('stored columns', () => {
  it('keep the EDTF value, its sort key and the first and last day of every new form', () => {
    const { db } = openTempDb();
    const p = createRecord(db, 'programme', {
      name: 'Forms',
      type: 'research',
      milestones: WRITTEN.map((date, i) => ({ name: `M${i}`, date })),
    });
    const rows = db
      .prepare(
        'SELECT name, date, date_sort AS sort, date_from AS "from", date_to AS "to" FROM programme_milestones WHERE programme_id = ? ORDER BY date_sort, position',
      )
      .all(p.id) as { name: string; date: string; sort: string; from: string; to: string }[];
    expect(rows).toHaveLength(WRITTEN.length);
    for (const row of rows) {
      const v = fromEdtf(row.date);
      expect(row).toEqual({ name: row.name, date: v.edtf, sort: sortKey(v), from: v.from, to: v.to });
    }
    expect(rows.map((r) => r.date)).toEqual(p.milestones.map((m) => m.date).sort(comparePartialDates));
    const byName = new Map(rows.map((r) => [r.name, r.date]));
    expect(byName.get('M0')).toBe('2019/..');
    expect(byName.get('M1')).toBe('../2019');
    expect(byName.get('M2')).toBe('2019/..');
    expect(byName.get('M3')).toBe('2024-33');
    expect(byName.get('M10')).toBe('199X');
    expect(byName.get('M13')).toBe('2021-04-01');
    expect(byName.get('M16')).toBe(todayIso());
  });
});

describe('lists and search', () => {
  function register() {
    const { db } = openTempDb();
    const make = (title: string, date: string) =>
      createRecord(db, 'agreement', { title, type: 'mou', statusEvents: [{ status: 'in_force', date }] }).id;
    return {
      db,
      ids: {
        open: make('Open-ended arrangement', 'from 2019'),
        until: make('Expired understanding', 'until 2019'),
        quarter: make('Quarter memorandum', 'Q1 2024'),
        early: make('Early treaty', 'early 2021'),
        decade: make('Nineties accord', '1990s'),
        february: make('February letter', 'Feb 2024'),
      },
    };
  }
  const find = (db: ReturnType<typeof register>['db'], query: string, filters = {}) =>
    searchRecords(Store.over(db), { query, filters }).hits.map((h) => h.id);

  it('a date range filter finds what overlaps it, open ranges included', () => {
    const { db, ids } = register();
    // Search also counts status periods that run on to today (ARCHITECTURE.md, Search: which dates count).
    expect(find(db, '', { from: '2025', to: '2026' })).toEqual(expect.arrayContaining([ids.open]));
    expect(find(db, '', { from: '1995', to: '1995' })).toEqual(expect.arrayContaining([ids.decade, ids.until]));
    expect(find(db, '', { from: 'Mar 2024', to: 'Mar 2024' })).toEqual(expect.arrayContaining([ids.quarter, ids.open]));
    const listed = listSummaries(db, { kind: 'agreement', from: '2025', to: '2026' }).map((r) => r.id);
    expect(listed).toEqual([ids.open]);
  });

  it('a date in the query finds records dated then, the exact form first', () => {
    const { db, ids } = register();
    // Dated exactly so first; then what was in force then (status periods run on to today).
    expect(find(db, 'Q1 2024').slice(0, 2)).toEqual([ids.quarter, ids.february]);
    expect(find(db, '2021')[0]).toBe(ids.early);
    expect(find(db, '1990s')[0]).toBe(ids.decade);
    expect(find(db, 'early 2021')[0]).toBe(ids.early);
  });

  it('a hit dated by a named period shows it as written', () => {
    const { db, ids } = register();
    const hit = searchRecords(Store.over(db), { query: 'Q1 2024' }).hits.find((h) => h.id === ids.quarter);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Q1 2024');
    expect(hit?.status).toMatchObject({ status: 'in_force', date: '2024-33' });
  });
});
