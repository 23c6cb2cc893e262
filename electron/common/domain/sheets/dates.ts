/**
 * Dates in sheets. A cell the file marks as a date, or an Excel serial number, is a real date; text goes through the
 * partial-date parser ("2019", "Jan 2021", "c. 2019"). Numeric dates such as 03/04/2021 are the trap: whether a
 * column is day-first or month-first is inferred from ALL its values — a first part over 12 means day-first, a
 * second part over 12 means month-first — and when no value decides it, or the values disagree, the person is asked
 * (`inferDateOrder` says `ask` / `conflict`); a column is never silently read one way. Far-future sentinels
 * (31.12.9999, 9999-12-31, serial 2958465) mean "no end date" and are offered as such.
 */
import { formatPartialDate, parsePartialDate } from '../partial-date';
import type { DateOrder } from './mapping';
import { isBlank, type Cell } from './table';

/** What a date cell says. */
export type DateReading =
  | { kind: 'blank' }
  | { kind: 'date'; edtf: string; display: string }
  /** A sentinel such as 31.12.9999: "no end date". */
  | { kind: 'sentinel' }
  | { kind: 'error'; reason: string };

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/;
// A midnight time that spreadsheets append to exported dates ("2021-01-15 00:00:00", "15/01/2021 0:00").
const MIDNIGHT = /[ T]0?0:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$/;
const SENTINEL_YEAR = 2999;
const MIN_SERIAL_YEAR = 1800;

/** Excel's day count: serial 1 is 1900-01-01, with Excel's phantom 29 Feb 1900 (serial 60) skipped. */
export function serialToIsoDay(serial: number): string {
  const days = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

function dayReading(iso: string): DateReading {
  const year = Number(iso.slice(0, 4));
  if (year >= SENTINEL_YEAR) return { kind: 'sentinel' };
  return fromText(iso);
}

function fromText(text: string): DateReading {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) return { kind: 'error', reason: parsed.error };
  if (parsed.value.edtf === 'XXXX') return { kind: 'blank' };
  return { kind: 'date', edtf: parsed.value.edtf, display: formatPartialDate(parsed.value) };
}

/**
 * Reads one cell of a date column written in `order` (null: not decided — a numeric date that could be read both
 * ways is then an error asking for the order). Whole numbers 1800–2200 are years; larger ones Excel serials.
 */
export function readDateCell(cell: Cell, order: DateOrder | null): DateReading {
  if (isBlank(cell)) return { kind: 'blank' };
  if (cell === null) return { kind: 'blank' };
  if (typeof cell === 'object') return dayReading(cell.date);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1800 && cell <= 2200) return fromText(String(cell));
    const iso = serialToIsoDay(cell);
    const year = Number(iso.slice(0, 4));
    if (cell < 1 || year < MIN_SERIAL_YEAR) return { kind: 'error', reason: 'This number is not a date.' };
    return dayReading(iso);
  }
  const text = cell.trim().replace(MIDNIGHT, '');
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), numeric[3]!];
    if (y.length !== 4) return { kind: 'error', reason: 'The year has two digits: write it in full (e.g. 2021).' };
    if (Number(y) >= SENTINEL_YEAR) return { kind: 'sentinel' };
    // Undecided: a value only one reading allows is read that way; one both allow is a question, not a guess.
    const effective = order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : null);
    if (effective === null)
      return { kind: 'error', reason: 'Day-first or month-first? Choose how this column writes its dates.' };
    const [day, month] = effective === 'mdy' ? [b, a] : [a, b];
    if (month > 12)
      return {
        kind: 'error',
        reason: `There is no month ${month}: this date is written ${effective === 'mdy' ? 'day' : 'month'}-first, the column ${effective === 'mdy' ? 'month' : 'day'}-first.`,
      };
    return fromText(`${day}/${month}/${y}`);
  }
  if ([...text.matchAll(/\b(\d{4})\b/g)].some((m) => Number(m[1]) >= SENTINEL_YEAR)) return { kind: 'sentinel' };
  return fromText(text);
}

export interface DateColumnFacts {
  /** Values read as numeric dates that only a day-first reading allows (first part over 12). */
  dayFirst: number;
  /** …only a month-first reading allows (second part over 12). */
  monthFirst: number;
  /** Numeric dates both readings allow, with different results (03/04/2021). */
  ambiguous: number;
  sentinels: number;
  /** The order the values decide, or what the person must be asked: `ask` (nothing decides), `conflict`. */
  order: DateOrder | 'ask' | 'conflict' | 'none';
  /** A few values of each kind, to show with the question. */
  examples: { dayFirst: string[]; monthFirst: string[]; ambiguous: string[]; sentinels: string[] };
}

/** Looks at every value of a column and says which order they are written in (see the module comment). */
export function inferDateOrder(cells: readonly Cell[]): DateColumnFacts {
  const facts: DateColumnFacts = {
    dayFirst: 0,
    monthFirst: 0,
    ambiguous: 0,
    sentinels: 0,
    order: 'none',
    examples: { dayFirst: [], monthFirst: [], ambiguous: [], sentinels: [] },
  };
  const note = (list: string[], text: string) => {
    if (list.length < 3 && !list.includes(text)) list.push(text);
  };
  for (const cell of cells) {
    if (typeof cell !== 'string' || isBlank(cell)) {
      if (cell !== null && typeof cell !== 'string' && readDateCell(cell, null).kind === 'sentinel') {
        facts.sentinels += 1;
        note(facts.examples.sentinels, typeof cell === 'number' ? String(cell) : cell.date);
      }
      continue;
    }
    const text = cell.trim().replace(MIDNIGHT, '');
    const m = NUMERIC.exec(text);
    if (!m) {
      if (readDateCell(text, null).kind === 'sentinel') {
        facts.sentinels += 1;
        note(facts.examples.sentinels, text);
      }
      continue;
    }
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y >= SENTINEL_YEAR) {
      facts.sentinels += 1;
      note(facts.examples.sentinels, text);
    } else if (a > 12 && b <= 12) {
      facts.dayFirst += 1;
      note(facts.examples.dayFirst, text);
    } else if (b > 12 && a <= 12) {
      facts.monthFirst += 1;
      note(facts.examples.monthFirst, text);
    } else if (a !== b && a <= 12 && b <= 12) {
      facts.ambiguous += 1;
      note(facts.examples.ambiguous, text);
    }
  }
  if (facts.dayFirst > 0 && facts.monthFirst > 0) facts.order = 'conflict';
  else if (facts.dayFirst > 0) facts.order = 'dmy';
  else if (facts.monthFirst > 0) facts.order = 'mdy';
  else if (facts.ambiguous > 0) facts.order = 'ask';
  return facts;
}

/** True when most of a column's non-blank values read as dates: a hint the wizard shows, never a mapping. */
export function looksLikeDates(cells: readonly Cell[]): boolean {
  let dated = 0;
  let filled = 0;
  for (const cell of cells.slice(0, 200)) {
    if (isBlank(cell)) continue;
    filled += 1;
    if (typeof cell === 'object' && cell !== null) dated += 1;
    else if (typeof cell === 'string' && readDateCell(cell, 'dmy').kind !== 'error') dated += 1;
  }
  return filled > 0 && dated / filled >= 0.8;
}
