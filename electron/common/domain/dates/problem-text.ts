/**
 * A date reason (dates/problems.ts) in a language other than English: the values that are words — a month's
 * name, an ISO day, a sub-year group with its year, a decade or century, an era's year — written as that language
 * writes dates (display.ts), then the language's template filled by `say` (i18next in the window).
 */
import type { ProblemValues } from '../errors';
import { formatPoints, ITALIAN_MONTHS, type DateLang } from './display';
import { MONTHS_LONG } from './point';
import type { DateWording } from './problems';

export function dateProblemText(
  wording: { key: string; values?: ProblemValues },
  lang: DateLang,
  say: (key: string, values: ProblemValues) => string,
): string {
  const v: ProblemValues = { ...wording.values };
  const months = lang === 'it' ? ITALIAN_MONTHS : MONTHS_LONG;
  if (typeof v.month === 'number') {
    const name = months[v.month - 1] ?? '';
    v.month = name.charAt(0).toUpperCase() + name.slice(1);
  }
  if (typeof v.day === 'string') {
    const [y, m, d] = v.day.split('-').map(Number) as [number, number, number];
    v.day = `${d === 1 && lang === 'it' ? '1°' : d} ${months[m - 1] ?? ''} ${y}`;
  }
  if (typeof v.code === 'number')
    v.season = formatPoints([{ y: Number(v.year), g: v.code, approx: false }], false, lang);
  if (typeof v.decade === 'number')
    v.example = formatPoints([{ y: v.decade, decade: true, approx: false }], false, lang);
  if (typeof v.century === 'number')
    v.example = formatPoints([{ y: v.century, century: true, approx: false }], false, lang);
  if (typeof v.era === 'string') v.described = say(v.m === undefined ? 'date.eraYear' : 'date.eraMonth', v);
  return say(wording.key, v);
}

export type { DateWording };
