/**
 * Measuring text in the browser for cuts that fit (domain/text-fit.ts): a canvas in the font an element really has
 * (read once from the stylesheet), widths cached, since a list row is drawn again on every scroll.
 */
import type { Measure } from '../../../../../electron/common/domain/text-fit';

export { fitTwoLines, type Measure } from '../../../../../electron/common/domain/text-fit';

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
