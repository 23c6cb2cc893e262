/**
 * Dates inside a search question: "japan training 2021", "japan jan 2021", "training since 2019", "meetings last
 * month", "riunioni il mese scorso". Each date phrase anywhere in the query is taken out of the words and becomes a
 * date filter the search page shows as a chip (removable: the phrase is then read as words again).
 *
 *   absolute   a year (1800–2200), "Jan 2021", "15 January 2021", "15/01/2021", "2019–2021" — anything the
 *              partial-date parser (partial-date.ts) reads, tried on windows of up to four words that hold a
 *              four-digit year, longest first, so the result never depends on where in the query the date sits
 *   open       "since / from / after X", "dal / dopo X" (from X onwards); "before / until X", "prima del / fino al X"
 *   relative   "today", "yesterday", "this/last/next week, month, year", "oggi", "ieri", "il mese scorso",
 *              "quest'anno", "l'anno scorso"… read by chrono-node's English and Italian parsers against `today`
 *              and widened to the unit they name (last month → the whole of last month)
 *
 * Words inside quotes or after a minus are never dates. Pure: no I/O; `today` is an ISO day.
 */
import * as chrono from 'chrono-node';
import { formatPartialDate, parsePartialDate } from './partial-date';

export interface DatePhrase {
  /** The words as typed (a chip's label and what `asText` names to turn it back into words). */
  text: string;
  /** First and last ISO day the filter covers; open ends are 0000-01-01 / 9999-12-31. */
  from: string;
  to: string;
  /** How the app reads it: "2021", "since 2019", "Oct 2026". */
  label: string;
}

export interface UnderstoodQuery {
  /** The query with the date phrases taken out (what the word search sees). */
  rest: string;
  dates: DatePhrase[];
}

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';
const SINCE = new Set(['since', 'from', 'after', 'dal', 'dall', 'dalla', 'dopo', 'da']);
const BEFORE = new Set(['before', 'until', 'till', 'prima', 'fino', 'entro']);
/** Filler after an Italian open word: "prima del 2019", "fino al 2020", "dopo il 2018". */
const LINK = new Set(['del', 'dell', 'della', 'al', 'all', 'alla', 'il', 'l', 'a']);
const RELATIVE =
  /^(?:today|yesterday|tomorrow|oggi|ieri|domani|(?:this|last|next|past)\s+(?:week|month|year)|(?:il\s+|la\s+|l'|l’)?(?:mese|settimana|anno)\s+(?:scors[oa]|prossim[oa])|quest[oa]?\s*'?\s*(?:mese|settimana|anno)|quest'anno|quest’anno)$/i;

interface Word {
  text: string;
  start: number;
  end: number;
  /** Inside quotes, negated, or an operator: never part of a date. */
  locked: boolean;
}

function words(query: string): Word[] {
  const out: Word[] = [];
  const re = /"[^"]*"?|[^\s()"]+/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const text = m[0];
    const locked = text.startsWith('"') || /^[-!]/.test(text) || /^(OR|AND|NOT|\|\|?|&&?)$/.test(text);
    out.push({ text, start: m.index, end: m.index + text.length, locked });
  }
  return out;
}

const bare = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[’']$/, '')
    .replace(/[,.;:]+$/, '');

/** A window of words read as one absolute date by the partial-date parser. */
function absolute(text: string): { from: string; to: string; label: string } | null {
  // Four digits not inside a longer number: "2019", and also "1990s", "1800s" and "2019?" (\b stops at the s).
  if (!/(?<!\d)\d{4}(?!\d)/.test(text)) return null;
  const cleaned = text.replace(/[,;:]+$/, '');
  const parsed = parsePartialDate(cleaned);
  if (!parsed.ok || !parsed.value.from || !parsed.value.to) return null;
  return { from: parsed.value.from, to: parsed.value.to, label: formatPartialDate(parsed.value) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A relative phrase read by chrono-node (English, then Italian) and widened to the unit it names. */
function relative(text: string, today: string): { from: string; to: string; label: string } | null {
  if (!RELATIVE.test(text.trim())) return null;
  const ref = new Date(`${today}T12:00:00Z`);
  const found = chrono.en.parse(text, ref, { forwardDate: false })[0] ?? chrono.it.parse(text, ref)[0];
  if (!found) return null;
  const c = found.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return null;
  const lower = text.toLowerCase();
  if (/week|settimana/.test(lower) && m !== null && d !== null) {
    // chrono gives the Monday (or a day) of that week: the filter is its Monday–Sunday.
    const day = new Date(Date.UTC(y, m - 1, d));
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return {
      from: isoOf(monday),
      to: isoOf(sunday),
      label: `${formatPartialDate(isoOf(monday))}–${formatPartialDate(isoOf(sunday))}`,
    };
  }
  if (c.isCertain('day') && m !== null && d !== null) {
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    return { from: iso, to: iso, label: formatPartialDate(iso) };
  }
  if (c.isCertain('month') && m !== null) {
    const edtf = `${y}-${pad(m)}`;
    return { from: `${edtf}-01`, to: `${edtf}-${pad(lastDayOfMonth(y, m))}`, label: formatPartialDate(edtf) };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) };
}

/**
 * Finds the date phrases in `typed` (folded by NFKC first: full-width digits are digits) and returns the query
 * without them (folded). `asText` lists phrases (as typed, any
 * case) the person wants read as words instead (a removed chip). Phrases are found left to right, each the
 * longest window that reads as a date; at most 4 are taken (more would be noise in a search box).
 */
export function understandDates(typed: string, today: string, asText: readonly string[] = []): UnderstoodQuery {
  // Width and compatibility forms pasted from Japanese documents ("２０２１", "２０２０－２０２１") read as typed in ASCII.
  const query = typed.normalize('NFKC');
  const keep = new Set(asText.map((s) => s.normalize('NFKC').trim().toLowerCase()));
  const list = words(query);
  const dates: DatePhrase[] = [];
  const taken: { start: number; end: number }[] = [];
  for (let i = 0; i < list.length && dates.length < 4; i++) {
    const found = between(list, i, today) ?? adjacentYears(list, i, readAt(list, i, today));
    if (!found) continue;
    const text = query.slice(list[i]!.start, list[found.last]!.end);
    if (keep.has(text.trim().toLowerCase())) continue;
    dates.push({ text, from: found.from, to: found.to, label: found.label });
    taken.push({ start: list[i]!.start, end: list[found.last]!.end });
    i = found.last;
  }
  let rest = query;
  for (const span of [...taken].reverse()) rest = rest.slice(0, span.start) + ' ' + rest.slice(span.end);
  return { rest: rest.replace(/\s+/g, ' ').trim(), dates };
}

const BETWEEN = new Set(['between', 'tra', 'fra']);
const AND = new Set(['and', 'e', '&']);
const YEAR = /^\d{4}$/;

/** "between 2020 and 2021", "tra il 2020 e il 2021": one span from the first date's first day to the second's last. */
function between(list: readonly Word[], i: number, today: string): Found | null {
  if (list[i]!.locked || !BETWEEN.has(bare(list[i]!.text))) return null;
  const skipLink = (j: number): number => (list[j] && !list[j]!.locked && LINK.has(bare(list[j]!.text)) ? j + 1 : j);
  const first = list[skipLink(i + 1)] ? longest(list, skipLink(i + 1), today) : null;
  const and = first ? list[first.last + 1] : undefined;
  if (!first || !and || and.locked || !AND.has(bare(and.text))) return null;
  const second = list[skipLink(first.last + 2)] ? longest(list, skipLink(first.last + 2), today) : null;
  if (!second || second.to < first.from) return null;
  return { last: second.last, from: first.from, to: second.to, label: `${first.label}–${second.label}` };
}

/**
 * Years side by side ("2020 2021", "2019 2020 2021") are one span, as "2020–2021" is: read as two filters they would have to hold
 * together and find only what is dated in both (issue 13, fresh tester). Only plain years, each after the one before.
 */
function adjacentYears(list: readonly Word[], i: number, found: Found | null): Found | null {
  const first = bare(list[i]!.text);
  if (!found || found.last !== i || !YEAR.test(first)) return found;
  let last = i;
  for (let next = list[last + 1]; next && !next.locked; next = list[last + 1]) {
    const year = bare(next.text);
    if (!YEAR.test(year) || Number(year) <= Number(bare(list[last]!.text))) break;
    last++;
  }
  if (last === i) return found;
  const end = bare(list[last]!.text);
  return { last, from: `${first}-01-01`, to: `${end}-12-31`, label: `${first}–${end}` };
}

interface Found {
  last: number;
  from: string;
  to: string;
  label: string;
}

function readAt(
  list: readonly Word[],
  i: number,
  today: string,
): { last: number; from: string; to: string; label: string } | null {
  const first = list[i]!;
  if (first.locked) return null;
  const whole = longest(list, i, today);
  if (whole) return whole;
  const lead = bare(first.text);
  const open = SINCE.has(lead) ? 'since' : BEFORE.has(lead) ? 'before' : null;
  if (open) {
    let j = i + 1;
    if (list[j] && !list[j]!.locked && LINK.has(bare(list[j]!.text.replace(/['’].*$/, '')))) j++;
    // "dall'inizio" and similar glue forms are left alone; only a following date makes this an open range.
    const inner = list[j] ? longest(list, j, today) : null;
    if (inner && inner.to !== OPEN_END) {
      const after = lead === 'after' || lead === 'dopo';
      if (open === 'since') {
        const from = after ? nextDay(inner.to) : inner.from;
        return { last: inner.last, from, to: OPEN_END, label: `${after ? 'after' : 'since'} ${inner.label}` };
      }
      const to = lead === 'before' || lead === 'prima' ? previousDay(inner.from) : inner.to;
      return {
        last: inner.last,
        from: OPEN_START,
        to,
        label: `${lead === 'until' || lead === 'till' || lead === 'fino' || lead === 'entro' ? 'until' : 'before'} ${inner.label}`,
      };
    }
  }
  return null;
}

function longest(
  list: readonly Word[],
  i: number,
  today: string,
): { last: number; from: string; to: string; label: string } | null {
  for (let n = Math.min(4, list.length - i); n >= 1; n--) {
    const window = list.slice(i, i + n);
    if (window.some((w) => w.locked)) continue;
    const text = window.map((w) => w.text).join(' ');
    const hit = absolute(text) ?? relative(text, today);
    if (hit) return { last: i + n - 1, ...hit };
  }
  return null;
}

function shiftDay(iso: string, days: number): string {
  const t =
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return isoOf(new Date(t));
}
const nextDay = (iso: string): string => shiftDay(iso, 1);
const previousDay = (iso: string): string => shiftDay(iso, -1);

/** The days every phrase allows (their intersection), or null when they exclude each other. */
export function intersectDates(dates: readonly { from: string; to: string }[]): { from: string; to: string } | null {
  let from = OPEN_START;
  let to = OPEN_END;
  for (const d of dates) {
    if (d.from > from) from = d.from;
    if (d.to < to) to = d.to;
  }
  return from <= to ? { from, to } : null;
}
