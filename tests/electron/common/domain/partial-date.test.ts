import { describe, it, expect } from 'vitest';
import {
  UNKNOWN_DATE,
  asOfCutoff,
  comparePartialDates,
  coversDay,
  formatPartialDate,
  fromEdtf,
  isEdtf,
  parsePartialDate,
  sortKey,
  startedBy,
  todayIso,
  type DatePrecision,
  type PartialDate,
} from '../../../../electron/common/domain/partial-date';
import { prng } from '../../../support/random';

function parsed(input: string): PartialDate {
  const r = parsePartialDate(input);
  if (!r.ok) throw new Error(`expected "${input}" to parse, got: ${r.error}`);
  return r.value;
}

function errorOf(input: string): string {
  const r = parsePartialDate(input);
  if (r.ok) throw new Error(`expected "${input}" to be rejected, got ${r.value.edtf}`);
  return r.error;
}

// input, edtf, from, to, precision, circa, short display
type Row = [string, string, string | null, string | null, DatePrecision, boolean, string];
const ACCEPTED: Row[] = [
  ['2019', '2019', '2019-01-01', '2019-12-31', 'year', false, '2019'],
  ['2021-01', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['2021-01-15', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['2021/01/15', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['2021/01', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['01/2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['January 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['Jan 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['Jan. 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['Sept 2021', '2021-09', '2021-09-01', '2021-09-30', 'month', false, 'Sep 2021'],
  ['sept. 2021', '2021-09', '2021-09-01', '2021-09-30', 'month', false, 'Sep 2021'],
  ['gennaio 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['gen 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['set 2021', '2021-09', '2021-09-01', '2021-09-30', 'month', false, 'Sep 2021'],
  ['mar 2021', '2021-03', '2021-03-01', '2021-03-31', 'month', false, 'Mar 2021'],
  ['ago 2020', '2020-08', '2020-08-01', '2020-08-31', 'month', false, 'Aug 2020'],
  ['dicembre 2020', '2020-12', '2020-12-01', '2020-12-31', 'month', false, 'Dec 2020'],
  ['Feb 2024', '2024-02', '2024-02-01', '2024-02-29', 'month', false, 'Feb 2024'],
  ['Feb 2023', '2023-02', '2023-02-01', '2023-02-28', 'month', false, 'Feb 2023'],
  ['  JAN   2021 ', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['15 January 2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['15 Jan 2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['January 15, 2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['Jan 15 2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['15 GENNAIO 2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['15/01/2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['15.01.2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['15-01-2021', '2021-01-15', '2021-01-15', '2021-01-15', 'day', false, '15 Jan 2021'],
  ['03/04/2021', '2021-04-03', '2021-04-03', '2021-04-03', 'day', false, '3 Apr 2021'],
  ['1st May 2017', '2017-05-01', '2017-05-01', '2017-05-01', 'day', false, '1 May 2017'],
  ['the 3rd of March 2020', '2020-03-03', '2020-03-03', '2020-03-03', 'day', false, '3 Mar 2020'],
  ['c. 2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['c.2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['c 2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['ca. 2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['circa 2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['about 2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['~2019', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  ['2019~', '2019~', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019'],
  // "?" is EDTF's uncertain, not approximate: kept, and shown as written (issue 16).
  ['2019?', '2019?', '2019-01-01', '2019-12-31', 'year', false, '2019?'],
  ['c. 2019?', '2019%', '2019-01-01', '2019-12-31', 'year', true, 'c. 2019?'],
  ['c. Jan 2021', '2021-01~', '2021-01-01', '2021-01-31', 'month', true, 'c. Jan 2021'],
  ['c. 15 Jan 2021', '2021-01-15~', '2021-01-15', '2021-01-15', 'day', true, 'c. 15 Jan 2021'],
  ['2019–2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019—2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019-2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019 - 2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019 to 2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019 until 2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019/2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['from 2019 to 2021', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['2019–21', '2019/2021', '2019-01-01', '2021-12-31', 'range', false, '2019–2021'],
  ['Jan–Mar 2021', '2021-01/2021-03', '2021-01-01', '2021-03-31', 'range', false, 'Jan–Mar 2021'],
  ['Jan-Mar 2021', '2021-01/2021-03', '2021-01-01', '2021-03-31', 'range', false, 'Jan–Mar 2021'],
  ['Jan 2021–Mar 2022', '2021-01/2022-03', '2021-01-01', '2022-03-31', 'range', false, 'Jan 2021–Mar 2022'],
  ['15 Jan–2 Feb 2021', '2021-01-15/2021-02-02', '2021-01-15', '2021-02-02', 'range', false, '15 Jan–2 Feb 2021'],
  ['15-20 Jan 2021', '2021-01-15/2021-01-20', '2021-01-15', '2021-01-20', 'range', false, '15–20 Jan 2021'],
  ['15/01/2021–20/01/2021', '2021-01-15/2021-01-20', '2021-01-15', '2021-01-20', 'range', false, '15–20 Jan 2021'],
  ['2021-01-15-2021-02-02', '2021-01-15/2021-02-02', '2021-01-15', '2021-02-02', 'range', false, '15 Jan–2 Feb 2021'],
  ['2019-2021-03', '2019/2021-03', '2019-01-01', '2021-03-31', 'range', false, '2019–Mar 2021'],
  ['Jan 2021 to Jan 2021', '2021-01', '2021-01-01', '2021-01-31', 'month', false, 'Jan 2021'],
  ['c. 2019–2021', '2019~/2021~', '2019-01-01', '2021-12-31', 'range', true, 'c. 2019–2021'],
  ['c. Jan–Mar 2021', '2021-01~/2021-03~', '2021-01-01', '2021-03-31', 'range', true, 'c. Jan–Mar 2021'],
  ['from c. 2019 to 2021', '2019~/2021', '2019-01-01', '2021-12-31', 'range', true, 'from c. 2019 to 2021'],
  ['2019~–2021', '2019~/2021', '2019-01-01', '2021-12-31', 'range', true, 'from c. 2019 to 2021'],
  ['2019–c. 2021', '2019/2021~', '2019-01-01', '2021-12-31', 'range', true, '2019–c. 2021'],
  ['', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['   ', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['unknown', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['Unknown', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['?', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['n.d.', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['undated', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['XXXX', 'XXXX', null, null, 'unknown', false, 'unknown'],
  ['sconosciuta', 'XXXX', null, null, 'unknown', false, 'unknown'],
];

const REJECTED: [string, RegExp][] = [
  ['32 Jan 2021', /January 2021 has only 31 days/],
  ['29 Feb 2021', /February 2021 has only 28 days/],
  ['31 Apr 2021', /April 2021 has only 30 days/],
  ['31 June 2021', /June 2021 has only 30 days/],
  ['31 set 2021', /September 2021 has only 30 days/],
  ['31 Nov 2021', /November 2021 has only 30 days/],
  ['31/12/2021–32/12/2021', /December 2021 has only 31 days/],
  ['2021-02-30', /February 2021 has only 28 days/],
  ['29 Feb 1900', /February 1900 has only 28 days/],
  ['2021-13', /There is no month 13/],
  ['2021-00', /There is no month 0/],
  ['0 Jan 2021', /There is no day 0/],
  ['01/15/2021', /no month 15.*day first/],
  ['2021–2019', /ends before it starts/],
  ['Mar–Jan 2021', /ends before it starts/],
  ['15 Feb 2021–3 Feb 2021', /ends before it starts/],
  ['1998–02', /ends before it starts/], // two-digit end year stays in the start's century
  ['1799', /between 1800 and 2200/],
  ['2201', /between 1800 and 2200/],
  ['c. 1066', /between 1800 and 2200/],
  ['1700–2021', /between 1800 and 2200/],
  ['2019-13', /There is no month 13/], // hyphen + two digits is a month, or an EDTF sub-year code (21–24, 33–41)
  ['2025-19', /There is no month 19/], // "2019-25" is the years 2019–2025 (partial-date-forms.test.ts)
  ['2019 to', /Give both ends/],
  ['32 Jan–2 Feb 2021', /January 2021 has only 31 days/],
];
const GARBAGE = [
  'next tuesday',
  'abc',
  '2021-1-1-1',
  'Jan',
  '15 Jan',
  '21',
  '20211',
  '2019/2020/2021',
  'c.',
  'Smarch 2021',
];

describe('parsePartialDate: accepted forms', () => {
  it.each(ACCEPTED)('%j', (input, edtf, from, to, precision, circa, short) => {
    const v = parsed(input);
    expect(v).toEqual({ edtf, from, to, precision, circa });
    expect(formatPartialDate(v)).toBe(short);
  });

  it('round-trips every canonical edtf string', () => {
    for (const [, edtf] of ACCEPTED) expect(parsed(edtf).edtf).toBe(edtf);
  });
});

describe('parsePartialDate: rejections', () => {
  it.each(REJECTED)('%j', (input, message) => {
    expect(errorOf(input)).toMatch(message);
  });

  it.each(GARBAGE)('%j lists example forms', (input) => {
    expect(errorOf(input)).toBe('Not a date. Try "2019", "Jan 2021", "15 Jan 2021", "c. 2019" or "2019–2021".');
  });
});

describe('leap days', () => {
  it.each([
    ['29 Feb 2024', true],
    ['29 Feb 2000', true],
    ['2020-02-29', true],
    ['29/02/2100', false],
    ['29 Feb 1900', false],
    ['29 Feb 2023', false],
  ])('%s → %s', (input, ok) => {
    expect(parsePartialDate(input).ok).toBe(ok);
  });
});

describe('fromEdtf / isEdtf', () => {
  it('decodes canonical strings', () => {
    expect(fromEdtf('2021-01~/2021-03')).toEqual({
      edtf: '2021-01~/2021-03',
      precision: 'range',
      circa: true,
      from: '2021-01-01',
      to: '2021-03-31',
    });
    expect(fromEdtf('XXXX')).toEqual(UNKNOWN_DATE);
    expect(UNKNOWN_DATE).toEqual({ edtf: 'XXXX', precision: 'unknown', circa: false, from: null, to: null });
  });

  const NON_CANONICAL = [
    '2021-1',
    '2021-01-5',
    '2019?~',
    '2019 ?',
    '~2019',
    '2019~~',
    ' 2019',
    'xxxx',
    'Jan 2021',
    '15/01/2021',
    '21',
    '2019/2019',
    '2021/2019',
    '2019/2020/2021',
    '2021-02-29',
    '2021-13',
    '1799',
    '',
    '2019/',
  ];
  it.each(NON_CANONICAL)('rejects %j', (s) => {
    expect(isEdtf(s)).toBe(false);
    expect(() => fromEdtf(s)).toThrow(/Not a canonical partial date/);
  });

  it('says why', () => {
    expect(() => fromEdtf('2021-02-29')).toThrow(/February 2021 has only 28 days/);
    expect(() => fromEdtf('2021/2019')).toThrow(/ends before it starts/);
  });

  it('accepts what the parser produces', () => {
    for (const [, edtf] of ACCEPTED) expect(isEdtf(edtf)).toBe(true);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2021-01-15', '15 January 2021'],
    ['2021-01', 'January 2021'],
    ['2019~', 'circa 2019'],
    ['2019/2021', '2019 to 2021'],
    ['2019~/2021~', 'circa 2019 to 2021'],
    ['2019~/2021', 'from circa 2019 to 2021'],
    ['2019/2021~', '2019 to circa 2021'],
    ['2021-01/2021-03', 'January to March 2021'],
    ['2021-01-15/2021-02-02', '15 January to 2 February 2021'],
    ['XXXX', 'date unknown'],
  ])('long %s → %s', (edtf, long) => {
    expect(formatPartialDate(edtf, 'long')).toBe(long);
    expect(parsed(long).edtf).toBe(edtf);
  });

  it('accepts the value or its edtf string, and throws on a corrupt string', () => {
    expect(formatPartialDate(fromEdtf('2019/2021'))).toBe('2019–2021');
    expect(formatPartialDate('2019/2021')).toBe('2019–2021');
    expect(() => formatPartialDate('Jan 2021')).toThrow(/Not a canonical/);
  });
});

function randomEdtfs(seed: number, count: number): string[] {
  const rnd = prng(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const two = (n: number): string => String(n).padStart(2, '0');
  // Few years so that equal from/to values (the tie-breaks) actually occur.
  const point = (): string => {
    const y = 2019 + int(3);
    const m = 1 + int(12);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const d = int(4) === 0 ? last : 1 + int(last);
    const body = [String(y), `${y}-${two(m)}`, `${y}-${two(m)}-${two(d)}`][int(3)] ?? '';
    return body + (int(5) === 0 ? '~' : '');
  };
  const out: string[] = [];
  while (out.length < count) {
    const r = int(20);
    if (r === 0) out.push('XXXX');
    else if (r < 11) out.push(point());
    else {
      const [a, b] = [point(), point()];
      const ok = [`${a}/${b}`, `${b}/${a}`].find(isEdtf);
      if (ok) out.push(ok);
    }
  }
  return out;
}

describe('ordering', () => {
  const sortWith = (values: string[]): string[] =>
    values
      .map((v) => parsed(v))
      .sort(comparePartialDates)
      .map((v) => v.edtf);

  it('puts unknown first, then by from, to and precision', () => {
    expect(sortWith(['2021-01-15', '2019', 'XXXX', '2021-01', 'c. 2019', '2019/2021'])).toEqual([
      'XXXX',
      '2019',
      '2019~',
      '2019/2021',
      '2021-01',
      '2021-01-15',
    ]);
  });

  it('orders values starting the same day narrowest first', () => {
    const same = ['2021', '2021-01-01/2021-12-31', '2021-01', '2021-01/2021-12', '2021-01-01', 'XXXX', 'XXXX'];
    expect(sortWith(same)).toEqual([
      'XXXX',
      'XXXX',
      '2021-01-01',
      '2021-01',
      '2021',
      '2021-01-01/2021-12-31',
      '2021-01/2021-12',
    ]);
    expect(comparePartialDates('2021', '2021-01-01/2021-12-31')).toBeLessThan(0);
    expect(comparePartialDates('XXXX', '1800-01-01')).toBeLessThan(0);
    expect(comparePartialDates('XXXX', UNKNOWN_DATE)).toBe(0);
  });

  it('sortKey agrees with comparePartialDates on 500 random values', () => {
    const values = randomEdtfs(20240229, 500);
    expect(new Set(values).size).toBeGreaterThan(300);
    expect(values.some((v) => v.includes('/'))).toBe(true);
    const byCompare = [...values].sort(comparePartialDates);
    const byKey = [...values].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(byKey).toEqual(byCompare);
    const rnd = prng(7);
    for (let i = 0; i < 2000; i++) {
      const a = values[Math.floor(rnd() * values.length)] ?? 'XXXX';
      const b = values[Math.floor(rnd() * values.length)] ?? 'XXXX';
      const c = comparePartialDates(a, b);
      const k = sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0;
      expect(Math.sign(c)).toBe(k);
      expect(Math.sign(comparePartialDates(b, a))).toBe(0 - k);
      expect(c === 0).toBe(a === b);
    }
  });
});

describe('coversDay / startedBy', () => {
  it.each([
    ['2021-01', '2020-12-31', false, false],
    ['2021-01', '2021-01-01', true, true],
    ['2021-01', '2021-01-31', true, true],
    ['2021-01', '2021-02-01', false, true],
    ['2024-02', '2024-02-29', true, true],
    ['2023-02', '2023-02-28', true, true],
    ['2023-02', '2023-03-01', false, true],
    ['2024-02-29', '2024-02-29', true, true],
    ['2024-02-29', '2024-02-28', false, false],
    ['2019/2021', '2021-12-31', true, true],
    ['2019/2021', '2022-01-01', false, true],
    ['2019~', '2019-06-30', true, true],
    ['XXXX', '2021-01-01', false, false],
  ])('%s on %s → covers %s, started %s', (edtf, day, covers, started) => {
    expect(coversDay(edtf, day)).toBe(covers);
    expect(startedBy(fromEdtf(edtf), day)).toBe(started);
  });

  it('refuses a malformed day rather than comparing nonsense', () => {
    expect(() => coversDay('2021', '2021-1-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('round trip parse → format → parse', () => {
  const inputs = [...ACCEPTED.map(([input]) => input), ...randomEdtfs(42, 400)];
  it.each(['short', 'long'] as const)('%s display parses back to the same edtf', (style) => {
    for (const input of inputs) {
      const v = parsed(input);
      const shown = formatPartialDate(v, style);
      expect({ input, shown, edtf: parsed(shown).edtf }).toEqual({ input, shown, edtf: v.edtf });
    }
  });
});

describe('asOfCutoff / todayIso', () => {
  it('uses the last day covered', () => {
    expect(asOfCutoff('2021')).toMatchObject({ ok: true, cutoff: '2021-12-31' });
    expect(asOfCutoff('Feb 2024')).toMatchObject({ ok: true, cutoff: '2024-02-29' });
    expect(asOfCutoff('15 Jan 2021')).toMatchObject({ ok: true, cutoff: '2021-01-15' });
  });

  it('rejects unknown and invalid input', () => {
    expect(asOfCutoff('unknown')).toMatchObject({ ok: false, error: expect.stringMatching(/Give a date/) });
    expect(asOfCutoff('32 Jan 2021')).toMatchObject({ ok: false, error: expect.stringMatching(/31 days/) });
  });

  it('formats the local calendar day', () => {
    expect(todayIso(new Date(2021, 0, 5, 23, 59))).toBe('2021-01-05');
    expect(todayIso(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
