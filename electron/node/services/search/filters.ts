/**
 * Search filters as index tokens. Kind, type, current status, cooperation area and party are
 * tokens in the `facets` column of every record's index row (a party token for each party the
 * record involves and every party above it), so a filter is one more AND in the FTS5 match
 * and costs almost nothing. Date ranges become `dates` tokens at month or year granularity,
 * refined to the exact day in SQL; a status "as of" a date can only be answered in SQL.
 */
import { AppError } from '../../../common/domain/errors';
import { asOfCutoff, parsePartialDate } from '../../../common/domain/partial-date';
import type { searchFiltersSchema } from '../../../common/domain/search';
import { intersectDates } from '../../../common/domain/date-phrases';
import { OPEN_DATE_TOKEN, exactDateToken, overlapTokens } from '../../../common/domain/search-text';
import {
  AGREEMENT_KINDS,
  MEETING_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  RECORD_KINDS,
  STATUSES,
} from '../../../common/domain/vocab';
import { type DocQuery } from '../../../../db/store';
import type { z } from 'zod';

type Filters = z.output<typeof searchFiltersSchema>;

export interface CompiledFilters {
  /** FTS5 sub-expressions, each AND-ed with the text. */
  tokens: string[];
  days?: DocQuery['days'];
  statusAsOf?: DocQuery['statusAsOf'];
  meetingStatusNow?: DocQuery['meetingStatusNow'];
  /** A date phrase carries an exact-form token worth ranking by (bm25) even without words to search. */
  rankByDate?: boolean;
}

const KNOWN_STATUSES = new Set<string>(Object.values(STATUSES).flat());
const KNOWN_TYPES = new Set<string>([...AGREEMENT_KINDS, ...MEETING_KINDS, ...PROGRAMME_KINDS, ...PARTY_KINDS]);

/** Every record: the kind tokens cover all. Used when only SQL-checked filters were given. */
export const ALL_RECORDS = facet(RECORD_KINDS.map((k) => token('xk', k)));

function token(prefix: string, value: string): string {
  return `${prefix}${value.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;
}

function facet(tokens: readonly string[]): string {
  return `facets : (${tokens.map((t) => `"${t}"`).join(' OR ')})`;
}

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: [{ path: `filters.${field}`, message }] });
}

function checkKnown(values: readonly string[], known: Set<string>, field: string, what: string): void {
  const unknown = values.find((v) => !known.has(v));
  if (unknown !== undefined) throw invalid(field, `Unknown ${what} “${unknown}”.`);
}

function dayOf(text: string, field: 'from' | 'to'): string | null {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw invalid(field, `${field === 'from' ? 'From' : 'To'} date: ${parsed.error}`);
  return field === 'from' ? parsed.value.from : parsed.value.to;
}

export function compileFilters(filters: Filters): CompiledFilters {
  const out: CompiledFilters = { tokens: [] };
  if (filters.kinds?.length) out.tokens.push(facet(filters.kinds.map((k) => token('xk', k))));
  if (filters.types?.length) {
    checkKnown(filters.types, KNOWN_TYPES, 'types', 'type');
    out.tokens.push(facet(filters.types.map((t) => token('xt', t))));
  }
  if (filters.areas?.length) out.tokens.push(facet(filters.areas.map((a) => token('xa', a))));
  if (filters.partyId) out.tokens.push(facet([token('xp', filters.partyId)]));
  if (filters.statuses?.length) checkKnown(filters.statuses, KNOWN_STATUSES, 'statuses', 'status');
  if (filters.statusAsOf?.trim()) {
    const parsed = asOfCutoff(filters.statusAsOf);
    if (!parsed.ok || !parsed.cutoff)
      throw invalid(
        'statusAsOf',
        `Status as of: ${parsed.ok ? 'give a date such as “2021” or “15 Jan 2021”' : parsed.error}`,
      );
    out.statusAsOf = { cutoff: parsed.cutoff, statuses: filters.statuses?.length ? filters.statuses : null };
  } else if (filters.statuses?.length) {
    out.tokens.push(facet(filters.statuses.map((s) => token('xs', s))));
    // A meeting's status may follow its date (Planned, then Held): the index cannot know today.
    out.meetingStatusNow = filters.statuses;
  }
  const fromDay = filters.from?.trim() ? dayOf(filters.from, 'from') : null;
  const toDay = filters.to?.trim() ? dayOf(filters.to, 'to') : null;
  if (fromDay || toDay) {
    const days = { fromDay: fromDay ?? '0000-01-01', toDay: toDay ?? '9999-12-31' };
    if (days.fromDay > days.toDay) throw invalid('to', 'The date range ends before it starts.');
    out.days = days;
    const tokens = fromDay && toDay ? overlapTokens({ from: fromDay, to: toDay }) : null;
    // Open ranges ("from 2019") are indexed by their known end: let them through, SQL checks the days.
    if (tokens) out.tokens.push(`dates : (${[...tokens, OPEN_DATE_TOKEN].map((t) => `"${t}"`).join(' OR ')})`);
  }
  return out;
}

/** Two date phrases of one query that share no day ("2019 2021"): nothing can match both. */
export class DatesExcludeEachOther extends Error {
  constructor(labels: readonly string[]) {
    super(
      `The dates ${labels.map((l) => `“${l}”`).join(' and ')} share no day, so nothing can match them all; remove one.`,
    );
  }
}

/**
 * Adds the date phrases found in the query (domain/date-phrases.ts) to the compiled filters: every phrase and any
 * From/To filter must hold, so the range checked is their intersection; its index tokens narrow the match when
 * both ends are known. Throws DatesExcludeEachOther when they share no day.
 */
export function withDatePhrases(
  compiled: CompiledFilters,
  dates: readonly { text: string; from: string; to: string; label: string }[],
): CompiledFilters {
  if (dates.length === 0) return compiled;
  const bounds = [...dates, ...(compiled.days ? [{ from: compiled.days.fromDay, to: compiled.days.toDay }] : [])];
  const span = intersectDates(bounds);
  if (!span) throw new DatesExcludeEachOther(dates.map((d) => d.label));
  const open = span.from === '0000-01-01' || span.to === '9999-12-31';
  const tokens = open ? null : overlapTokens(span);
  // A date written in one form ("Q1 2024") also matches records dated in exactly that form, which then rank first.
  const exact = dates.flatMap((d) => {
    const read = parsePartialDate(d.text);
    const token = read.ok ? exactDateToken(read.value.edtf.replace('~', '')) : null;
    return token ? [token] : [];
  });
  return {
    ...compiled,
    tokens: [
      ...compiled.tokens.filter((t) => !t.startsWith('dates :')),
      // Open ranges ("in force from 1994", no end yet) are indexed by their known end: let them through, SQL checks.
      ...(tokens ? [`dates : (${[...tokens, ...exact, OPEN_DATE_TOKEN].map((t) => `"${t}"`).join(' OR ')})`] : []),
    ],
    days: { fromDay: span.from, toDay: span.to },
    ...(exact.length > 0 ? { rankByDate: true } : {}),
  };
}

/**
 * Adds the kind phrases found in the query (domain/kind-phrases.ts) to the compiled filters: one more AND in the
 * match, the phrases' kinds (or sub-types: "sessions" → the jwg_session type) OR-ed, so "agreements meetings" finds
 * either — OR-ed as well with `asWords`, the phrases searched as words (FTS5 expressions from query.ts), so a record
 * that says the word is found whatever its kind: "Accordo" finds "Accordo quadro di cooperazione…" as well as every
 * agreement, and "japan training working group 2021" the session whose title says "working group" (issue 16,
 * finding 4; ARCHITECTURE.md, Search). A kind filter set on the page must hold as well.
 */
export function withKindPhrases(
  compiled: CompiledFilters,
  kinds: readonly { kind: string; type?: string }[],
  asWords: readonly string[] = [],
): CompiledFilters {
  if (kinds.length === 0) return compiled;
  const tokens = [...new Set(kinds.map((k) => (k.type ? token('xt', k.type) : token('xk', k.kind))))];
  const either = [facet(tokens), ...asWords.map((w) => `(${w})`)];
  return { ...compiled, tokens: [...compiled.tokens, either.length > 1 ? `(${either.join(' OR ')})` : either[0]!] };
}
