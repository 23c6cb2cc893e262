/**
 * The canonical side of partial dates: the stored EDTF grammar, the days a value covers, and its
 * display. Free text is read in read.ts; partial-date.ts is the public face of both.
 *
 * Canonical strings (Library of Congress EDTF, ISO 8601-2):
 *   2021-01-15, 2021-01, 2021          a day, a month, a year (level 0)
 *   2019~, 2019?, 2019%                approximate ("c. 2019"), uncertain ("2019?", as written),
 *                                      both ("c. 2019?") (level 1 qualifiers)
 *   199X                               a decade: "1990s" (level 1, unspecified digit)
 *   18XX                               a century: "1800s" (level 1). "1800s" and "1900s" are read as
 *                                      centuries, as dictionaries define them ("the years 1800–1899");
 *                                      "2000s" stays the decade 2000–2009, the usual meaning while that
 *                                      century runs. A decade starting a century is shown "1900s decade".
 *   2021-21 … 2021-24                  spring, summer, autumn, winter (level 1 sub-year groupings)
 *   2024-33 … 2024-36                  quarters Q1–Q4; 2021-37 … 2021-39 quadrimesters, which we
 *                                      read and show as "early", "mid" and "late" 2021; 2021-40,
 *                                      2021-41 semesters, shown as halves H1 and H2 (level 2 codes)
 *   2019/2021                          a range between any two of the above
 *   2019/.., ../2019                   open ranges: "from 2019", "until 2019" (level 1)
 *   XXXX                               unknown
 * Seasons are the meteorological ones of the northern hemisphere, where Entente's users are:
 * spring Mar–May, summer Jun–Aug, autumn Sep–Nov, and winter YYYY is Dec YYYY-1 to Feb YYYY
 * (the winter that contains January of YYYY, as the Met Office and WMO label it).
 */
import type { ProblemValues } from '../errors';
import { dateProblem } from './problems';

export type DatePrecision =
  | 'day'
  | 'month'
  | 'season'
  | 'quarter'
  | 'third'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'range'
  | 'open'
  | 'unknown';

export interface PartialDate {
  edtf: string;
  precision: DatePrecision;
  circa: boolean;
  /** First ISO day the value may mean; OPEN_START for "until …"; null when unknown. */
  from: string | null;
  /** Last ISO day the value may mean; OPEN_END for "from …"; null when unknown. */
  to: string | null;
}

/**
 * A reading, or why there is none. `key`/`values` (and `hintWording`) say the same as data for another language
 * (dates/problems.ts); they are absent for a reason that has no wording key (EDTF syntax, meant for API callers).
 */
export type ParseResult =
  | { ok: true; value: PartialDate; hint?: string; hintWording?: { key: string; values: ProblemValues } }
  | { ok: false; error: string; key?: string; values?: ProblemValues };

/** The first/last day an open range reaches: fixed width, so they sort and compare as strings. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

// Frozen because the same object is handed out for every unknown date.
export const UNKNOWN_DATE: PartialDate = Object.freeze({
  edtf: 'XXXX',
  precision: 'unknown',
  circa: false,
  from: null,
  to: null,
});

// Wide enough for historical treaties and long programmes; narrow enough that
// a typo such as "2921" or "1021" is caught instead of silently stored.
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

/** One end of a value. Only the fields that were actually known are set. */
export interface Point {
  y: number;
  m?: number;
  d?: number;
  /** ISO 8601-2 sub-year grouping (see GROUPS); never together with m or d. */
  g?: number;
  /** The decade starting at y ("1990s"). */
  decade?: boolean;
  /** The century starting at y, a multiple of 100 ("1800s"). */
  century?: boolean;
  approx: boolean;
  /** EDTF "?": the person is not sure of it ("2019?"), which is not the same as approximate. */
  uncertain?: boolean;
}

export type GroupPrecision = 'season' | 'quarter' | 'third' | 'half';

interface Group {
  precision: GroupPrecision;
  /** First and last month; a first month above the last crosses into the previous year (winter). */
  months: [number, number];
  short: string;
  long: string;
}

/** The sub-year groupings we read and write, by ISO 8601-2 code. */
export const GROUPS: ReadonlyMap<number, Group> = new Map([
  [21, { precision: 'season', months: [3, 5], short: 'spring', long: 'spring' }],
  [22, { precision: 'season', months: [6, 8], short: 'summer', long: 'summer' }],
  [23, { precision: 'season', months: [9, 11], short: 'autumn', long: 'autumn' }],
  [24, { precision: 'season', months: [12, 2], short: 'winter', long: 'winter' }],
  [33, { precision: 'quarter', months: [1, 3], short: 'Q1', long: 'first quarter of' }],
  [34, { precision: 'quarter', months: [4, 6], short: 'Q2', long: 'second quarter of' }],
  [35, { precision: 'quarter', months: [7, 9], short: 'Q3', long: 'third quarter of' }],
  [36, { precision: 'quarter', months: [10, 12], short: 'Q4', long: 'fourth quarter of' }],
  [37, { precision: 'third', months: [1, 4], short: 'early', long: 'early' }],
  [38, { precision: 'third', months: [5, 8], short: 'mid', long: 'mid' }],
  [39, { precision: 'third', months: [9, 12], short: 'late', long: 'late' }],
  [40, { precision: 'half', months: [1, 6], short: 'H1', long: 'first half of' }],
  [41, { precision: 'half', months: [7, 12], short: 'H2', long: 'second half of' }],
]);

export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const ENDS_BEFORE_START = 'The range ends before it starts.';

export const pad2 = (n: number): string => String(n).padStart(2, '0');
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
export const daysIn = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const isoDay = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

export function pointFrom(p: Point): string {
  if (p.decade || p.century) return isoDay(p.y, 1, 1);
  const group = p.g === undefined ? undefined : GROUPS.get(p.g);
  if (group) {
    const [first, last] = group.months;
    return isoDay(first > last ? p.y - 1 : p.y, first, 1);
  }
  return isoDay(p.y, p.m ?? 1, p.d ?? 1);
}

export function pointTo(p: Point): string {
  if (p.decade) return isoDay(p.y + 9, 12, 31);
  if (p.century) return isoDay(p.y + 99, 12, 31);
  const group = p.g === undefined ? undefined : GROUPS.get(p.g);
  if (group) return isoDay(p.y, group.months[1], daysIn(p.y, group.months[1]));
  const m = p.m ?? 12;
  return isoDay(p.y, m, p.d ?? daysIn(p.y, m));
}

/** The EDTF qualifier of a point: "~" approximate, "?" uncertain, "%" both. */
const qualifier = (p: Point): string => (p.approx ? (p.uncertain ? '%' : '~') : p.uncertain ? '?' : '');

export function pointEdtf(p: Point): string {
  const approx = qualifier(p);
  if (p.century) return `${String(p.y).slice(0, 2)}XX${approx}`;
  if (p.decade) return `${String(p.y).slice(0, 3)}X${approx}`;
  if (p.g !== undefined) return `${p.y}-${p.g}${approx}`;
  const m = p.m === undefined ? '' : `-${pad2(p.m)}`;
  const d = p.d === undefined ? '' : `-${pad2(p.d)}`;
  return `${p.y}${m}${d}${approx}`;
}

function pointPrecision(p: Point): DatePrecision {
  if (p.century) return 'century';
  if (p.decade) return 'decade';
  if (p.g !== undefined) return GROUPS.get(p.g)?.precision ?? 'year';
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

/** Plain-English reason a point is impossible, or null if it is fine. */
export function validate(p: Point): string | null {
  if (p.y < MIN_YEAR || p.y > MAX_YEAR || (p.decade && p.y + 9 > MAX_YEAR) || (p.century && p.y + 99 > MAX_YEAR))
    return dateProblem('years', { min: MIN_YEAR, max: MAX_YEAR });
  if (p.century) return p.y % 100 === 0 ? null : dateProblem('century', { century: p.y - (p.y % 100) });
  if (p.decade) return p.y % 10 === 0 ? null : dateProblem('decade', { decade: p.y - (p.y % 10) });
  if (p.g !== undefined) return GROUPS.has(p.g) ? null : dateProblem('noMonth', { m: p.g });
  if (p.m === undefined) return null;
  if (p.m < 1 || p.m > 12) return dateProblem('noMonth', { m: p.m });
  if (p.d === undefined) return null;
  if (p.d < 1) return dateProblem('noDay', { d: p.d });
  const max = daysIn(p.y, p.m);
  return p.d > max
    ? dateProblem('shortMonth', { month: p.m, y: p.y, max }, { month: MONTHS_LONG[p.m - 1] ?? '' })
    : null;
}

/** An end of a range, or null for the open side of "from 2019" / "until 2019". */
export type End = Point | null;

/**
 * The value of one point (b undefined), a range (a and b), or an open range (one of them null).
 * "Jan 2021–Jan 2021" is just January 2021: keeping it as a range would give the same period two
 * canonical spellings.
 */
export function build(a: End, b?: End): PartialDate {
  if (a === null || b === null) {
    const known = (a ?? b) as Point;
    const edtf = a === null ? `../${pointEdtf(known)}` : `${pointEdtf(known)}/..`;
    const from = a === null ? OPEN_START : pointFrom(known);
    const to = a === null ? pointTo(known) : OPEN_END;
    return { edtf, precision: 'open', circa: known.approx, from, to };
  }
  const ea = pointEdtf(a);
  if (b === undefined || pointEdtf(b) === ea)
    return { edtf: ea, precision: pointPrecision(a), circa: a.approx, from: pointFrom(a), to: pointTo(a) };
  const edtf = `${ea}/${pointEdtf(b)}`;
  return { edtf, precision: 'range', circa: a.approx || b.approx, from: pointFrom(a), to: pointTo(b) };
}

const EDTF_POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const EDTF_DECADE = /^(\d{3})X([~?%])?$/;
const EDTF_CENTURY = /^(\d{2})XX([~?%])?$/;

/** The qualifier flags of "~", "?" or "%" (absent ones are left out, so points compare as before). */
const qualified = (q: string | undefined): Pick<Point, 'approx' | 'uncertain'> =>
  q === '?' || q === '%' ? { approx: q === '%', uncertain: true } : { approx: q === '~' };

function decodePoint(part: string): Point | string {
  const century = EDTF_CENTURY.exec(part);
  if (century) {
    const p: Point = { y: Number(century[1]) * 100, century: true, ...qualified(century[2]) };
    return validate(p) ?? p;
  }
  const decade = EDTF_DECADE.exec(part);
  if (decade) {
    const p: Point = { y: Number(decade[1]) * 10, decade: true, ...qualified(decade[2]) };
    return validate(p) ?? p;
  }
  const g = EDTF_POINT.exec(part);
  if (!g)
    return `"${part}" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS (a sub-year code), YYYX or YYXX, optionally followed by "~", "?" or "%"`;
  const p: Point = { y: Number(g[1]), ...qualified(g[4]) };
  const second = g[2] === undefined ? undefined : Number(g[2]);
  if (second !== undefined && second > 12 && g[3] === undefined && GROUPS.has(second)) p.g = second;
  else {
    if (second !== undefined) p.m = second;
    if (g[3] !== undefined) p.d = Number(g[3]);
  }
  return validate(p) ?? p;
}

export interface Decoded {
  value: PartialDate;
  /** The ends; null for the open side of an open range. Empty for unknown. */
  points: End[];
}

/** Decodes a canonical string; returns the reason when it is not canonical. */
export function decode(edtf: string): Decoded | string {
  if (edtf === 'XXXX') return { value: UNKNOWN_DATE, points: [] };
  const parts = edtf.split('/');
  if (parts.length > 2) return 'a range has exactly one "/"';
  if (parts.length === 2 && parts[0] === '..' && parts[1] === '..') return 'an open range needs one known end';
  const points: End[] = [];
  for (const part of parts) {
    if (part === '..' && parts.length === 2) {
      points.push(null);
      continue;
    }
    const p = decodePoint(part);
    if (typeof p === 'string') return p;
    points.push(p);
  }
  const [a, b] = points;
  if (a === undefined) return 'empty';
  if (a !== null && b) {
    if (pointTo(b) < pointFrom(a)) return ENDS_BEFORE_START;
    if (pointEdtf(a) === pointEdtf(b)) return 'a range needs two different ends';
  }
  return { value: build(a, b), points };
}
