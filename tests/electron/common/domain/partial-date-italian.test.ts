/**
 * Date words both ways in Italian (issue 18 §4): the Italian forms read like their English twins, and every value
 * is shown in Italian ("gen 2021", "c. 2019", "inizio 2021", "1° trim. 2024", "data sconosciuta") in a form that
 * reads back to the same EDTF — over every shape the register can hold, short and long.
 */
import { describe, expect, it } from 'vitest';
import { formatPartialDate, isEdtf, parsePartialDate } from '../../../../electron/common/domain/partial-date';
import { prng } from '../../../support/random';

const TODAY = '2026-01-15';
const edtfOf = (text: string): string => {
  const r = parsePartialDate(text, { today: TODAY });
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.error}`);
  return r.value.edtf;
};

describe('Italian date words read like the English ones', () => {
  it.each([
    ['circa 2019', 'c. 2019'],
    ['inizio 2021', 'early 2021'],
    ['metà 2021', 'mid 2021'],
    ['fine 2021', 'late 2021'],
    ["anni '90", '1990s'],
    ['anni 90', '1990s'],
    ['anni novanta', '1990s'],
    ['anni 1990', '1990s'],
    ['oggi', 'today'],
    ['ieri', 'yesterday'],
    ['domani', 'tomorrow'],
    ['gennaio 2021', 'January 2021'],
    ['15 gen 2021', '15 Jan 2021'],
    ['primavera 2021', 'spring 2021'],
    ['1° trim. 2024', 'Q1 2024'],
    ['primo trimestre 2024', 'Q1 2024'],
    ['2° sem. 2023', 'H2 2023'],
    ['dal 2019', 'from 2019'],
    ['fino al 2019', 'until 2019'],
    ["dall'inizio 2021", 'from early 2021'],
    ['dal c. 2019 al 2021', 'from c. 2019 to 2021'],
    ['da gen a mar 2021', 'Jan–Mar 2021'],
    ['XIX secolo', '1800s'],
    ['data sconosciuta', 'unknown'],
  ])('"%s" is "%s"', (italian, english) => {
    expect(edtfOf(italian)).toBe(edtfOf(english));
  });
});

describe('dates shown in Italian', () => {
  it.each([
    ['2021-01', 'gen 2021', 'gennaio 2021'],
    ['2021-01-15', '15 gen 2021', '15 gennaio 2021'],
    ['2019~', 'c. 2019', 'circa 2019'],
    ['2021-37', 'inizio 2021', 'inizio 2021'],
    ['2021-38', 'metà 2021', 'metà 2021'],
    ['2021-39', 'fine 2021', 'fine 2021'],
    ['2021-21', 'primavera 2021', 'primavera 2021'],
    ['2024-33', '1° trim. 2024', 'primo trimestre 2024'],
    ['2024-41', '2° sem. 2024', 'secondo semestre 2024'],
    ['199X', 'anni 1990', 'anni 1990'],
    ['18XX', 'XIX secolo', 'XIX secolo'],
    ['XXXX', 'sconosciuta', 'data sconosciuta'],
    ['2019/..', 'dal 2019', 'dal 2019'],
    ['2021-01/..', 'da gen 2021', 'da gennaio 2021'],
    ['../2021-21', 'fino alla primavera 2021', 'fino alla primavera 2021'],
    ['2021-37/..', "dall'inizio 2021", "dall'inizio 2021"],
    ['2019/2021', '2019–2021', 'dal 2019 al 2021'],
    ['2021-01/2021-03', 'gen–mar 2021', 'da gennaio a marzo 2021'],
    ['2019~/2021', 'dal c. 2019 al 2021', 'dal circa 2019 al 2021'],
    ['2019?', '2019?', '2019?'],
  ])('%s → "%s" / "%s"', (edtf, short, long) => {
    expect(formatPartialDate(edtf, 'short', 'it')).toBe(short);
    expect(formatPartialDate(edtf, 'long', 'it')).toBe(long);
  });

  it('leaves English as it was', () => {
    expect(formatPartialDate('2021-01', 'short')).toBe('Jan 2021');
    expect(formatPartialDate('2019~/2021', 'long', 'en')).toBe('from circa 2019 to 2021');
  });

  it('every value of every shape reads back from its Italian display, short and long', () => {
    const rnd = prng(18);
    const int = (n: number) => Math.floor(rnd() * n);
    const two = (n: number) => String(n).padStart(2, '0');
    const point = (): string => {
      const y = 1990 + int(40);
      const m = 1 + int(12);
      const body = [
        String(y),
        `${y}-${two(m)}`,
        `${y}-${two(m)}-${two(1 + int(28))}`,
        `${y}-${[21, 22, 23, 24, 33, 34, 35, 36, 37, 38, 39, 40, 41][int(13)]}`,
        `${String(y).slice(0, 3)}X`,
        ['18XX', '19XX', '190X'][int(3)]!,
      ][int(6)]!;
      return body + ['', '', '~', '?', '%'][int(5)]!;
    };
    const values = ['XXXX'];
    while (values.length < 2000) {
      const [a, b] = [point(), point()];
      const candidates = [a, `${a}/..`, `../${a}`, `${a}/${b}`, `${b}/${a}`];
      const v = candidates[int(candidates.length)]!;
      if (isEdtf(v)) values.push(v);
    }
    const wrong = values.flatMap((v) =>
      (['short', 'long'] as const).flatMap((style) => {
        const shown = formatPartialDate(v, style, 'it');
        const back = parsePartialDate(shown, { today: TODAY });
        return back.ok && back.value.edtf === v ? [] : [{ v, style, shown, back }];
      }),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
