/**
 * Reading partial dates as people write them: English and Italian words, day-first numbers,
 * full-width digits, Japanese calendar and era forms, named periods (quarters, halves, early/mid/
 * late, seasons, decades), open ranges and "today". Produces the canonical values of point.ts.
 *
 * Rules of thumb: nothing typed is silently dropped (a marker we cannot place refuses the whole
 * text); every display string of point.ts reads back to the same value.
 */
import {
  ENDS_BEFORE_START,
  GROUPS,
  build,
  pad2,
  pointFrom,
  pointTo,
  validate,
  UNKNOWN_DATE,
  type End,
  type ParseResult,
  type Point,
} from './point';
import { dateProblem, dateWordingOf } from './problems';
import { readJapanese } from './japanese';
import {
  MONTH_WORDS,
  GROUP_WORDS,
  ORDINALS,
  PERIOD_PHRASE,
  DECADE_WORDS,
  UNKNOWN_WORDS,
  RELATIVE_DAYS,
  CIRCA_PREFIX,
  CIRCA_SUFFIX,
  RANGE_SEP,
  FILLER_WORDS,
  OPEN_END_PREFIX,
  OPEN_START_PREFIX,
  OPEN_END_SUFFIX,
  OPEN_START_PREFIX_SIGN,
  OPEN_START_SUFFIX,
} from './words';

/** A point while parsing: the start of "Jan–Mar 2021" has no year yet. */
type Draft = Omit<Point, 'y'> & { y?: number };

export const NOT_A_DATE = 'Not a date. Try "2019", "Jan 2021", "15 Jan 2021", "c. 2019" or "2019–2021".';
const NEED_BOTH_ENDS = 'Give both ends, e.g. "2019–2021", or one: "from 2019", "until 2021".';

/** A refusal with its reason's wording key and values beside the English (dates/problems.ts). */
const fail = (error: string): ParseResult => ({ ok: false, error, ...dateWordingOf(error) });
const dated = (p: Draft): p is Point => p.y !== undefined;

/** Today in the machine's local time zone: desk officers mean their own calendar day. */
export function todayIso(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

function shiftDay(isoDay: string, days: number): Draft {
  const t = new Date(`${isoDay}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), approx: false };
}

const ROMAN_CENTURY: Record<string, number> = { xix: 1800, xx: 1900, xxi: 2000, xxii: 2100 };

/** Two-digit decades ("anni '90", "'20s") are the latest such decade that has begun by today. */
function decadeOf(digits: string, today: string): number {
  if (digits.length === 4) return Number(digits);
  const year = Number(today.slice(0, 4));
  const candidate = Math.floor(year / 100) * 100 + Number(digits);
  return candidate > year ? candidate - 100 : candidate;
}

/**
 * Reads one point. Returns null when the text does not look like a date at
 * all (so the caller may try splitting it as a range), a string when it looks
 * like a date but is impossible, otherwise a draft that is not yet validated.
 */
function readPoint(raw: string, today: string): Draft | string | null {
  let s = raw.trim();
  let approx = false;
  const pre = CIRCA_PREFIX.exec(s);
  if (pre) [approx, s] = [true, s.slice(pre[0].length)];
  // "~" and 頃 are "circa"; "?" is EDTF's "uncertain" ("2019?": not sure it was 2019), kept apart from
  // approximate so it is shown as written; "%" (or "c. 2019?") is both.
  let uncertain = false;
  const suf = CIRCA_SUFFIX.exec(s);
  if (suf) {
    const marks = suf[1] ?? '';
    uncertain = /[?%]/.test(marks);
    approx ||= !/^\?+$/.test(marks);
    s = s.slice(0, suf.index).trim();
  }
  const withApprox = (p: Draft | string | null): Draft | string | null =>
    p && typeof p !== 'string'
      ? { ...p, approx: p.approx || approx, ...(uncertain || p.uncertain ? { uncertain: true } : {}) }
      : p;
  return withApprox(readBare(s, approx, today));
}

/** readPoint without the circa and uncertainty marks (which it puts on the result). */
function readBare(s: string, approx: boolean, today: string): Draft | string | null {
  const relative = RELATIVE_DAYS.get(s);
  if (relative !== undefined) return shiftDay(today, relative);
  const japanese = readJapanese(s);
  if (japanese !== null) return japanese;

  let g: RegExpExecArray | null;
  if ((g = /^(\d{4})$/.exec(s))) return { y: Number(g[1]), approx };
  if ((g = /^(\d{3})x$/.exec(s))) return { y: Number(g[1]) * 10, decade: true, approx };
  if ((g = /^(\d{2})xx$/.exec(s))) return { y: Number(g[1]) * 100, century: true, approx };
  // "2020-21", "2012-13": a span of years (a financial or academic year), as people write it —
  // read as the range by the caller (not a point here) whenever the two digits are no month and
  // come after the first year's own ("2020-21" is 2020–2021, not EDTF's spring 2020).
  if ((g = YEAR_SPAN.exec(s)) && isYearSpan(g[1]!, g[2]!)) return null;
  // Year first: ISO, or "2021/01/15" as written by some office software. A number above 12 after
  // a hyphen is an ISO 8601-2 sub-year code when it is one and no year span ("2021-21" is spring 2021).
  if ((g = /^(\d{4})-(\d{2})$/.exec(s)) && GROUPS.has(Number(g[2])))
    return { y: Number(g[1]), g: Number(g[2]), approx };
  // …and "2021.1.15", year first with dots, as Japanese, Chinese and Korean offices write it.
  if ((g = /^(\d{4})([-/.])(\d{1,2})$/.exec(s))) return { y: Number(g[1]), m: Number(g[3]), approx };
  if ((g = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s))) {
    return { y: Number(g[1]), m: Number(g[3]), d: Number(g[4]), approx };
  }
  // Year last: always day first, as written in European ministries
  // ("03/04/2021" is 3 April). A month above 12 that would be valid the other
  // way round is most likely a US-style date, so say how to fix it.
  if ((g = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s))) {
    const [d, m, y] = [Number(g[1]), Number(g[3]), Number(g[4])];
    if (m > 12 && d >= 1 && d <= 12) {
      return dateProblem('dayFirst', { m, example: `${pad2(m)}/${pad2(d)}/${y}` });
    }
    return { y, m, d, approx };
  }
  if ((g = /^(\d{1,2})[/.](\d{4})$/.exec(s))) return { y: Number(g[2]), m: Number(g[1]), approx };
  // A separator left at either end is a marker we would otherwise drop ("2019/" is not 2019).
  if (/^[\s,/-]|[\s,/-]$/.test(s)) return null;
  return readWords(s, approx, today);
}

/** Words and numbers in any order: "15 January 2021", "Q1 2024", "fine del 2021", "anni '90". */
function readWords(text: string, approx: boolean, today: string): Draft | null {
  const s = text
    .replace(/(\d)(?:st|nd|rd|th|°|º|ª)(?![a-z])/g, '$1')
    .replace(PERIOD_PHRASE, (_, ordinal: string, noun: string) => {
      const n = ORDINALS.find(([re]) => re.test(ordinal))?.[1] ?? 0;
      const half = /half|sem|metà|meta/.test(noun);
      return half ? (n <= 2 ? `h${n}` : _) : `q${n}`;
    })
    // "anni 1900" is the decade 1900–1909 (as "1900s decade"), never the century: "d" marks a decade below.
    .replace(/(?<![a-z\d])anni\s+'?(\d{2}|\d{4})(?![\d'])/g, (_, d: string) => `${decadeOf(d, today)}d`)
    // "XIX secolo", "secolo XX": a century, as the Italian display writes it.
    .replace(
      /(?<![a-z\d])(?:(xix|xx|xxi|xxii)\s+secolo|secolo\s+(xix|xx|xxi|xxii))(?![a-z])/g,
      (_, a?: string, b?: string) => `${ROMAN_CENTURY[a ?? b ?? '']}c`,
    )
    .replace(/(?<![a-z\d])the\s+'?(\d{2}|\d{3}0)'?s(?![a-z])/g, (_, d: string) => `${decadeOf(d, today)}s`)
    .replace(/(?<![a-z\d])anni\s+([a-z]+)/g, (all, w: string) => {
      const tens = DECADE_WORDS.get(w);
      return tens === undefined ? all : `${decadeOf(String(tens), today)}d`;
    })
    .replace(/(?<![a-z\d])'(\d{2})s(?![a-z])/g, (_, d: string) => `${decadeOf(d, today)}s`)
    .replace(/(\d{4})'s(?![a-z])/g, '$1s')
    // How a decade that starts a century is shown ("1900s decade"): "1900s" alone is the century.
    .replace(/(?<![a-z\d])(\d{2}00)s decade(?![a-z])/g, '$1d')
    .replace(/([a-z\d])\./g, '$1');
  const tokens = s.split(/[\s,/-]+/).filter((t) => t !== '' && !FILLER_WORDS.has(t) && !/^dell'?$/.test(t));
  let shape = '';
  let [day, month, year, group] = [0, 0, 0, 0];
  for (const t of tokens) {
    const named = MONTH_WORDS.get(t);
    const code = GROUP_WORDS.get(t);
    let g: RegExpExecArray | null;
    if (named !== undefined) [shape, month] = [shape + 'M', named];
    else if (code !== undefined) [shape, group] = [shape + 'G', code];
    else if (/^\d{4}$/.test(t)) [shape, year] = [shape + 'Y', Number(t)];
    else if ((g = /^(1[89]00)s$/.exec(t))) [shape, year] = [shape + 'C', Number(g[1])];
    else if ((g = /^(\d{3}0)[sd]$/.exec(t))) [shape, year] = [shape + 'D', Number(g[1])];
    else if ((g = /^(\d{2}00)c$/.exec(t))) [shape, year] = [shape + 'C', Number(g[1])];
    else if (/^\d{1,2}$/.test(t)) [shape, day] = [shape + 'N', Number(t)];
    else return null;
  }
  switch (shape) {
    case 'Y':
      return { y: year, approx };
    case 'D':
      return { y: year, decade: true, approx };
    case 'C':
      return { y: year, century: true, approx };
    case 'GY':
    case 'YG':
      return { y: year, g: group, approx };
    case 'MY':
      return { y: year, m: month, approx };
    case 'NMY':
    case 'MNY':
      return { y: year, m: month, d: day, approx };
    // Year-less forms only make sense as the start of "Jan–Mar 2021" or "Q1–Q3 2024".
    case 'G':
      return { g: group, approx };
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

/** Tries one way of splitting the text into start and end; null if it is not a date that way. */
function readRange(left: string, right: string, outerCirca: boolean, today: string): ParseResult | null {
  if (left === '' || right === '') {
    const other = readPoint(left || right, today);
    return other !== null && typeof other !== 'string' && dated(other) ? fail(NEED_BOTH_ENDS) : null;
  }
  const a = readPoint(left, today);
  if (a === null) return null;
  // "2019–21": a two-digit end year belongs to the start's century.
  // Deliberately no roll-over: "1998–02" is refused rather than guessed.
  const short = /^(\d{2})([~?%]*)$/.exec(right);
  const plainYear =
    typeof a !== 'string' && a.y !== undefined && a.m === undefined && a.g === undefined && !a.decade && !a.century;
  const century = plainYear ? Math.floor((a.y ?? 0) / 100) : null;
  const b = readPoint(short && century !== null ? `${century}${short[1]}${short[2]}` : right, today);
  if (b === null || (typeof b !== 'string' && !dated(b))) return null;
  if (typeof a === 'string') return fail(a);
  if (typeof b === 'string') return fail(b);
  // Shorthand "Jan–Mar 2021", "15 Jan–2 Feb 2021", "15–20 Jan 2021", "Q1–Q3 2024": the
  // start borrows the year (and month) it left out from the end.
  let y = a.y;
  let m = a.m;
  if (y === undefined) {
    const sameKind =
      a.g !== undefined ? b.g !== undefined : b.m !== undefined && (m !== undefined || b.d !== undefined);
    if (!sameKind) return null;
    [y, m] = [b.y, a.g !== undefined ? undefined : (m ?? b.m)];
  }
  const start: Point = { ...a, y, ...(m === undefined ? {} : { m }), approx: a.approx || outerCirca };
  const end: Point = { ...b, approx: b.approx || outerCirca };
  const error = validate(start) ?? validate(end);
  if (error !== null) return fail(error);
  // Lenient on mixed precisions ("2021–Mar 2021" is accepted): only a range
  // whose last possible day precedes its first possible day is impossible.
  if (pointTo(end) < pointFrom(start)) return fail(ENDS_BEFORE_START);
  return { ok: true, value: build(start, end) };
}

/** One point, validated, or why not; null when the text is not a single point. */
function single(text: string, outerCirca: boolean, today: string): Point | string | null {
  const p = readPoint(text, today);
  if (p === null || typeof p === 'string') return p;
  if (!dated(p)) return null;
  const point: Point = { ...p, approx: p.approx || outerCirca };
  return validate(point) ?? point;
}

/** Full-width characters folded, Japanese wave dashes read as range dashes, spacing and case settled. */
export function normaliseDateText(input: string): string {
  return (
    input
      // Before NFKC, which would turn the full-width tilde into "~" (circa).
      .replace(/[〜～]/g, '–')
      .replace(/[ºª]/g, '°')
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      .replace(/[‐‑−]/g, '-')
      .replace(/[‒―]/g, '–')
      .replace(/[‘’′]/g, "'")
      .replace(/\s+/g, ' ')
  );
}

/** An open range ("from 2019", "2019/..", "until 2019", "2019年まで"), or null when the text is not one. */
function readOpen(s: string, outerCirca: boolean, today: string): ParseResult | null {
  const forms: [RegExp, 'start' | 'end', 'prefix' | 'suffix'][] = [
    [OPEN_END_PREFIX, 'end', 'prefix'],
    [OPEN_START_PREFIX, 'start', 'prefix'],
    [OPEN_START_PREFIX_SIGN, 'start', 'prefix'],
    [OPEN_END_SUFFIX, 'end', 'suffix'],
    [OPEN_START_SUFFIX, 'start', 'suffix'],
  ];
  for (const [marker, open, where] of forms) {
    const m = marker.exec(s);
    if (!m) continue;
    const rest = where === 'prefix' ? s.slice(m[0].length) : s.slice(0, m.index);
    const p = single(rest.trim(), outerCirca, today);
    if (typeof p === 'string') return fail(p);
    if (p === null) continue;
    const ends: [End, End] = open === 'end' ? [p, null] : [null, p];
    return { ok: true, value: build(...ends) };
  }
  return null;
}

/**
 * Parses what a person types. Case-insensitive; English and Italian words; numeric dates with
 * the year last are day-first; "today" and its kin resolve against `today` (ISO day).
 *
 * A circa marker in front of a whole range ("c. 2019–2021") applies to both
 * ends, because that is how it reads. To mark only the start, write
 * "from c. 2019 to 2021" (or "2019~–2021"); only the end: "2019–c. 2021".
 */
export function readPartialDate(input: string, today: string): ParseResult {
  const s = normaliseDateText(input);
  if (UNKNOWN_WORDS.has(s)) return { ok: true, value: UNKNOWN_DATE };

  let rest = s;
  const pre = CIRCA_PREFIX.exec(rest);
  const outerCirca = pre !== null;
  if (pre) rest = rest.slice(pre[0].length);

  const one = single(rest, outerCirca, today);
  if (typeof one === 'string') return fail(one);
  if (one !== null) return withHint({ ok: true, value: build(one) }, rest);

  // "from 2019 to 2021" is a range; "from 2019" alone is open.
  const from = OPEN_END_PREFIX.exec(rest);
  const body = from ? rest.slice(from[0].length) : rest.replace(/まで$/, '');
  let firstError: string | null = null;
  // Try every separator: the first split where both sides are dates wins;
  // failing that, report the first specific problem found.
  for (const sep of body.matchAll(RANGE_SEP)) {
    const left = body.slice(0, sep.index).trim();
    const right = body.slice(sep.index + sep[0].length).trim();
    if (left === '' || right === '') continue;
    const r = readRange(left, right, outerCirca, today);
    if (r?.ok) return withHint(r, rest);
    if (r) firstError ??= r.error;
  }
  const open = readOpen(rest, outerCirca, today);
  if (open) return open;
  if (firstError === null && [...body.matchAll(RANGE_SEP)].length > 0) {
    const loose = body.split(RANGE_SEP).filter(Boolean);
    if (loose.length === 1 && single(loose[0]!, false, today) !== null) return fail(NEED_BOTH_ENDS);
  }
  return fail(firstError ?? NOT_A_DATE);
}

/** "2020-21": four digits, a hyphen, two digits (a circa mark may follow). */
const YEAR_SPAN = /^(\d{4})-(\d{2})[~?%]*$/;

/**
 * True when "YYYY-YY" is a span of years: the two digits are no month (above 12) and later than
 * the first year's last two ("2019-21", "2012-13"). Otherwise it is a month or, for 21–41 not
 * after the year's own digits, an EDTF (ISO 8601-2) sub-year code ("2021-21" is spring 2021).
 */
function isYearSpan(year: string, two: string): boolean {
  const code = Number(two);
  // 33–41 (quarters, early/mid/late, halves) are what the app itself stores for "Q1 2024", "early 2025", "H2 2023":
  // always read as such, so a stored value read again (an API client sending back what it got) never becomes a span
  // of years. A span ending in '33–'41 is far off; seasons (21–24) keep the span reading for "2020-21".
  if (code >= 33 && code <= 41) return false;
  return code > 12 && code > Number(year) % 100;
}

/**
 * "YYYY-YY" where the two digits are also an EDTF season or quarter code is ambiguous: say how it
 * was read and how to write the other meaning. A season code typed by a person is rare, so the
 * span of years wins ("2019-21" is 2019–2021) unless the code is not after the year ("2024-21").
 */
function withHint(result: ParseResult, text: string): ParseResult {
  const g = YEAR_SPAN.exec(text);
  if (!result.ok || !g || !GROUPS.has(Number(g[2]))) return result;
  const [written, year = '', code = ''] = g;
  const season = `${GROUPS.get(Number(code))?.short ?? ''} ${year}`;
  const values = { written, year, code: Number(code) };
  if (isYearSpan(year, code)) {
    const end = Number(year.slice(0, 2) + code);
    return {
      ...result,
      hint: `“${written}” is read as the years ${year}–${end}. For EDTF's ${season}, write ${season}.`,
      hintWording: { key: 'date.readAsYears', values: { ...values, end } },
    };
  }
  return { ...result, hint: `“${written}” is EDTF for ${season}.`, hintWording: { key: 'date.edtfFor', values } };
}
