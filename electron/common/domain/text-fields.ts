/**
 * Text fields at the contract: single-line fields collapse white space (oneLine), every text is normalised and
 * checked for characters no output can hold or that disguise text (characters.ts), and messages name the field and
 * the limit. The record schemas (schemas.ts) build their fields from these.
 */
import { z } from 'zod';
import { disguisingCharacter, unholdableCharacter } from './characters';

/** Limits are generous (a full set of minutes is welcome) but bounded so one paste cannot wedge the UI. */
export const LIMITS = { title: 500, short: 200, text: 20_000, longText: 2_000_000, list: 500 } as const;

/**
 * 20000 → "20,000". Not toLocaleString: that builds an ICU number formatter per call, and these messages are made for
 * every text field of every schema whenever a process starts (tens of milliseconds of each CLI command's start).
 */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Text as stored: breaks normalised to \n (CR LF and lone CR, and the vertical tab and form feed
 * that word processors put in pasted text for a line or page break), then refused with a field
 * message if it still holds a character no output can hold, or an invisible one that can disguise it
 * (bidi overrides, zero-width space: characters.ts disguisingCharacter says which and why).
 */
function holdable(field: string) {
  return (text: string, ctx: z.RefinementCtx): string => {
    const clean = /[\r\v\f]/.test(text) ? text.replace(/\r\n?|[\v\f]/g, '\n') : text;
    const bad = unholdableCharacter(clean);
    if (bad !== null)
      ctx.addIssue({
        code: 'custom',
        message: `${field} contains ${bad}: remove it and try again`,
        params: { key: 'badCharacter', values: { bad } },
      });
    const disguise = bad === null ? disguisingCharacter(clean) : null;
    if (disguise !== null)
      ctx.addIssue({
        code: 'custom',
        message: `${field} contains ${disguise}, an invisible character that can make text read differently from what it holds: remove it and try again`,
        params: { key: 'disguisingCharacter', values: { bad: disguise } },
      });
    return clean;
  };
}

/**
 * A single-line field as stored: every run of white space — a tab or line break typed or pasted into a title, two
 * spaces — becomes one space, and the ends are trimmed. A lone no-break or ideographic space (U+00A0, U+3000) is
 * kept: it is spacing chosen on purpose ("第1回", U+3000, "日伊協議"). Multi-line fields (notes, summaries) keep their breaks.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (run === '\u00a0' || run === '\u3000' ? run : ' ')).trim();
}

/** Required single-line text: white space collapsed (oneLine), must not be empty. */
export function requiredText(field: string, max: number = LIMITS.title) {
  return z
    .string({ error: `${field} is required` })
    .transform(oneLine)
    .pipe(
      z
        .string()
        .min(1, { error: `${field} is required` })
        .max(max, { error: `${field} must be at most ${thousands(max)} characters` }),
    )
    .transform(holdable(field));
}

/** Optional single-line text: as optionalText, with white space collapsed (oneLine). */
export function optionalLine(field: string, max: number = LIMITS.short) {
  return z
    .string({ error: `${field} must be text` })
    .max(max, { error: `${field} must be at most ${thousands(max)} characters` })
    .nullish()
    .transform((s, ctx) => holdable(field)(oneLine(s ?? ''), ctx));
}

/** Optional text: absent, null and blank all mean "not given" and store as ''. */
export function optionalText(field: string, max: number = LIMITS.text) {
  return z
    .string({ error: `${field} must be text` })
    .max(max, { error: `${field} must be at most ${thousands(max)} characters` })
    .nullish()
    .transform((s, ctx) => holdable(field)((s ?? '').trim(), ctx));
}
