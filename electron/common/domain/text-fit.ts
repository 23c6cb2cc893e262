/**
 * Cutting a label to fit a width by MEASURING it, not by counting characters: capitals are wider than lower case
 * and a Japanese or Chinese character is about twice a Latin one, so a character budget overflows its box and
 * loses exactly the end that tells treaty titles apart. Pure: the caller brings the measure (a canvas in the
 * browser, the chart's width table in print), so the list, the timeline and reports cut the same way.
 */

/** Width of `text` in one font, in the caller's units (CSS px, or SVG viewBox units). */
export type Measure = (text: string) => number;

/** What a two-line label shows: the whole text, or its first line and, after "…", its end. */
export type TwoLines = { whole: string } | { head: string; tail: string };

/** Characters (code points) of `text` as an array, so a cut never splits a surrogate pair. */
const chars = (text: string) => [...text];

/** The longest count n such that ok(n) holds, for ok monotone (true up to some n, then false); 0 when none. */
function longest(max: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The start of `text` that fits `width`: whole words when that keeps at least 60% of what fits, else cut between
 * characters (Japanese and Chinese have no spaces).
 */
export function headThatFits(text: string, width: number, measure: Measure): string {
  const cs = chars(text);
  const n = longest(cs.length, (k) => measure(cs.slice(0, k).join('')) <= width);
  if (n === cs.length) return text;
  const head = cs.slice(0, n).join('');
  const space = head.lastIndexOf(' ');
  return (space > head.length * 0.6 ? head.slice(0, space) : head).trimEnd();
}

/**
 * The end of `text` that fits `width` after `prefix` ("… "): whole words when that keeps at least 60% of what
 * fits, else cut between characters.
 */
export function tailThatFits(text: string, width: number, measure: Measure, prefix = ''): string {
  const cs = chars(text);
  const n = longest(cs.length, (k) => measure(prefix + cs.slice(cs.length - k).join('')) <= width);
  const tail = cs.slice(cs.length - n).join('');
  if (n === cs.length) return tail;
  const space = tail.indexOf(' ');
  return (space >= 0 && space < tail.length * 0.4 ? tail.slice(space + 1) : tail).trimStart();
}

/** A hair of room, so rounding between canvas and layout never tips a measured line over its cell. */
const SLACK = 2;

/**
 * A title in two lines of `width`: whole when it fits (one line, or two broken at a word), else its first line
 * and its END after "… " — treaty titles share their start and differ at the end ("… in the field of pilot
 * training"). Each line is measured to fit, so nothing overflows whatever the script or case. `second` measures
 * the second line when it is set smaller than the first (the timeline's row labels).
 */
export function fitTwoLines(title: string, width: number, measure: Measure, second: Measure = measure): TwoLines {
  const room = width - SLACK;
  if (room <= 0 || measure(title) <= room) return { whole: title };
  // Whole in two lines, broken at a space, when it can be: no word is split then.
  const fitting = headThatFits(title, room, measure);
  const space = title.lastIndexOf(' ', fitting.length);
  if (space > 0) {
    const rest = title.slice(space + 1);
    if (second(rest) <= room) return { head: title.slice(0, space).trimEnd(), tail: rest };
  }
  const head = fitting;
  const rest = title.slice(head.length).trimStart();
  if (second(rest) <= room) return { head, tail: rest };
  return { head, tail: `… ${tailThatFits(rest, room, second, '… ')}` };
}
