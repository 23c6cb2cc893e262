/**
 * Text as the search index sees it. Pure (no I/O), shared by the store (building index rows),
 * the search service (turning a person's query into an FTS5 expression) and snippets.
 *
 * Both sides are folded by one table (fold.ts: case, accents of every script we accept, Latin
 * letters without decomposition, Greek final sigma, Arabic letter variants, full/half width) before
 * FTS5 sees them, so "Da Nang" finds "Đà Nẵng", "ΑΜΥΝΑΣ" finds "Άμυνας", "テンペスト" finds "ﾃﾝﾍﾟｽﾄ".
 * The index is one FTS5 table with the `unicode61 remove_diacritics 2` tokenizer: spaced scripts
 * match by word. That tokenizer sees a run of
 * Chinese/Japanese/Korean characters as ONE token ("防衛省は2021年" would be a single word), so
 * before indexing we (1) put an invisible separator (U+200B) between a CJK run and any letter or
 * digit next to it, and (2) append, after a U+001D marker, the run's overlapping two-character
 * grams followed by its distinct single characters. A one- or two-character query is then a
 * plain token lookup ("防衛"), and a longer one is a phrase of grams ("防衛省" → "防衛 衛省"),
 * which is an exact substring match. See ARCHITECTURE.md (Search) for why this replaced a
 * trigram table.
 *
 * The index is contentless: this text is only ever tokenized, never shown. Snippets are cut from
 * the readable field text kept beside it (search_docs.fields), using wordTokens() below, which
 * mirrors the tokenizer on the folded text (CJK runs kept whole) and maps each word back to the
 * original characters, so a highlight is right even where folding changed lengths.
 */
import { foldMapped, foldText, originalRange } from './fold';
import { boundedSpan } from './partial-date';

/** Between the fields of one column (a separator to the tokenizer). */
const FIELD_SEPARATOR = '\u001e';
/** Between a column's text and the CJK grams generated from it. */
const GRAMS_MARKER = '\u001d';
/** Invisible; splits a CJK run from adjacent Latin letters or digits for the tokenizer. */
const SPLIT = '\u200b';

/** Scripts written without spaces between words, indexed by character grams. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3006\u30fc]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3006\u30fc]+/gu;
/** unicode61's token characters: letters, numbers and private-use (categories L*, N*, Co). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** True when the character at `at` would belong to the same token as the one before it. */
export function continuesToken(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const here = text[at] ?? '';
  return TOKEN_CHAR.test(before) && TOKEN_CHAR.test(here) && isCjk(before) === isCjk(here);
}

/** The column text for the index: folded text with CJK runs split from neighbouring letters. */
function splitCjkRuns(text: string): string {
  let out = '';
  let previous = '';
  for (const char of foldText(text)) {
    if (previous && TOKEN_CHAR.test(previous) && TOKEN_CHAR.test(char) && isCjk(previous) !== isCjk(char)) out += SPLIT;
    out += char;
    previous = char;
  }
  return out;
}

/** Overlapping pairs of every CJK run, in order, then the distinct characters (for 1-character queries). */
export function cjkGrams(text: string): string[] {
  const pairs: string[] = [];
  const singles = new Set<string>();
  for (const match of foldText(text).matchAll(CJK_RUN)) {
    const chars = [...match[0]];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
    for (const c of chars) singles.add(c);
  }
  return [...pairs, ...singles];
}

/** What is stored in one FTS column: the fields in order, then the CJK grams of all of them. */
export function columnText(fields: readonly string[]): string {
  const text = fields.map(splitCjkRuns).join(FIELD_SEPARATOR);
  const grams = cjkGrams(fields.join('\n'));
  return grams.length > 0 ? `${text}${GRAMS_MARKER}${grams.join(' ')}` : text;
}

export interface WordToken {
  start: number; // UTF-16 offsets into the original text
  end: number;
  text: string; // the original characters
  folded: string; // as the index holds it (fold.ts)
  cjk: boolean;
}

const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3005\\u3006\\u30fc]';
/** A CJK run, or a run of other token characters (the two never share a token). */
const WORD = new RegExp(`(${CJK_CLASS}+)|((?:(?!${CJK_CLASS})[\\p{L}\\p{N}\\p{Co}])+)`, 'gu');

/** Words of already folded text, with offsets into it. */
export function foldedWords(folded: string): Omit<WordToken, 'text'>[] {
  const tokens: Omit<WordToken, 'text'>[] = [];
  for (const m of folded.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, folded: m[0], cjk: m[1] !== undefined });
  }
  return tokens;
}

/**
 * Words as the index tokenizes them (CJK runs are one token here; grams are for the index only),
 * found in the folded text and mapped back to the original characters.
 */
export function wordTokens(text: string): WordToken[] {
  const folded = foldMapped(text);
  return foldedWords(folded.text).map((t) => {
    const [start, end] = originalRange(folded, t.start, t.end);
    return { ...t, start, end, text: text.slice(start, end) };
  });
}

// ---------------------------------------------------------------------------------------------
// Dates as tokens. Every dated thing of a record adds tokens to the `dates` column, so that a
// query such as "2021" or "Jan 2021" finds records dated then, and date filters can narrow the
// FTS match itself instead of testing every hit in SQL. A value covers [from, to] (ISO days).
//   y2021        every year the value touches
//   m202101      every month it touches, when it spans at most three years
//   c202101      the same months, for values coarser than a day (a month, a year, a span of them)
//   d20210115    every day, for a day or a span of at most 62 days
//   l2021        every year of a span longer than three years (too long to list its months)
//   e202101      the value itself at its own precision (e2021, e202101, e20210115): a record dated
//                exactly as asked matches twice and so ranks above one that merely overlaps
// A day query is then d… OR c… OR l…, a month query m… OR l…, a year query y… (each OR e…).
// ---------------------------------------------------------------------------------------------

const MAX_MONTHS = 36;
const MAX_DAYS = 62;
const MAX_YEARS = 200;

interface Span {
  from: string;
  to: string;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

function yearsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)) && out.length < MAX_YEARS; y++)
    out.push(String(y));
  return out;
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`).getTime();
  while (day.getTime() <= end && out.length <= MAX_DAYS) {
    out.push(day.toISOString().slice(0, 10).replaceAll('-', ''));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return out;
}

/** True when both ends are exact days (a day, or a span of days). */
function dayGranular(edtf: string): boolean {
  return edtf.split('/').every((part) => /^\d{4}-\d{2}-\d{2}[~?%]?$/.test(part));
}

/** The exact-precision token of a single date (none for ranges): e2021, e202101, e20210115, e202433 (Q1), e199x. */
export function exactDateToken(edtf: string): string | null {
  // Qualified or not ("c. 2019", "2019?"), the same written form.
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?$/.exec(edtf) ?? /^(\d{2}XX|\d{3}X)[~?%]?$/.exec(edtf);
  return m ? `e${m[1]!.toLowerCase()}${m[2] ?? ''}${m[3] ?? ''}` : null;
}

/** Every value with an open end or start ("from 2019") carries it, so date filters can find them all. */
export const OPEN_DATE_TOKEN = 'dopen';

/**
 * Index tokens for one dated value (EDTF with its first and last day). An open range ("from
 * 2019") is listed by its known end only, plus OPEN_DATE_TOKEN: a filter adds that token and
 * then checks the exact days in SQL, where the open side reaches 0000-01-01 or 9999-12-31.
 */
export function dateTokens(edtf: string, span: Span): string[] {
  if (edtf.includes('..')) {
    const known = boundedSpan(edtf);
    return known ? [OPEN_DATE_TOKEN, ...dateTokens(edtf.replace(/\/?\.\.\/?/, ''), known)] : [];
  }
  const exact = exactDateToken(edtf);
  const tokens = [...(exact ? [exact] : []), ...yearsBetween(span.from, span.to).map((y) => `y${y}`)];
  const months = monthsBetween(span.from, span.to);
  if (months.length > MAX_MONTHS) return [...tokens, ...yearsBetween(span.from, span.to).map((y) => `l${y}`)];
  tokens.push(...months.map((m) => `m${m}`));
  const days = dayGranular(edtf) ? daysBetween(span.from, span.to) : [];
  if (days.length > 0 && days.length <= MAX_DAYS) tokens.push(...days.map((d) => `d${d}`));
  else tokens.push(...months.map((m) => `c${m}`));
  return tokens;
}

/**
 * The tokens any of which a record must carry for one of its dates to overlap [from, to];
 * null when the span is too wide to list (the caller then checks the spans in SQL alone).
 */
export function overlapTokens(span: Span): string[] | null {
  const years = yearsBetween(span.from, span.to);
  if (years.length > 60) return null;
  const months = monthsBetween(span.from, span.to);
  if (months.length > MAX_MONTHS) return years.map((y) => `y${y}`);
  const longSpans = years.map((y) => `l${y}`);
  const days = daysBetween(span.from, span.to);
  if (days.length <= MAX_DAYS && span.from.slice(0, 7) === span.to.slice(0, 7) && days.length < 28) {
    return [...days.map((d) => `d${d}`), `c${span.from.slice(0, 7).replace('-', '')}`, ...longSpans];
  }
  // Whole months or more: a record's month tokens answer exactly at month granularity.
  return [...months.map((m) => `m${m}`), ...longSpans];
}
