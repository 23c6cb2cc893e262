/**
 * Partial dates: dates recorded only as precisely as a desk officer knows them
 * ("2019", "Jan 2021", "c. 2019", "Jan–Mar 2021", "Q1 2024", "early 2021", "1990s",
 * "from 2019", "令和3年4月", unknown).
 *
 * Storage is a canonical string in EDTF (Library of Congress Extended Date/Time Format,
 * ISO 8601-2): the grammar is in dates/point.ts, the reading of free text in dates/read.ts.
 * Beside it the store keeps the first and last ISO day the value covers and a sort key, so
 * SQL can sort and filter on plain strings without knowing about precision. Named periods
 * keep their name (EDTF sub-year codes, "199X"), so they are shown as they were written.
 *
 * Pure module: no I/O, no project imports, so it can run in main, renderer,
 * CLI and tests alike.
 */
import {
  OPEN_END,
  OPEN_START,
  UNKNOWN_DATE,
  decode,
  pointFrom,
  pointTo,
  type DatePrecision,
  type Decoded,
  type ParseResult,
  type PartialDate,
} from './dates/point';
import { readPartialDate, todayIso } from './dates/read';
import { DATE_LANGS, formatPoints, spanText, type DateLang } from './dates/display';

export { DATE_LANGS, OPEN_END, OPEN_START, UNKNOWN_DATE, spanText, todayIso };
export type { DateLang, DatePrecision, ParseResult, PartialDate };

export interface ParseOptions {
  /** The ISO day "today", "yesterday" and "tomorrow" count from; the machine's local day by default. */
  today?: string;
}

/**
 * Parses what a person types (see dates/read.ts for every form). `hint` is set when the text was
 * read in a way the person may not have meant ("2019-21" is EDTF for spring 2019).
 */
export function parsePartialDate(input: string, options: ParseOptions = {}): ParseResult {
  return readPartialDate(input, options.today ?? todayIso());
}

function decodeOrThrow(edtf: string): Decoded {
  const r = decode(edtf);
  if (typeof r === 'string') throw new Error(`Not a canonical partial date "${edtf}": ${r}`);
  return r;
}

export function fromEdtf(edtf: string): PartialDate {
  return decodeOrThrow(edtf).value;
}

export function isEdtf(s: string): boolean {
  return typeof decode(s) !== 'string';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const toValue = (d: PartialDate | string): PartialDate => (typeof d === 'string' ? fromEdtf(d) : d);

/**
 * Displays a value "as written" in `lang` (dates/display.ts): "Q1 2024", "early 2021", "1990s", "from 2019",
 * "c. 2019–2021"; in Italian "1° trim. 2024", "inizio 2021", "anni 1990", "dal 2019". Every output parses back to
 * the same edtf. Throws on a non-canonical string, so corrupt data is noticed.
 */
export function formatPartialDate(
  d: PartialDate | string,
  style: 'short' | 'long' = 'short',
  lang: DateLang = 'en',
): string {
  return formatPoints(decodeOrThrow(typeof d === 'string' ? d : d.edtf).points, style === 'long', lang);
}

/**
 * The span a value can be drawn or counted on: for an open range, the known end's own span
 * ("from 2019" → 2019); otherwise [from, to]. Null when unknown.
 */
export function boundedSpan(d: PartialDate | string): { from: string; to: string } | null {
  const v = toValue(d);
  if (v.from === null || v.to === null) return null;
  if (v.precision !== 'open') return { from: v.from, to: v.to };
  const known = v.edtf.split('/').find((part) => part !== '..') ?? '';
  return boundedSpan(known);
}

/**
 * The days the START of a value may mean, as ISO days: for a range or a "from …" range, the
 * first end's own span ("2019/2021" → 2019-01-01…2019-12-31, "2020-04/.." → April 2020);
 * otherwise the value's [from, to] ("../2019" has no known start, so its whole span). Null
 * when unknown. Status derivation places a range event by it (domain/status.ts, rule 1).
 */
export function startSpan(d: PartialDate | string): { from: string; to: string } | null {
  const { value, points } = decodeOrThrow(typeof d === 'string' ? d : d.edtf);
  const [a, b] = points;
  if (a && b !== undefined) return { from: pointFrom(a), to: pointTo(a) };
  return value.from === null || value.to === null ? null : { from: value.from, to: value.to };
}

// Ordering: unknown dates sort FIRST (background we cannot place), then by
// `from` ascending, then `to` ascending, then precision (day < month and named
// parts of a year < year, decade and century < range and open range: narrower first when
// they cover the same days), and finally by the edtf string itself so that only
// identical values compare equal and sorts are deterministic (e.g. "2019" before
// "2019~"). The ranks of day, month, year and range are stored in sort keys
// since migration 1: they must not change.
const RANK: Record<DatePrecision, number> = {
  unknown: 0,
  day: 0,
  month: 1,
  season: 1,
  quarter: 1,
  third: 1,
  half: 1,
  year: 2,
  decade: 2,
  century: 2,
  range: 3,
  open: 3,
};

export function comparePartialDates(a: PartialDate | string, b: PartialDate | string): number {
  const x = toValue(a);
  const y = toValue(b);
  if (x.from === null || y.from === null) {
    return (x.from === null ? 0 : 1) - (y.from === null ? 0 : 1);
  }
  const byPrecision = RANK[x.precision] - RANK[y.precision];
  return cmp(x.from, y.from) || cmp(x.to ?? '', y.to ?? '') || byPrecision || cmp(x.edtf, y.edtf);
}

/**
 * A string for ORDER BY / plain `<` comparison (not localeCompare) that
 * orders exactly like comparePartialDates. from/to are fixed width, so
 * concatenation preserves the field order.
 */
export function sortKey(d: PartialDate | string): string {
  const v = toValue(d);
  if (v.from === null || v.to === null) return '0';
  return `1${v.from}${v.to}${RANK[v.precision]}${v.edtf}`;
}

function assertIsoDay(isoDay: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`Expected a YYYY-MM-DD day, got "${isoDay}"`);
}

export function coversDay(d: PartialDate | string, isoDay: string): boolean {
  assertIsoDay(isoDay);
  const v = toValue(d);
  return v.from !== null && v.to !== null && v.from <= isoDay && isoDay <= v.to;
}

/** True once the value has begun by `isoDay`; drives "status as of" views. */
export function startedBy(d: PartialDate | string, isoDay: string): boolean {
  assertIsoDay(isoDay);
  const v = toValue(d);
  return v.from !== null && v.from <= isoDay;
}

/**
 * Parses an "as of" date typed by the user. The cutoff is the LAST day it
 * covers, so "as of 2021" includes everything that started during 2021.
 */
export function asOfCutoff(input: string, options: ParseOptions = {}): ParseResult & { cutoff?: string } {
  const r = parsePartialDate(input, options);
  if (!r.ok) return r;
  if (r.value.to === null || r.value.to === OPEN_END)
    return { ok: false, error: 'Give a date with an end, e.g. "2021" or "15 Jan 2021".' };
  return { ...r, cutoff: r.value.to };
}
