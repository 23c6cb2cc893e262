/**
 * Partial dates: dates recorded only as precisely as a desk officer knows them
 * ("2019", "Jan 2021", "c. 2019", "Jan–Mar 2021", unknown).
 *
 * Storage is a canonical string in a subset of the Library of Congress EDTF
 * level 1 (YYYY, YYYY-MM, YYYY-MM-DD, each optionally followed by "~", joined
 * by "/" for ranges, "XXXX" for unknown) plus the first and last ISO day the
 * value covers, so SQL can sort and filter on plain strings without knowing
 * about precision.
 *
 * Pure module: no I/O, no project imports, so it can run in main, renderer,
 * CLI and tests alike.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'unknown';

export interface PartialDate {
  edtf: string;
  precision: DatePrecision;
  circa: boolean;
  from: string | null;
  to: string | null;
}

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; error: string };

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
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

/** One end of a value. Only the fields that were actually known are set. */
interface Point {
  y: number;
  m?: number;
  d?: number;
  approx: boolean;
}
/** A point while parsing: the start of "Jan–Mar 2021" has no year yet. */
type Draft = Omit<Point, 'y'> & { y?: number };

const MONTHS_LONG = [
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
const MONTHS_SHORT = MONTHS_LONG.map((m) => m.slice(0, 3));

// English and Italian names. The shared abbreviations (feb, mar, apr, nov)
// mean the same month in both languages, and "set"/"ago"/"gen"/"mag"/"giu"/
// "lug"/"ott"/"dic" are not English words a user would type for a month, so
// no entry has to choose between two meanings.
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'january jan gennaio gen',
    'february feb febbraio',
    'march mar marzo',
    'april apr aprile',
    'may maggio mag',
    'june jun giugno giu',
    'july jul luglio lug',
    'august aug agosto ago',
    'september sep sept settembre set',
    'october oct ottobre ott',
    'november nov novembre',
    'december dec dicembre dic',
  ].flatMap((words, i) => words.split(' ').map((w): [string, number] => [w, i + 1])),
);

// "date unknown" / "unknown" are our own long/short outputs, so they must parse back.
const UNKNOWN_WORDS = new Set([
  '',
  '?',
  'unknown',
  'date unknown',
  'unknown date',
  'undated',
  'n.d.',
  'n.d',
  'nd',
  'xxxx',
  'sconosciuta',
  'sconosciuto',
  'ignota',
  's.d.',
  '-',
  '–',
  '—',
]);

const NOT_A_DATE = 'Not a date. Try "2019", "Jan 2021", "15 Jan 2021", "c. 2019" or "2019–2021".';
const NEED_BOTH_ENDS = 'Give both the start and the end, e.g. "2019–2021".';
const ENDS_BEFORE_START = 'The range ends before it starts.';

// "c" and "ca" without a dot need a space or digit after them so that a
// stray letter is not silently read as "circa".
const CIRCA_PREFIX = /^(?:(?:circa|about|around|approximately|approx|ca|c)\.?(?=[\s\d])|(?:approx|ca|c)\.|~)\s*/;
// EDTF "?" (uncertain) and "%" (uncertain and approximate) are folded into
// "approximate": for a desk officer the distinction carries no meaning.
const CIRCA_SUFFIX = /\s*[~?%]+$/;
// Range separators. Hyphen is tried too, but only after the whole text failed
// as a single date, so "2021-01" stays a month and "2019-2021" becomes a range.
const RANGE_SEP = /\s*(?:[–—/-]|(?<!\S)(?:to|until|till|through)(?!\S))\s*/g;
const FILLER_WORDS = new Set(['of', 'the']);

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const fail = (error: string): ParseResult => ({ ok: false, error });
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pointFrom(p: Point): string {
  return `${p.y}-${pad2(p.m ?? 1)}-${pad2(p.d ?? 1)}`;
}
function pointTo(p: Point): string {
  const m = p.m ?? 12;
  return `${p.y}-${pad2(m)}-${pad2(p.d ?? daysIn(p.y, m))}`;
}
function pointEdtf(p: Point): string {
  const m = p.m === undefined ? '' : `-${pad2(p.m)}`;
  const d = p.d === undefined ? '' : `-${pad2(p.d)}`;
  return `${p.y}${m}${d}${p.approx ? '~' : ''}`;
}

/** Plain-English reason a point is impossible, or null if it is fine. */
function validate(p: Point): string | null {
  if (p.y < MIN_YEAR || p.y > MAX_YEAR) return `Years must be between ${MIN_YEAR} and ${MAX_YEAR}.`;
  if (p.m === undefined) return null;
  if (p.m < 1 || p.m > 12) return `There is no month ${p.m}.`;
  if (p.d === undefined) return null;
  if (p.d < 1) return `There is no day ${p.d}.`;
  const max = daysIn(p.y, p.m);
  return p.d > max ? `${MONTHS_LONG[p.m - 1] ?? ''} ${p.y} has only ${max} days.` : null;
}

function build(a: Point, b: Point | null): PartialDate {
  const ea = pointEdtf(a);
  // "Jan 2021–Jan 2021" is just January 2021; keeping it as a range would
  // give the same period two canonical spellings.
  if (b === null || pointEdtf(b) === ea) {
    const precision = a.d !== undefined ? 'day' : a.m !== undefined ? 'month' : 'year';
    return { edtf: ea, precision, circa: a.approx, from: pointFrom(a), to: pointTo(a) };
  }
  const edtf = `${ea}/${pointEdtf(b)}`;
  return { edtf, precision: 'range', circa: a.approx || b.approx, from: pointFrom(a), to: pointTo(b) };
}

/**
 * Reads one point. Returns null when the text does not look like a date at
 * all (so the caller may try splitting it as a range), a string when it looks
 * like a date but is impossible, otherwise a draft that is not yet validated.
 */
function readPoint(raw: string): Draft | string | null {
  let s = raw.trim();
  let approx = false;
  const pre = CIRCA_PREFIX.exec(s);
  if (pre) [approx, s] = [true, s.slice(pre[0].length)];
  const suf = CIRCA_SUFFIX.exec(s);
  if (suf) [approx, s] = [true, s.slice(0, suf.index)];

  let g: RegExpExecArray | null;
  if ((g = /^(\d{4})$/.exec(s))) return { y: Number(g[1]), approx };
  // Year first: ISO, or "2021/01/15" as written by some office software.
  if ((g = /^(\d{4})([-/])(\d{1,2})$/.exec(s))) return { y: Number(g[1]), m: Number(g[3]), approx };
  if ((g = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s))) {
    return { y: Number(g[1]), m: Number(g[3]), d: Number(g[4]), approx };
  }
  // Year last: always day first, as written in European ministries
  // ("03/04/2021" is 3 April). A month above 12 that would be valid the other
  // way round is most likely a US-style date, so say how to fix it.
  if ((g = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s))) {
    const [d, m, y] = [Number(g[1]), Number(g[3]), Number(g[4])];
    if (m > 12 && d >= 1 && d <= 12) {
      return `There is no month ${m}. Write the day first, e.g. ${pad2(m)}/${pad2(d)}/${y}.`;
    }
    return { y, m, d, approx };
  }
  if ((g = /^(\d{1,2})[/.](\d{4})$/.exec(s))) return { y: Number(g[2]), m: Number(g[1]), approx };

  const tokens = s
    .replace(/(\d)(?:st|nd|rd|th|°|º)(?![a-z])/g, '$1')
    .replace(/([a-z\d])\./g, '$1')
    .split(/[\s,/-]+/)
    .filter((t) => t !== '' && !FILLER_WORDS.has(t));
  let shape = '';
  let [day, month, year] = [0, 0, 0];
  for (const t of tokens) {
    const named = MONTH_WORDS.get(t);
    if (named !== undefined) [shape, month] = [shape + 'M', named];
    else if (/^\d{4}$/.test(t)) [shape, year] = [shape + 'Y', Number(t)];
    else if (/^\d{1,2}$/.test(t)) [shape, day] = [shape + 'N', Number(t)];
    else return null;
  }
  switch (shape) {
    case 'Y':
      return { y: year, approx };
    case 'MY':
      return { y: year, m: month, approx };
    case 'NMY':
    case 'MNY':
      return { y: year, m: month, d: day, approx };
    // Year-less forms only make sense as the start of "Jan–Mar 2021".
    case 'M':
      return { m: month, approx };
    case 'NM':
    case 'MN':
      return { m: month, d: day, approx };
    case 'N':
      return { d: day, approx };
    default:
      return null;
  }
}

const dated = (p: Draft): p is Point => p.y !== undefined;

/** Tries one way of splitting the text into start and end; null if it is not a date that way. */
function readRange(left: string, right: string, outerCirca: boolean): ParseResult | null {
  if (left === '' || right === '') {
    const other = readPoint(left || right);
    return other !== null && typeof other !== 'string' && dated(other) ? fail(NEED_BOTH_ENDS) : null;
  }
  const a = readPoint(left);
  if (a === null) return null;
  // "2019–21": a two-digit end year belongs to the start's century.
  // Deliberately no roll-over: "1998–02" is refused rather than guessed.
  const short = /^(\d{2})([~?%]*)$/.exec(right);
  const century = typeof a !== 'string' && a.y !== undefined && a.m === undefined ? Math.floor(a.y / 100) : null;
  const b = readPoint(short && century !== null ? `${century}${short[1]}${short[2]}` : right);
  if (b === null || (typeof b !== 'string' && !dated(b))) return null;
  if (typeof a === 'string') return fail(a);
  if (typeof b === 'string') return fail(b);
  // Shorthand "Jan–Mar 2021", "15 Jan–2 Feb 2021", "15–20 Jan 2021": the
  // start borrows the year (and month) it left out from the end.
  let y = a.y;
  let m = a.m;
  if (y === undefined) {
    if (b.m === undefined || (m === undefined && b.d === undefined)) return null;
    [y, m] = [b.y, m ?? b.m];
  }
  const start: Point = { ...a, y, m, approx: a.approx || outerCirca };
  const end: Point = { ...b, approx: b.approx || outerCirca };
  const error = validate(start) ?? validate(end);
  if (error !== null) return fail(error);
  // Lenient on mixed precisions ("2021–Mar 2021" is accepted): only a range
  // whose last possible day precedes its first possible day is impossible.
  if (pointTo(end) < pointFrom(start)) return fail(ENDS_BEFORE_START);
  return { ok: true, value: build(start, end) };
}

/**
 * Parses what a person types. Case-insensitive; English and Italian month
 * names; numeric dates with the year last are day-first.
 *
 * A circa marker in front of a whole range ("c. 2019–2021") applies to both
 * ends, because that is how it reads. To mark only the start, write
 * "from c. 2019 to 2021" (or "2019~–2021"); only the end: "2019–c. 2021".
 */
export function parsePartialDate(input: string): ParseResult {
  // Unicode hyphens/minus become "-", figure dash and bar become "–".
  const s = input.trim().toLowerCase().replace(/[‐‑−]/g, '-').replace(/[‒―]/g, '–').replace(/\s+/g, ' ');
  if (UNKNOWN_WORDS.has(s)) return { ok: true, value: UNKNOWN_DATE };

  let rest = s;
  const pre = CIRCA_PREFIX.exec(rest);
  const outerCirca = pre !== null;
  if (pre) rest = rest.slice(pre[0].length);
  const from = /^from\s+/.exec(rest);
  if (from) rest = rest.slice(from[0].length);

  const single = readPoint(rest);
  if (typeof single === 'string') return fail(single);
  if (single !== null && dated(single)) {
    // "from 2019" alone is an open range, which we do not store.
    if (from) return fail(NEED_BOTH_ENDS);
    const p: Point = { ...single, approx: single.approx || outerCirca };
    const error = validate(p);
    return error === null ? { ok: true, value: build(p, null) } : fail(error);
  }

  // Try every separator: the first split where both sides are dates wins;
  // failing that, report the first specific problem found.
  let firstError: string | null = null;
  for (const sep of rest.matchAll(RANGE_SEP)) {
    const left = rest.slice(0, sep.index).trim();
    const right = rest.slice(sep.index + sep[0].length).trim();
    const r = readRange(left, right, outerCirca);
    if (r?.ok) return r;
    if (r) firstError ??= r.error;
  }
  return fail(firstError ?? NOT_A_DATE);
}

const EDTF_POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$/;

/** Decodes a canonical string; returns the reason when it is not canonical. */
function decode(edtf: string): { value: PartialDate; points: Point[] } | string {
  if (edtf === 'XXXX') return { value: UNKNOWN_DATE, points: [] };
  const parts = edtf.split('/');
  if (parts.length > 2) return 'a range has exactly one "/"';
  const points: Point[] = [];
  for (const part of parts) {
    const g = EDTF_POINT.exec(part);
    if (!g) return `"${part}" is not YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by "~"`;
    const p: Point = { y: Number(g[1]), approx: g[4] === '~' };
    if (g[2] !== undefined) p.m = Number(g[2]);
    if (g[3] !== undefined) p.d = Number(g[3]);
    const error = validate(p);
    if (error !== null) return error;
    points.push(p);
  }
  const [a, b] = points;
  if (a === undefined) return 'empty';
  if (b !== undefined) {
    if (pointTo(b) < pointFrom(a)) return ENDS_BEFORE_START;
    if (pointEdtf(a) === pointEdtf(b)) return 'a range needs two different ends';
  }
  return { value: build(a, b ?? null), points };
}

function decodeOrThrow(edtf: string): { value: PartialDate; points: Point[] } {
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

const toValue = (d: PartialDate | string): PartialDate => (typeof d === 'string' ? fromEdtf(d) : d);

/** Drops the last `drop` fields (year, then month) so a range can share them. */
function formatPoint(p: Point, long: boolean, drop: number): string {
  const parts: string[] = [];
  if (p.d !== undefined) parts.push(String(p.d));
  if (p.m !== undefined) parts.push((long ? MONTHS_LONG : MONTHS_SHORT)[p.m - 1] ?? '');
  parts.push(String(p.y));
  return parts.slice(0, parts.length - drop).join(' ');
}

/**
 * Displays a value "as written". Every output parses back to the same edtf,
 * which is why a start-only approximate range reads "from c. 2019 to 2021":
 * "c. 2019–2021" would mean both ends are approximate.
 * Throws (via fromEdtf) on a non-canonical string, so corrupt data is noticed.
 */
export function formatPartialDate(d: PartialDate | string, style: 'short' | 'long' = 'short'): string {
  const long = style === 'long';
  const [a, b] = decodeOrThrow(typeof d === 'string' ? d : d.edtf).points;
  if (a === undefined) return long ? 'date unknown' : 'unknown';
  const circa = long ? 'circa ' : 'c. ';
  if (b === undefined) return (a.approx ? circa : '') + formatPoint(a, long, 0);

  let drop = 0;
  if (a.y === b.y && a.m !== undefined && b.m !== undefined) {
    drop = a.m === b.m && a.d !== undefined && b.d !== undefined ? 2 : 1;
  }
  const left = formatPoint(a, long, drop);
  const right = formatPoint(b, long, 0);
  const join = long ? ' to ' : '–';
  if (a.approx && b.approx) return `${circa}${left}${join}${right}`;
  if (a.approx) return `from ${circa}${left} to ${right}`;
  return `${left}${join}${b.approx ? circa : ''}${right}`;
}

// Ordering: unknown dates sort FIRST (background we cannot place), then by
// `from` ascending, then `to` ascending, then precision (day < month < year <
// range: narrower first when they cover the same days), and finally by the
// edtf string itself so that only identical values compare equal and sorts
// are deterministic (e.g. "2019" before "2019~").
const RANK: Record<DatePrecision, number> = { unknown: 0, day: 0, month: 1, year: 2, range: 3 };

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
export function asOfCutoff(input: string): ParseResult & { cutoff?: string } {
  const r = parsePartialDate(input);
  if (!r.ok) return r;
  if (r.value.to === null) return fail('Give a date, e.g. "2021" or "15 Jan 2021".');
  return { ...r, cutoff: r.value.to };
}

/** Today in the machine's local time zone: desk officers mean their own calendar day. */
export function todayIso(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
