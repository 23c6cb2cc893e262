/**
 * The timeline's time axis: which span to show and which ticks to draw, chosen from the span so a
 * six-month chart shows months and a thirty-year one shows every fifth year. Pure (ISO day strings
 * in, numbers out): the same chart renders in the app, in reports and under Node.
 */
import { monthAbbreviations } from '../domain/dates/display';
import { boundedSpan } from '../domain/partial-date';
import type { TimelineRow } from './types';

export interface Domain {
  /** First and last ISO day shown. */
  from: string;
  to: string;
}

export interface Tick {
  day: string;
  label: string;
  /** Major ticks (years, or January in month views) get a stronger grid line. */
  major: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days since 1970-01-01 (UTC calendar arithmetic: no time zones, no DST). */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / 86_400_000;
}

/** The day after `isoDay`: a partial date's span ends at the END of its last day. */
export function dayAfter(isoDay: string): string {
  const d = new Date((dayNumber(isoDay) + 1) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export interface DomainOptions {
  today: string;
  /** The as-of cutoff: open periods run to it instead of today. */
  asOf?: string | null;
  /** A report's date range: the chart shows exactly it. */
  range?: { from: string | null; to: string | null } | null;
}

/** The span the rows need, widened to whole years (or months for short spans) so ticks fall on edges. */
export function timelineDomain(rows: readonly TimelineRow[], options: DomainOptions): Domain {
  let min: string | null = options.range?.from ?? null;
  let max: string | null = options.range?.to ?? null;
  const fixedMin = min !== null;
  const fixedMax = max !== null;
  // Open ranges ("from 2019") count by their known end: the axis must not reach year 0 or 9999.
  const see = (edtf: string) => {
    const span = boundedSpan(edtf);
    if (span === null) return;
    const { from, to } = span;
    if (!fixedMin && (min === null || from < min)) min = from;
    if (!fixedMax && (max === null || to > max)) max = to;
  };
  let open = false;
  for (const row of rows) {
    for (const p of row.periods) {
      see(p.start.edtf);
      if (p.end === null) open = true;
      else see(p.end.edtf);
    }
    for (const e of row.events) see(e.date.edtf);
  }
  const end = options.asOf ?? options.today;
  // Open periods run to today (or the as-of day), so the axis must reach it; an empty chart shows this year.
  if (!fixedMax && (open || max === null) && (max === null || end > max)) max = end;
  if (min === null) min = `${end.slice(0, 4)}-01-01`;
  if (max === null || max < min) max = dayAfter(min);
  const years = Number(max.slice(0, 4)) - Number(min.slice(0, 4));
  if (years >= 2 || (!fixedMin && !fixedMax)) {
    const from = fixedMin ? min : `${min.slice(0, 4)}-01-01`;
    const to = fixedMax ? max : `${max.slice(0, 4)}-12-31`;
    return { from, to };
  }
  return { from: min, to: max };
}

/** Ticks for the span: months, quarters, years, or every 2, 5, 10 or 25 years; `months` names the months (Jan…). */
export function timelineTicks(domain: Domain, months: readonly string[] = monthAbbreviations('en')): Tick[] {
  const MONTHS = months;
  const spanDays = dayNumber(domain.to) - dayNumber(domain.from);
  const startY = Number(domain.from.slice(0, 4));
  const endY = Number(domain.to.slice(0, 4));
  const ticks: Tick[] = [];
  const inside = (day: string) => day >= domain.from && day <= domain.to;
  if (spanDays <= 550) {
    for (let y = startY; y <= endY; y += 1) {
      for (let m = 1; m <= 12; m += 1) {
        const day = `${y}-${pad2(m)}-01`;
        if (inside(day))
          ticks.push({ day, label: m === 1 ? `${MONTHS[0]} ${y}` : (MONTHS[m - 1] ?? ''), major: m === 1 });
      }
    }
    return ticks;
  }
  if (spanDays <= 4 * 366) {
    for (let y = startY; y <= endY; y += 1) {
      for (const m of [1, 4, 7, 10]) {
        const day = `${y}-${pad2(m)}-01`;
        if (inside(day)) ticks.push({ day, label: m === 1 ? String(y) : (MONTHS[m - 1] ?? ''), major: m === 1 });
      }
    }
    return ticks;
  }
  const years = endY - startY + 1;
  const step = years <= 16 ? 1 : years <= 32 ? 2 : years <= 80 ? 5 : years <= 160 ? 10 : 25;
  for (let y = Math.ceil(startY / step) * step; y <= endY; y += step) {
    const day = `${y}-01-01`;
    if (inside(day)) ticks.push({ day, label: String(y), major: true });
  }
  return ticks;
}

/** Maps ISO days to x pixels within [x0, x1]; days outside the domain are clamped to its edges. */
export function timeScale(domain: Domain, x0: number, x1: number): (isoDay: string) => number {
  const d0 = dayNumber(domain.from);
  const d1 = dayNumber(dayAfter(domain.to));
  const k = (x1 - x0) / Math.max(1, d1 - d0);
  return (isoDay: string) => {
    const x = x0 + (dayNumber(isoDay) - d0) * k;
    // One decimal is finer than any printer; full float precision only bloats the markup.
    return Math.round(Math.min(x1, Math.max(x0, x)) * 10) / 10;
  };
}

/**
 * Rough rendered width of text (CJK and emoji are ~1em, Latin capitals ~0.66em, other Latin ~0.56em): for cutting
 * labels in SVG where nothing can measure (reports rendered to markup). Capitals count wider: an upper-case
 * treaty title overflowed its label at the lower-case average.
 */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w +=
      code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xffdc) || code >= 0x1f000)
        ? 1
        : ch === ' '
          ? 0.3
          : ch !== ch.toLowerCase()
            ? 0.66
            : 0.56;
  }
  return w * fontSize;
}

/** Cuts text to fit `maxWidth`, ending with "…" when it had to cut. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    if (textWidth(out + ch + '…', fontSize) > maxWidth) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/**
 * True when any row has something the axis can place: a period or an event with a known date. A scope without
 * one says so in words rather than draw an empty axis.
 */
export function hasDates(rows: readonly TimelineRow[]): boolean {
  return rows.some(
    (row) =>
      row.periods.some((p) => boundedSpan(p.start.edtf) !== null || (p.end && boundedSpan(p.end.edtf) !== null)) ||
      row.events.some((e) => boundedSpan(e.date.edtf) !== null),
  );
}
