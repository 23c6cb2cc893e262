/**
 * Zoom levels of the timeline view, from the whole span (decades) down to six months, and the window a level
 * shows around a centre day. Pure: ISO days in, a chart domain out.
 */
import type { Domain } from '../../../../electron/common/timeline';

/** null = the whole span; then windows of 20, 10, 5 and 2 years, one year, six months. */
export const ZOOM_MONTHS: readonly (number | null)[] = [null, 240, 120, 60, 24, 12, 6];

function addMonths(isoDay: string, months: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The window of `months` months centred on `centre` (first of its month), kept inside the full span when it fits
 * there; the full span itself when `months` is null or the window would be wider.
 */
export function zoomed(full: Domain, months: number | null, centre: string): Domain {
  if (months === null) return full;
  let from = addMonths(centre, -Math.floor(months / 2));
  let to = addMonths(from, months);
  if (from < full.from) {
    from = full.from.slice(0, 8) + '01';
    to = addMonths(from, months);
  }
  if (to > full.to) {
    to = full.to;
    from = addMonths(to, -months);
  }
  if (from <= full.from && to >= full.to) return full;
  // The window ends on the last day before the next month begins.
  const last = new Date(`${to}T00:00:00Z`);
  if (to.endsWith('-01')) last.setUTCDate(0);
  return { from, to: last.toISOString().slice(0, 10) };
}
