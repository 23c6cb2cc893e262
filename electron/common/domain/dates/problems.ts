/**
 * Why a typed date is not a date, as data (issue 18): each reason the reader gives has a key in the problem table's
 * `date` section (electron/common/domain/words/problems.ts) and values as numbers and ISO days, so the date field
 * can say it in the window's language ("Non esiste il mese 13. Scrivere prima il giorno, ad es. 13/02/2021.").
 *
 * The reader passes reasons around as their English text (a string in place of a point, read.ts/point.ts), so
 * `dateProblem` makes that text and remembers which key and values made it; `fail` in read.ts looks it up and
 * puts both on the ParseResult. The remembered texts are few (one per reason and number typed) and bounded; a
 * reason without values is known by its text alone. dates/problem-text.ts words a reason in another language.
 */
import type { ProblemValues } from '../errors';
import { fill } from '../words/fill';
import { PROBLEM_WORDS } from '../words/problems';

export type DateProblemKey = keyof (typeof PROBLEM_WORDS)['en']['date'];
export interface DateWording {
  key: `date.${DateProblemKey}`;
  values: ProblemValues;
}

const REMEMBERED = 500;
const said = new Map<string, DateWording>();

/**
 * The English reason for `key` with `values` (numbers; `month` a month number, `day` an ISO day, `decade`/`century`
 * a first year, `era` + `n` (+ `m`) an era's year), kept with its key so `dateWordingOf` gives them back. `english`
 * holds the values' English words (a month's name, a day written out), which this module cannot know: point.ts
 * knows them and imports this one.
 */
export function dateProblem(key: DateProblemKey, values: ProblemValues = {}, english: ProblemValues = {}): string {
  const wording: DateWording = { key: `date.${key}`, values };
  const text = fill(PROBLEM_WORDS.en.date[key], { ...englishValues(values), ...english });
  if (said.size >= REMEMBERED) said.clear();
  said.set(text, wording);
  return text;
}

/** The key and values that made an English reason, or undefined for any other text. */
export function dateWordingOf(text: string): DateWording | undefined {
  const made = said.get(text);
  if (made) return made;
  const fixed = Object.entries(PROBLEM_WORDS.en.date).find(([, template]) => template === text);
  return fixed ? { key: `date.${fixed[0] as DateProblemKey}`, values: {} } : undefined;
}

function englishValues(values: ProblemValues): ProblemValues {
  const v: ProblemValues = { ...values };
  if (typeof v.decade === 'number') v.example = `${v.decade}s`;
  if (typeof v.century === 'number') v.example = `${v.century}s`;
  if (typeof v.era === 'string')
    v.described = fill(PROBLEM_WORDS.en.date[v.m === undefined ? 'eraYear' : 'eraMonth'], v);
  return v;
}
