/**
 * What people write beyond plain days, months and years (issue 16 §1, issue 14 §5): open ranges,
 * full-width digits, Japanese calendar and era forms, named periods shown as written, and the
 * relative days. Every example is the text and its right value; the property tests generate every
 * form and check that it reads, shows as written, reads back, and sorts.
 */
import { describe, expect, it } from 'vitest';
import {
  OPEN_END,
  OPEN_START,
  asOfCutoff,
  boundedSpan,
  comparePartialDates,
  formatPartialDate,
  fromEdtf,
  isEdtf,
  parsePartialDate,
  sortKey,
  startedBy,
  type DatePrecision,
} from '../../../../electron/common/domain/partial-date';
import { prng } from '../../../support/random';

const TODAY = '2026-01-15';

function read(input: string, today = TODAY) {
  const r = parsePartialDate(input, { today });
  if (!r.ok) throw new Error(`expected "${input}" to parse, got: ${r.error}`);
  return r.value;
}
function refusal(input: string): string {
  const r = parsePartialDate(input, { today: TODAY });
  if (r.ok) throw new Error(`expected "${input}" to be refused, got ${r.value.edtf}`);
  return r.error;
}

// input, edtf, from, to, precision, shown
type Row = [string, string, string, string, DatePrecision, string];

const OPEN: Row[] = [
  ['2019/', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['/2019', '../2019', OPEN_START, '2019-12-31', 'open', 'until 2019'],
  ['2019/..', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['../2019', '../2019', OPEN_START, '2019-12-31', 'open', 'until 2019'],
  ['from 2019', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['since March 2021', '2021-03/..', '2021-03-01', OPEN_END, 'open', 'from Mar 2021'],
  ['2019 onwards', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['2019–', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['dal 2019', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['until 2019', '../2019', OPEN_START, '2019-12-31', 'open', 'until 2019'],
  ['up to 15 Jan 2021', '../2021-01-15', OPEN_START, '2021-01-15', 'open', 'until 15 Jan 2021'],
  ['fino al 2019', '../2019', OPEN_START, '2019-12-31', 'open', 'until 2019'],
  ['from c. 2019', '2019~/..', '2019-01-01', OPEN_END, 'open', 'from c. 2019'],
  ['2019年から', '2019/..', '2019-01-01', OPEN_END, 'open', 'from 2019'],
  ['2021年3月まで', '../2021-03', OPEN_START, '2021-03-31', 'open', 'until Mar 2021'],
  ['from Q1 2024', '2024-33/..', '2024-01-01', OPEN_END, 'open', 'from Q1 2024'],
];

const WIDTH_AND_JAPANESE: Row[] = [
  ['２０２１', '2021', '2021-01-01', '2021-12-31', 'year', '2021'],
  ['２０２１年１月', '2021-01', '2021-01-01', '2021-01-31', 'month', 'Jan 2021'],
  ['2021年1月', '2021-01', '2021-01-01', '2021-01-31', 'month', 'Jan 2021'],
  ['2021年1月15日', '2021-01-15', '2021-01-15', '2021-01-15', 'day', '15 Jan 2021'],
  ['2021年', '2021', '2021-01-01', '2021-12-31', 'year', '2021'],
  ['１５／０１／２０２１', '2021-01-15', '2021-01-15', '2021-01-15', 'day', '15 Jan 2021'],
  ['令和3年4月1日', '2021-04-01', '2021-04-01', '2021-04-01', 'day', '1 Apr 2021'],
  ['令和元年5月1日', '2019-05-01', '2019-05-01', '2019-05-01', 'day', '1 May 2019'],
  ['令和元年', '2019', '2019-01-01', '2019-12-31', 'year', '2019'],
  ['平成31年4月30日', '2019-04-30', '2019-04-30', '2019-04-30', 'day', '30 Apr 2019'],
  ['平成元年', '1989', '1989-01-01', '1989-12-31', 'year', '1989'],
  ['昭和64年1月7日', '1989-01-07', '1989-01-07', '1989-01-07', 'day', '7 Jan 1989'],
  ['昭和56年', '1981', '1981-01-01', '1981-12-31', 'year', '1981'],
  ['令和３年', '2021', '2021-01-01', '2021-12-31', 'year', '2021'],
  ['Reiwa 3', '2021', '2021-01-01', '2021-12-31', 'year', '2021'],
  // Every era of the modern calendar (a fresh tester's Meiji and Taishō dates were refused), and year-first dots.
  ['平成3年', '1991', '1991-01-01', '1991-12-31', 'year', '1991'],
  ['大正3年', '1914', '1914-01-01', '1914-12-31', 'year', '1914'],
  ['大正元年8月1日', '1912-08-01', '1912-08-01', '1912-08-01', 'day', '1 Aug 1912'],
  ['大正15年12月24日', '1926-12-24', '1926-12-24', '1926-12-24', 'day', '24 Dec 1926'],
  ['明治45年7月29日', '1912-07-29', '1912-07-29', '1912-07-29', 'day', '29 Jul 1912'],
  ['明治元年', '1868', '1868-01-01', '1868-12-31', 'year', '1868'],
  ['明治３８年', '1905', '1905-01-01', '1905-12-31', 'year', '1905'],
  ['Taisho 3', '1914', '1914-01-01', '1914-12-31', 'year', '1914'],
  ['Meiji 38', '1905', '1905-01-01', '1905-12-31', 'year', '1905'],
  ['2021.1.15', '2021-01-15', '2021-01-15', '2021-01-15', 'day', '15 Jan 2021'],
  ['2021.01.15', '2021-01-15', '2021-01-15', '2021-01-15', 'day', '15 Jan 2021'],
  ['２０２１．１．１５', '2021-01-15', '2021-01-15', '2021-01-15', 'day', '15 Jan 2021'],
  ['2021.3', '2021-03', '2021-03-01', '2021-03-31', 'month', 'Mar 2021'],
  ['2019年〜2021年', '2019/2021', '2019-01-01', '2021-12-31', 'range', '2019–2021'],
  ['2019年～2021年', '2019/2021', '2019-01-01', '2021-12-31', 'range', '2019–2021'],
  ['2019年から2021年まで', '2019/2021', '2019-01-01', '2021-12-31', 'range', '2019–2021'],
];

const NAMED_PERIODS: Row[] = [
  ['Q1 2024', '2024-33', '2024-01-01', '2024-03-31', 'quarter', 'Q1 2024'],
  ['q4 2024', '2024-36', '2024-10-01', '2024-12-31', 'quarter', 'Q4 2024'],
  ['2024 Q2', '2024-34', '2024-04-01', '2024-06-30', 'quarter', 'Q2 2024'],
  ['2024-Q3', '2024-35', '2024-07-01', '2024-09-30', 'quarter', 'Q3 2024'],
  ['first quarter of 2024', '2024-33', '2024-01-01', '2024-03-31', 'quarter', 'Q1 2024'],
  ['primo trimestre 2024', '2024-33', '2024-01-01', '2024-03-31', 'quarter', 'Q1 2024'],
  ['3° trimestre 2024', '2024-35', '2024-07-01', '2024-09-30', 'quarter', 'Q3 2024'],
  ['H1 2021', '2021-40', '2021-01-01', '2021-06-30', 'half', 'H1 2021'],
  ['H2 2021', '2021-41', '2021-07-01', '2021-12-31', 'half', 'H2 2021'],
  ['second half of 2021', '2021-41', '2021-07-01', '2021-12-31', 'half', 'H2 2021'],
  ['secondo semestre 2021', '2021-41', '2021-07-01', '2021-12-31', 'half', 'H2 2021'],
  ['prima metà del 2021', '2021-40', '2021-01-01', '2021-06-30', 'half', 'H1 2021'],
  ['early 2021', '2021-37', '2021-01-01', '2021-04-30', 'third', 'early 2021'],
  ['mid 2021', '2021-38', '2021-05-01', '2021-08-31', 'third', 'mid 2021'],
  ['mid-2021', '2021-38', '2021-05-01', '2021-08-31', 'third', 'mid 2021'],
  ['late 2021', '2021-39', '2021-09-01', '2021-12-31', 'third', 'late 2021'],
  ['end of 2021', '2021-39', '2021-09-01', '2021-12-31', 'third', 'late 2021'],
  ['inizio 2021', '2021-37', '2021-01-01', '2021-04-30', 'third', 'early 2021'],
  ['metà 2021', '2021-38', '2021-05-01', '2021-08-31', 'third', 'mid 2021'],
  ['fine 2021', '2021-39', '2021-09-01', '2021-12-31', 'third', 'late 2021'],
  ['fine del 2021', '2021-39', '2021-09-01', '2021-12-31', 'third', 'late 2021'],
  ['spring 2021', '2021-21', '2021-03-01', '2021-05-31', 'season', 'spring 2021'],
  ['summer 2021', '2021-22', '2021-06-01', '2021-08-31', 'season', 'summer 2021'],
  ['fall 2021', '2021-23', '2021-09-01', '2021-11-30', 'season', 'autumn 2021'],
  ['autunno 2021', '2021-23', '2021-09-01', '2021-11-30', 'season', 'autumn 2021'],
  ['winter 2021', '2021-24', '2020-12-01', '2021-02-28', 'season', 'winter 2021'],
  ['inverno 2024', '2024-24', '2023-12-01', '2024-02-29', 'season', 'winter 2024'],
  ['1990s', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ["1990's", '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ['the 1990s', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ["anni '90", '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ['anni 90', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ['anni ’90', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ['anni novanta', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ["anni '20", '202X', '2020-01-01', '2029-12-31', 'decade', '2020s'], // the latest 20s begun by today
  ['anni 2010', '201X', '2010-01-01', '2019-12-31', 'decade', '2010s'],
  ['199X', '199X', '1990-01-01', '1999-12-31', 'decade', '1990s'],
  ['Q1–Q3 2024', '2024-33/2024-35', '2024-01-01', '2024-09-30', 'range', 'Q1 2024–Q3 2024'],
  ['1990s–2000s', '199X/200X', '1990-01-01', '2009-12-31', 'range', '1990s–2000s'],
  // "1800s" and "1900s" are centuries, as dictionaries have them; "2000s" stays the decade it usually means.
  ['1800s', '18XX', '1800-01-01', '1899-12-31', 'century', '1800s'],
  ['the 1900s', '19XX', '1900-01-01', '1999-12-31', 'century', '1900s'],
  ['18XX', '18XX', '1800-01-01', '1899-12-31', 'century', '1800s'],
  ['1900s decade', '190X', '1900-01-01', '1909-12-31', 'decade', '1900s decade'],
  ['190X', '190X', '1900-01-01', '1909-12-31', 'decade', '1900s decade'],
  ['2000s', '200X', '2000-01-01', '2009-12-31', 'decade', '2000s'],
  ['1800s–1900s', '18XX/19XX', '1800-01-01', '1999-12-31', 'range', '1800s–1900s'],
];

const APPROXIMATE: [string, string, string][] = [
  ['circa 2019', '2019~', 'c. 2019'],
  ['c. Q1 2024', '2024-33~', 'c. Q1 2024'],
  ['circa inizio 2021', '2021-37~', 'c. early 2021'],
  ['c. 1990s', '199X~', 'c. 1990s'],
  ['2021年頃', '2021~', 'c. 2021'],
  ['c. 1800s', '18XX~', 'c. 1800s'],
];

/** EDTF "?" (uncertain) is not "~" (approximate): each is kept and shown as written. */
const UNCERTAIN: [string, string, string][] = [
  ['2019?', '2019?', '2019?'],
  ['2019 ?', '2019?', '2019?'],
  ['Jan 2021?', '2021-01?', 'Jan 2021?'],
  ['1800s?', '18XX?', '1800s?'],
  ['c. 2019?', '2019%', 'c. 2019?'],
  ['2019%', '2019%', 'c. 2019?'],
  ['2019?–2021', '2019?/2021', '2019?–2021'],
  ['from 2019?', '2019?/..', 'from 2019?'],
];

const RELATIVE: [string, string][] = [
  ['today', '2026-01-15'],
  ['Today', '2026-01-15'],
  ['oggi', '2026-01-15'],
  ['yesterday', '2026-01-14'],
  ['ieri', '2026-01-14'],
  ['tomorrow', '2026-01-16'],
  ['domani', '2026-01-16'],
];

describe('open ranges: the marker is kept, never dropped', () => {
  it.each(OPEN)('%j → %s', (input, edtf, from, to, precision, shown) => {
    expect(read(input)).toEqual({ edtf, from, to, precision, circa: edtf.includes('~') });
    expect(formatPartialDate(edtf)).toBe(shown);
  });

  it('sorts by what is known and answers as-of questions', () => {
    const values = ['2021', 'until 2019', 'from 2019', '2019', 'XXXX'].map((v) => read(v).edtf);
    expect([...values].sort(comparePartialDates)).toEqual(['XXXX', '../2019', '2019', '2019/..', '2021']);
    expect(startedBy('2019/..', '2019-06-01')).toBe(true);
    expect(startedBy('2019/..', '2018-12-31')).toBe(false);
    expect(startedBy('../2019', '1900-01-01')).toBe(true);
    expect(asOfCutoff('until 2019')).toMatchObject({ ok: true, cutoff: '2019-12-31' });
    expect(asOfCutoff('from 2019')).toMatchObject({ ok: false, error: expect.stringMatching(/with an end/) });
    expect(boundedSpan('2019/..')).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(boundedSpan('../2021-03')).toEqual({ from: '2021-03-01', to: '2021-03-31' });
  });

  it('refuses an open range with no known end', () => {
    expect(isEdtf('../..')).toBe(false);
    expect(refusal('from')).toMatch(/Not a date/);
  });
});

describe('full-width digits and Japanese forms', () => {
  it.each(WIDTH_AND_JAPANESE)('%j → %s', (input, edtf, from, to, precision, shown) => {
    expect(read(input)).toEqual({ edtf, from, to, precision, circa: false });
    expect(formatPartialDate(edtf)).toBe(shown);
  });

  it.each([
    ['平成31年5月', /Heisei ended on 30 April 2019; Heisei 31, month 5 is after that/],
    ['令和元年4月', /Reiwa began on 1 May 2019; Reiwa 1, month 4 is before that/],
    ['昭和65年', /Shōwa ended on 7 January 1989/],
    ['大正15年12月25日', /Taishō ended on 24 December 1926/],
    ['明治45年8月', /Meiji ended on 29 July 1912/],
    ['2021.2.30', /February 2021 has only 28 days/],
    ['2021年13月', /There is no month 13/],
    ['2021年2月30日', /February 2021 has only 28 days/],
  ])('refuses %j', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });
});

describe('named periods are ranges that sort and filter, shown as written', () => {
  it.each(NAMED_PERIODS)('%j → %s', (input, edtf, from, to, precision, shown) => {
    expect(read(input)).toEqual({ edtf, from, to, precision, circa: false });
    expect(formatPartialDate(edtf)).toBe(shown);
  });

  it.each(APPROXIMATE)('%j → %s, shown %j', (input, edtf, shown) => {
    expect(read(input)).toMatchObject({ edtf, circa: true });
    expect(formatPartialDate(edtf)).toBe(shown);
  });

  it.each(UNCERTAIN)('%j → %s, shown %j: uncertain is kept apart from approximate', (input, edtf, shown) => {
    expect(read(input).edtf).toBe(edtf);
    expect(formatPartialDate(edtf)).toBe(shown);
    expect(read(formatPartialDate(edtf, 'long')).edtf).toBe(edtf);
  });

  it('"2019?", "c. 2019" and "2019" are three values that sort apart, each shown as written', () => {
    const values = ['c. 2019', '2019?', '2019', 'c. 2019?'].map((t) => read(t));
    expect(values.map((v) => v.edtf)).toEqual(['2019~', '2019?', '2019', '2019%']);
    expect(values.map((v) => v.circa)).toEqual([true, false, false, true]);
    expect(new Set(values.map((v) => sortKey(v))).size).toBe(4);
    expect([...values].sort(comparePartialDates).map((v) => formatPartialDate(v))).toEqual([
      '2019',
      'c. 2019?',
      '2019?',
      'c. 2019',
    ]);
  });

  it('reads YYYY-YY as a span of years (a financial or academic year), saying so when it could be an EDTF code', () => {
    const cases: [string, string, string | undefined][] = [
      ['2020-21', '2020/2021', "“2020-21” is read as the years 2020–2021. For EDTF's spring 2020, write spring 2020."],
      ['2019-21', '2019/2021', "“2019-21” is read as the years 2019–2021. For EDTF's spring 2019, write spring 2019."],
      ['2012-13', '2012/2013', undefined], // was refused: "no month 13"
      ['2019–21', '2019/2021', undefined],
      ['2021-21', '2021-21', '“2021-21” is EDTF for spring 2021.'], // not after the year: the season code
      ['2021-05', '2021-05', undefined], // a month stays a month
    ];
    for (const [typed, edtf, hint] of cases) {
      const r = parsePartialDate(typed, { today: TODAY });
      expect({ typed, edtf: r.ok ? r.value.edtf : r.error, hint: r.ok ? r.hint : undefined }).toEqual({
        typed,
        edtf,
        hint,
      });
    }
    expect(parsePartialDate('spring 2019', { today: TODAY })).not.toHaveProperty('hint');
  });

  it.each([
    ['early 1990s', /Not a date/],
    ['1995s', /Not a date/],
    ['Q5 2024', /Not a date/],
    ['H3 2021', /Not a date/],
    ['third half of 2021', /Not a date/],
  ])('refuses %j', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });
});

describe('today, yesterday, tomorrow (and in Italian) resolve to the exact day', () => {
  it.each(RELATIVE)('%j → %s', (input, day) => {
    expect(read(input)).toEqual({ edtf: day, from: day, to: day, precision: 'day', circa: false });
  });

  it('counts across month and year ends', () => {
    expect(read('yesterday', '2026-01-01').edtf).toBe('2025-12-31');
    expect(read('tomorrow', '2024-02-28').edtf).toBe('2024-02-29');
    expect(read('2026–today', '2026-03-02').edtf).toBe('2026/2026-03-02');
  });
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every form a person may write, as generated text: [written, expected display]. */
function writtenForms(seed: number, count: number): [string, string][] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const out: [string, string][] = [];
  while (out.length < count) {
    const y = 1990 + int(40);
    const m = 1 + int(12);
    const d = 1 + int(28);
    const month = MONTHS[m - 1]!;
    const point = pick<() => [string, string]>([
      () => [String(y), String(y)],
      () => [`${month} ${y}`, `${month} ${y}`],
      () => [`${d} ${month} ${y}`, `${d} ${month} ${y}`],
      () => [`${y}年${m}月${d}日`, `${d} ${month} ${y}`],
      () => [String(y).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c))), String(y)],
      () => {
        const q = `Q${1 + int(4)} ${y}`;
        return [q, q];
      },
      () => {
        const h = `H${1 + int(2)} ${y}`;
        return [h, h];
      },
      () => {
        const p = `${pick(['early', 'mid', 'late'])} ${y}`;
        return [p, p];
      },
      () => {
        const s = `${pick(['spring', 'summer', 'autumn', 'winter'])} ${y}`;
        return [s, s];
      },
      () => [`${y - (y % 10)}s`, `${y - (y % 10)}s`],
      () => {
        const c = pick(['1800s', '1900s', '1900s decade']);
        return [c, c];
      },
    ])();
    const [written, shown] = point;
    const form = int(8);
    if (form === 0) out.push([`c. ${written}`, `c. ${shown}`]);
    else if (form === 6) out.push([`${written}?`, `${shown}?`]);
    else if (form === 7) out.push([`c. ${written}?`, `c. ${shown}?`]);
    else if (form === 1) out.push([`from ${written}`, `from ${shown}`]);
    else if (form === 2) out.push([`until ${written}`, `until ${shown}`]);
    else out.push([written, shown]);
  }
  return out;
}

/** An EDTF sub-year code "YYYY-NN" whose NN is after YYYY's last two digits: typed, it means a span of years. */
const yearSpanLike = (edtf: string): boolean =>
  edtf.split('/').some((end) => {
    const g = /^\d{2}(\d{2})-(\d{2})\D*$/.exec(end);
    return g !== null && Number(g[2]) > 12 && Number(g[2]) > Number(g[1]);
  });

describe('property: every accepted form round-trips as written and sorts', () => {
  const forms = writtenForms(16, 1500);

  it('reads, shows as written, and reads back to the same value (short and long)', () => {
    for (const [written, shown] of forms) {
      const v = read(written);
      expect({ written, shown: formatPartialDate(v) }).toEqual({ written, shown });
      expect(isEdtf(v.edtf)).toBe(true);
      // A typed sub-year code that reads as a span of years ("2019-21" is 2019–2021) is the one exception.
      if (!yearSpanLike(v.edtf)) expect(read(v.edtf).edtf).toBe(v.edtf);
      for (const style of ['short', 'long'] as const) expect(read(formatPartialDate(v, style)).edtf).toBe(v.edtf);
      expect(fromEdtf(v.edtf)).toEqual(v);
    }
  });

  it('sorts by first day, then last day, and the sort key agrees with the comparison', () => {
    const values = forms.map(([written]) => read(written).edtf);
    const byCompare = [...values].sort(comparePartialDates);
    const byKey = [...values].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(byKey).toEqual(byCompare);
    for (let i = 1; i < byCompare.length; i++) {
      const [a, b] = [fromEdtf(byCompare[i - 1]!), fromEdtf(byCompare[i]!)];
      expect(a.from! < b.from! || (a.from === b.from && a.to! <= b.to!)).toBe(true);
    }
  });
});
