/**
 * Date math on ISO days ("2026-01-31") and EDTF points, in whole days and months, in UTC (a day is a calendar day,
 * never an instant, so no time zone can move it). Used by the reminders (a notice period before an expiry, a
 * ratification deadline after a signature) and by tests that build registers around today.
 */
import { fromEdtf } from './partial-date';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO day plus (or minus) whole months; the day is clamped to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return `${ty}-${pad2(tm)}-${pad2(Math.min(d, daysInMonth(ty, tm)))}`;
}

/** Whole days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/**
 * Shifts a known partial date by whole months, keeping its precision: a day stays a day, a month a
 * month, a year stays a year when the shift is whole years (else it becomes the month it starts in).
 * Ranges shift by their start. Circa and uncertainty are kept. Returns null for an unknown date.
 */
export function shiftPartialDate(edtf: string, months: number): string | null {
  const value = fromEdtf(edtf);
  // An open range has no start to count from; a named period ("Q1 2026", "1990s") shifts by its first month or year.
  if (value.from === null || value.precision === 'open') return null;
  // The start's qualifier ("~" circa, "?" uncertain, "%" both) is kept; the digits decide the precision.
  const first = edtf.split('/')[0] ?? '';
  const circa = /[~?%]$/.exec(first)?.[0] ?? '';
  const start = first.slice(0, first.length - circa.length);
  const shifted = addMonthsToDay(value.from, months);
  if (start.length === 10) return shifted + circa;
  if (start.length === 4 && months % 12 === 0) return shifted.slice(0, 4) + circa;
  return shifted.slice(0, 7) + circa;
}

/** ISO day plus (or minus) whole days. */
export function addDays(isoDay: string, days: number): string {
  const t =
    Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) +
    days * 86_400_000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
