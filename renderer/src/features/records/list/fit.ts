/**
 * Cutting a title to fit a cell by MEASURING it, not by counting characters: capitals are wider than lower case
 * and a Japanese or Chinese character is about twice a Latin one, so a character budget overflows the cell and
 * the browser clips exactly the end that tells treaty titles apart. Text is measured with a canvas in the font
 * the cell really has (read once from the stylesheet), and widths are cached: a row is drawn again on every scroll.
 */

/** Width in CSS pixels of `text` in one font. */
export type Measure = (text: string) => number;

/** What a two-line title cell shows: the whole title, or its first line and, after "…", its end. */
export type TwoLines = { whole: string } | { head: string; tail: string };

/** Canvas measurers by CSS font shorthand ("500 13px system-ui, …"), each with its own width cache. */
const measurers = new Map<string, Measure>();

/**
 * A measurer for a CSS font shorthand. Widths are cached per text (bounded: the cache is dropped past 20,000
 * entries, a few screens of a long list). Outside a browser (no canvas) it falls back to 0.6 em a character.
 */
export function measurerFor(font: string): Measure {
  const known = measurers.get(font);
  if (known) return known;
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
  if (ctx) ctx.font = font;
  let cache = new Map<string, number>();
  const measure: Measure = (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx ? ctx.measureText(text).width : [...text].length * size * 0.6;
      if (cache.size > 20_000) cache = new Map();
      cache.set(text, w);
    }
    return w;
  };
  measurers.set(font, measure);
  return measure;
}

/** The computed font of an element with `className`, laid in the page for a moment (the stylesheet decides it). */
export function computedFont(className: string): string {
  const probe = document.createElement('span');
  probe.className = className;
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  document.body.appendChild(probe);
  const style = getComputedStyle(probe);
  // `font` is empty in some engines when a longhand is not expressible in the shorthand; build it from longhands.
  const font = style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  probe.remove();
  return font;
}

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
 * A title in two lines of `width` px: whole when it fits (one line, or two broken at a word), else its first
 * line and its END after "… " — treaty titles share their start and differ at the end ("… in the field of pilot
 * training"). Each line is measured to fit, so nothing overflows whatever the script or case.
 */
export function fitTwoLines(title: string, width: number, measure: Measure): TwoLines {
  const room = width - SLACK;
  if (room <= 0 || measure(title) <= room) return { whole: title };
  const head = headThatFits(title, room, measure);
  const rest = title.slice(head.length).trimStart();
  if (measure(rest) <= room) return { head, tail: rest };
  return { head, tail: `… ${tailThatFits(rest, room, measure, '… ')}` };
}
