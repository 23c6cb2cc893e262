/**
 * Japanese dates: 2021年1月15日, 2021年1月, and the era forms 令和3年4月1日 / 平成31年 / 昭和64年 / 大正3年 /
 * 明治45年, with 元年 for year 1 (also romanised: "Reiwa 3", "Meiji 45"). An era date outside its era is refused, naming the
 * era's first or last day (Heisei ended on 30 April 2019, so 平成31年5月 does not exist).
 */
import { MONTHS_LONG, pointFrom, pointTo, validate, type Point } from './point';
import { dateProblem } from './problems';

/**
 * The eras of the modern calendar (Meiji onwards): first and last day, and the Gregorian year before year 1. Meiji
 * counts from 25 January 1868 (1 January of Meiji 1 in the old calendar, as Japanese sources convert it); before
 * Meiji 6 (1873) months were lunisolar, so a month or day then is read as the same number in the Gregorian year.
 * An era's last day is the day before the next began (Taishō ended 24 December 1926; Shōwa 1 began the 25th).
 */
interface Era {
  name: string;
  first: string;
  last: string | null;
  base: number;
}
const ERA_LIST: [string, Era][] = [
  ['明治 meiji', { name: 'Meiji', first: '1868-01-25', last: '1912-07-29', base: 1867 }],
  ['大正 taisho taishō taishou', { name: 'Taishō', first: '1912-07-30', last: '1926-12-24', base: 1911 }],
  ['昭和 showa shōwa shouwa', { name: 'Shōwa', first: '1926-12-25', last: '1989-01-07', base: 1925 }],
  ['平成 heisei', { name: 'Heisei', first: '1989-01-08', last: '2019-04-30', base: 1988 }],
  ['令和 reiwa', { name: 'Reiwa', first: '2019-05-01', last: null, base: 2018 }],
];
const ERAS: ReadonlyMap<string, Era> = new Map(
  ERA_LIST.flatMap(([names, era]) => names.split(' ').map((n): [string, Era] => [n, era])),
);
const JAPANESE =
  /^(?:(明治|大正|昭和|平成|令和|meiji|taisho|taishō|taishou|showa|shōwa|shouwa|heisei|reiwa)\s*(元|\d{1,2})|(\d{4}))\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;
const ERA_ROMAJI = /^(meiji|taisho|taishō|taishou|showa|shōwa|shouwa|heisei|reiwa)\s+(\d{1,2})$/;

/** A Japanese date as a point, why it cannot be, or null when the text is not one. */
export function readJapanese(s: string): Point | string | null {
  const romaji = ERA_ROMAJI.exec(s);
  const g = romaji ? [s, romaji[1], romaji[2]] : JAPANESE.exec(s);
  if (!g) return null;
  const era = g[1] ? ERAS.get(g[1]) : undefined;
  const n = g[2] === '元' ? 1 : Number(g[2]);
  const p: Point = { y: era ? era.base + n : Number(g[3]), approx: false };
  if (g[4] !== undefined) p.m = Number(g[4]);
  if (g[5] !== undefined) p.d = Number(g[5]);
  if (!era) return p;
  const problem = validate(p);
  if (problem !== null) return problem;
  const values = { era: era.name, n, ...(p.m === undefined ? {} : { m: p.m }) };
  if (n < 1 || pointTo(p) < era.first)
    return dateProblem('eraBefore', { ...values, day: era.first }, { day: longDay(era.first) });
  if (era.last !== null && pointFrom(p) > era.last)
    return dateProblem('eraAfter', { ...values, day: era.last }, { day: longDay(era.last) });
  return p;
}

function longDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS_LONG[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}
