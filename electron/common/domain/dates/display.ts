/**
 * Showing partial dates "as written", in English or Italian: "Jan 2021" / "gen 2021", "c. 2019", "early 2021" /
 * "inizio 2021", "Q1 2024" / "1° trim. 2024", "1990s" / "anni 1990", "from 2019" / "dal 2019", "unknown" /
 * "sconosciuta". One table of words per language; the shapes (what is dropped from a range, where "c." goes) are the
 * same for both. Every output, in either language, parses back to the same EDTF (read.ts reads both languages), which
 * tests/electron/common/domain/partial-date-italian.test.ts checks over every form.
 */
import {
  GROUPS,
  MONTHS_LONG,
  OPEN_END,
  OPEN_START,
  daysIn,
  pointEdtf,
  type End,
  type PartialDate,
  type Point,
} from './point';

/** The languages dates are shown in. The renderer's pseudo-locale shows English dates. */
export const DATE_LANGS = ['en', 'it'] as const;
export type DateLang = (typeof DATE_LANGS)[number];

interface DateWords {
  monthsShort: readonly string[];
  monthsLong: readonly string[];
  /** Sub-year groupings by ISO 8601-2 code: short and long names, written before the year. */
  groups: Readonly<Record<number, readonly [short: string, long: string]>>;
  circa: readonly [short: string, long: string];
  unknown: readonly [short: string, long: string];
  decade: (y: number, long: boolean) => string;
  century: (y: number, long: boolean) => string;
  /** "from X" / "until X" for an open range, X already written. */
  from: (x: string) => string;
  until: (x: string) => string;
  /** A range whose start alone is approximate, or any range written out in full (long style). */
  fromTo: (left: string, right: string) => string;
  /** The joint of a range in long style; short style always uses an en dash. */
  longJoin: ((left: string, right: string) => string) | null;
}

const EN: DateWords = {
  monthsShort: MONTHS_LONG.map((m) => m.slice(0, 3)),
  monthsLong: MONTHS_LONG,
  groups: Object.fromEntries([...GROUPS].map(([code, g]) => [code, [g.short, g.long] as const])),
  circa: ['c. ', 'circa '],
  unknown: ['unknown', 'date unknown'],
  decade: (y, long) => `${long ? 'the ' : ''}${y}s${y % 100 === 0 && y < 2000 ? ' decade' : ''}`,
  century: (y, long) => `${long ? 'the ' : ''}${y}s`,
  from: (x) => `from ${x}`,
  until: (x) => `until ${x}`,
  fromTo: (left, right) => `from ${left} to ${right}`,
  longJoin: (left, right) => `${left} to ${right}`,
};

export const ITALIAN_MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];
const ROMAN: Record<number, string> = { 1800: 'XIX', 1900: 'XX', 2000: 'XXI', 2100: 'XXII' };

/**
 * The Italian preposition before a written date, joined with its article as Italian writes it: "dal 2019",
 * "da gen 2021", "dalla primavera 2021", "dall'inizio 2021", "dagli anni 1990" (and "al", "a", "alla", "all'",
 * "agli" for the end). read.ts accepts every one of these.
 */
export function articled(base: 'da' | 'a', x: string): string {
  const first = x.split(' ')[0] ?? '';
  if (/^(?:\d|c\.|circa$|X)/.test(first)) return `${base}l ${x}`;
  if (ITALIAN_MONTHS.some((m) => m.startsWith(first))) return `${base} ${x}`;
  if (first === 'anni') return `${base}gli ${x}`;
  if (/^[aeiou]/.test(first)) return `${base}ll'${x}`;
  return `${base}lla ${x}`;
}

const IT: DateWords = {
  monthsShort: ITALIAN_MONTHS.map((m) => m.slice(0, 3)),
  monthsLong: ITALIAN_MONTHS,
  groups: {
    21: ['primavera', 'primavera'],
    22: ['estate', 'estate'],
    23: ['autunno', 'autunno'],
    24: ['inverno', 'inverno'],
    33: ['1° trim.', 'primo trimestre'],
    34: ['2° trim.', 'secondo trimestre'],
    35: ['3° trim.', 'terzo trimestre'],
    36: ['4° trim.', 'quarto trimestre'],
    37: ['inizio', 'inizio'],
    38: ['metà', 'metà'],
    39: ['fine', 'fine'],
    40: ['1° sem.', 'primo semestre'],
    41: ['2° sem.', 'secondo semestre'],
  },
  circa: ['c. ', 'circa '],
  unknown: ['sconosciuta', 'data sconosciuta'],
  // "anni 1990", not "anni '90": the two-digit form is read as the latest such decade, which changes with the years.
  decade: (y) => `anni ${y}`,
  century: (y) => `${ROMAN[y] ?? y} secolo`,
  from: (x) => articled('da', x),
  until: (x) => `fino ${articled('a', x)}`,
  fromTo: (left, right) => `${articled('da', left)} ${articled('a', right)}`,
  longJoin: null,
};

const WORDS: Record<DateLang, DateWords> = { en: EN, it: IT };

/** The twelve short month names of `lang`, as dates show them ("Jan", "gen"): the timeline axis uses them too. */
export function monthAbbreviations(lang: DateLang): readonly string[] {
  return WORDS[lang].monthsShort;
}

/** Drops the last `drop` fields (year, then month) so a range can share them. */
function formatPoint(p: Point, long: boolean, drop: number, w: DateWords): string {
  const sure = p.uncertain ? '?' : '';
  if (p.century) return w.century(p.y, long) + sure;
  if (p.decade) return w.decade(p.y, long) + sure;
  const group = p.g === undefined ? undefined : w.groups[p.g];
  if (group) return `${long ? group[1] : group[0]} ${p.y}${sure}`;
  const parts: string[] = [];
  if (p.d !== undefined) parts.push(String(p.d));
  if (p.m !== undefined) parts.push((long ? w.monthsLong : w.monthsShort)[p.m - 1] ?? '');
  parts.push(String(p.y));
  return parts.slice(0, parts.length - drop).join(' ') + sure;
}

/**
 * Displays decoded ends "as written" in `lang`. Every output parses back to the same edtf, which is why a
 * start-only approximate range reads "from c. 2019 to 2021" ("dal c. 2019 al 2021"): "c. 2019–2021" would mean both
 * ends are approximate.
 */
export function formatPoints(points: readonly End[], long: boolean, lang: DateLang = 'en'): string {
  const w = WORDS[lang];
  const [a, b] = points;
  const unknown = w.unknown[long ? 1 : 0];
  if (a === undefined) return unknown;
  const circa = w.circa[long ? 1 : 0];
  const one = (p: Point) => (p.approx ? circa : '') + formatPoint(p, long, 0, w);
  if (a === null) return b ? w.until(one(b)) : unknown;
  if (b === null) return w.from(one(a));
  if (b === undefined) return one(a);

  const plain = (p: Point) => p.g === undefined && !p.decade && !p.century;
  let drop = 0;
  if (plain(a) && plain(b) && a.y === b.y && a.m !== undefined && b.m !== undefined) {
    drop = a.m === b.m && a.d !== undefined && b.d !== undefined ? 2 : 1;
  }
  const left = formatPoint(a, long, drop, w);
  const right = formatPoint(b, long, 0, w);
  const join = (l: string, r: string) => (long ? (w.longJoin ?? w.fromTo)(l, r) : `${l}–${r}`);
  if (a.approx && b.approx) return `${circa}${join(left, right)}`;
  if (a.approx) return w.fromTo(`${circa}${left}`, right);
  return join(left, `${b.approx ? circa : ''}${right}`);
}

/** Short display of a value's span ("Mar–May 2021", "mar–mag 2021"), for saying how a named period was read. */
export function spanText(value: PartialDate, lang: DateLang = 'en'): string | null {
  if (value.from === null || value.to === null || value.from === OPEN_START || value.to === OPEN_END) return null;
  const [fy, fm, fd] = value.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = value.to.split('-').map(Number) as [number, number, number];
  const a: Point = { y: fy, m: fm, approx: false };
  const b: Point = { y: ty, m: tm, approx: false };
  if (fd !== 1 || td !== daysIn(ty, tm)) [a.d, b.d] = [fd, td];
  return formatPoints(pointEdtf(a) === pointEdtf(b) ? [a] : [a, b], false, lang);
}
