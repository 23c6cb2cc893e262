/** Dates inside a search question, wherever they sit, in English and Italian, relative to a fixed today. */
import { describe, expect, it } from 'vitest';
import { understandDates } from '../../../../electron/common/domain/date-phrases';

const TODAY = '2026-11-30';
const read = (q: string, asText: string[] = []) => understandDates(q, TODAY, asText);
const span = (q: string) => read(q).dates.map((d) => [d.from, d.to]);

describe('dates in a search question', () => {
  it('a year or a month anywhere becomes a date, and the words are the same whatever the order', () => {
    expect(read('japan training 2021')).toEqual({
      rest: 'japan training',
      dates: [{ text: '2021', from: '2021-01-01', to: '2021-12-31', label: '2021' }],
    });
    expect(read('2021 japan training').rest).toBe('japan training');
    expect(read('japan 2021 training').rest).toBe('japan training');
    expect(read('japan jan 2021')).toMatchObject({ rest: 'japan', dates: [{ text: 'jan 2021', label: 'Jan 2021' }] });
    expect(span('gennaio 2021 giappone')).toEqual([['2021-01-01', '2021-01-31']]);
    expect(span('talks 15/01/2021 rome')).toEqual([['2021-01-15', '2021-01-15']]);
  });

  it('two years side by side, "2020–2021", "2020 to 2021" and "between 2020 and 2021" are one span, one chip', () => {
    const one = [{ from: '2020-01-01', to: '2021-12-31', label: '2020–2021' }];
    for (const q of [
      'japan 2020 2021',
      'japan 2020–2021',
      'japan 2020-2021',
      'japan 2020 to 2021',
      'between 2020 and 2021 japan',
      'tra il 2020 e il 2021 japan',
    ]) {
      expect(read(q).dates, q).toMatchObject(one);
      expect(read(q).rest, q).toBe('japan');
    }
    expect(read('2019 2020 2021 japan').dates).toMatchObject([{ from: '2019-01-01', to: '2021-12-31' }]);
    // Not a span: a later year first stays two dates (which then exclude each other).
    expect(read('2021 2020').dates).toHaveLength(2);
  });

  it('full-width digits and dashes read exactly as ASCII ones (a query pasted from a Japanese document)', () => {
    expect(read('２０２１ japan')).toEqual(read('2021 japan'));
    expect(read('japan ２０２０－２０２１').dates).toMatchObject([{ from: '2020-01-01', to: '2021-12-31' }]);
    expect(read('ｊａｐａｎ　２０２１').dates).toMatchObject([{ label: '2021' }]);
    expect(read('２０２１', ['2021']).dates).toEqual([]); // a removed chip, either width
  });

  it('open ranges: since / after / before / until, and the Italian forms', () => {
    expect(read('training since 2019')).toMatchObject({
      rest: 'training',
      dates: [{ from: '2019-01-01', to: '9999-12-31', label: 'from 2019' }],
    });
    expect(span('after 2019')).toEqual([['2020-01-01', '9999-12-31']]);
    expect(span('before march 2020')).toEqual([['0000-01-01', '2020-02-29']]);
    expect(span('until 2020')).toEqual([['0000-01-01', '2020-12-31']]);
    expect(span('riunioni dal 2019')).toEqual([['2019-01-01', '9999-12-31']]);
    expect(span('prima del 2019')).toEqual([['0000-01-01', '2018-12-31']]);
    // "from 2019 to 2021" is one closed range, not an open one.
    expect(span('from 2019 to 2021 talks')).toEqual([['2019-01-01', '2021-12-31']]);
  });

  it('relative dates in English and Italian, widened to the unit they name', () => {
    expect(read('meetings last month')).toMatchObject({
      rest: 'meetings',
      dates: [{ text: 'last month', from: '2026-10-01', to: '2026-10-31' }],
    });
    expect(span('today')).toEqual([[TODAY, TODAY]]);
    expect(span('oggi')).toEqual([[TODAY, TODAY]]);
    expect(span('ieri')).toEqual([['2026-11-29', '2026-11-29']]);
    expect(span('this year')).toEqual([['2026-01-01', '2026-12-31']]);
    expect(span('riunioni il mese scorso')).toEqual([['2026-10-01', '2026-10-31']]);
    expect(span("l'anno scorso")).toEqual([['2025-01-01', '2025-12-31']]);
    expect(span('last week')).toEqual([['2026-11-23', '2026-11-29']]);
  });

  it('quoted and excluded words are never dates; a removed chip is read as words', () => {
    expect(read('"plan 2021" japan').dates).toEqual([]);
    expect(read('japan -2021').dates).toEqual([]);
    expect(read('japan 2021', ['2021'])).toEqual({ rest: 'japan 2021', dates: [] });
    // Numbers that are not years stay words.
    expect(read('session 3 rome').dates).toEqual([]);
    expect(read('f-35 2500').dates).toEqual([]);
  });
});
