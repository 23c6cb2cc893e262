/**
 * Local full-text search over every record: the search page, the Ctrl+K palette, the CLI and
 * saved searches all come here. One FTS5 query per call (text AND filter tokens, ranked by bm25
 * with title > summary > body), then the page of hits is described: kind, title, date, derived
 * status, a highlighted snippet and the field it came from.
 */
import { parseAttachmentField } from '../../../common/domain/attachments';
import { AppError, parseOrThrow } from '../../../common/domain/errors';
import { searchInputSchema, type SearchHit, type SearchInput, type SearchResult } from '../../../common/domain/search';
import type { RecordKind, Status } from '../../../common/domain/vocab';
import { RANK_WINDOW, Store, type DocResult, type DocRow, type DocQuery } from '../../../../db/store';
import { understandDates, type DatePhrase } from '../../../common/domain/date-phrases';
import { understandKinds, type KindPhrase } from '../../../common/domain/kind-phrases';
import type { z } from 'zod';
import { todayIso } from '../../../common/domain/partial-date';
import { ALL_RECORDS, compileFilters, DatesExcludeEachOther, withDatePhrases, withKindPhrases } from './filters';
import { nothingToSearchFor, parseQuery, type Highlight } from './query';
import { describeHit } from './snippets';

const DEFAULT_LIMIT = 50;

function toHit(row: DocRow, highlights: readonly Highlight[]): SearchHit {
  const text = describeHit(row, highlights);
  return {
    id: row.recordId,
    kind: row.kind as RecordKind,
    title: row.title,
    subtitle: row.subtitle,
    date: row.date,
    status:
      row.status && row.statusDate
        ? { status: row.status as Status, date: row.statusDate, eventId: row.statusEventId }
        : null,
    score: row.score,
    ...text,
  };
}

/** FTS5 never sees a person's raw text, so an FTS5 error here is our bug: say so plainly, log the detail. */
function runQuery(store: Store, query: DocQuery): DocResult {
  try {
    return store.queryDocs(query);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/fts5|syntax error|unterminated|no such column/i.test(message)) {
      console.error('[entente] search expression rejected by FTS5:', message, query.match);
      throw new AppError(
        'INTERNAL',
        'This search could not be run. Try fewer or simpler words; the problem has been logged.',
      );
    }
    throw error;
  }
}

/** A question made ready to run: the FTS5 match and SQL filters, or why there is nothing to run. */
type Compiled =
  | { run: false; notes: string[]; dates: DatePhrase[]; kinds: KindPhrase[] }
  | {
      run: true;
      notes: string[];
      dates: DatePhrase[];
      kinds: KindPhrase[];
      highlights: Highlight[];
      query: Omit<DocQuery, 'limit' | 'offset'>;
    };

/**
 * Reads the question: kind words anywhere in it ("meetings") find records of that kind or records that say the word
 * (ranked first), dates anywhere become a date filter; the words left are searched as text.
 */
function compileSearch(store: Store, input: z.output<typeof searchInputSchema>): Compiled {
  const { rest, kinds } = understandKinds(input.query, input.datesAsText);
  const understood = understandDates(rest, input.today ?? todayIso(), input.datesAsText);
  const parsed = parseQuery(understood.rest, {
    typing: input.mode === 'typing',
    hasTerm: (word) => store.indexHasTerm(word),
  });
  const dates = understood.dates;
  // A kind word is also a word: "Accordo" finds the "Accordo quadro …" by its title as well as every agreement.
  const kindWords = kinds.map((k) =>
    parseQuery(k.text, { typing: false, hasTerm: (word) => store.indexHasTerm(word) }),
  );
  let filters;
  try {
    const words = kindWords.flatMap((k) => (k.expr ? [k.expr] : []));
    filters = withKindPhrases(withDatePhrases(compileFilters(input.filters ?? {}), dates), kinds, words);
  } catch (error) {
    if (error instanceof DatesExcludeEachOther)
      return { run: false, notes: [...parsed.notes, error.message], dates, kinds };
    throw error;
  }
  for (const d of dates) parsed.highlights.push({ kind: 'date', from: d.from, to: d.to });
  for (const k of kindWords) parsed.highlights.push(...k.highlights);
  const sqlFilters = Boolean(filters.days || filters.statusAsOf?.statuses);
  const base = filters.tokens.length > 0 ? filters.tokens : sqlFilters ? [ALL_RECORDS] : [];

  let match: string;
  if (parsed.expr) match = [parsed.expr, ...filters.tokens].join(' AND ');
  else if (parsed.excludeOnly) {
    if (base.length === 0) throw nothingToSearchFor();
    match = `(${base.join(' AND ')}) NOT (${parsed.excludeOnly})`;
  } else if (base.length > 0) match = base.join(' AND ');
  else return { run: false, notes: parsed.notes, dates, kinds };
  return {
    run: true,
    notes: parsed.notes,
    dates,
    kinds,
    highlights: parsed.highlights,
    query: {
      match,
      // Records that say a kind word rank above those found by their kind alone (whose kind term scores nothing).
      order: parsed.expr || filters.rankByDate || kinds.length > 0 ? 'rank' : 'recent',
      ...(filters.days ? { days: { ...filters.days, today: input.today ?? todayIso() } } : {}),
      ...(filters.statusAsOf ? { statusAsOf: filters.statusAsOf } : {}),
      ...(filters.meetingStatusNow ? { meetingStatusNow: filters.meetingStatusNow } : {}),
      ...(kinds.length > 0 ? { boostKinds: [...new Set(kinds.map((k) => k.kind))] } : {}),
    },
  };
}

/**
 * Every record a search finds — the same question, filters and date chips as the search page, but all of them,
 * unranked and unpaged (a timeline or report scoped by a search). `dates` are the chips the question gave.
 * Errors: VALIDATION for input the search page would refuse too.
 */
export function searchRecordIds(
  store: Store,
  rawInput: SearchInput,
): { ids: string[]; dates: DatePhrase[]; kinds: KindPhrase[] } {
  const input = parseOrThrow(searchInputSchema, rawInput, 'Search');
  const strict = recordIdsOf(store, input);
  const read = phrasesRead(strict);
  if (strict.ids.length > 0 || read.length === 0) return strict;
  const asWords = recordIdsOf(store, { ...input, datesAsText: [...(input.datesAsText ?? []), ...read] });
  return asWords.ids.length > 0 ? asWords : strict;
}

function recordIdsOf(
  store: Store,
  input: z.output<typeof searchInputSchema>,
): { ids: string[]; dates: DatePhrase[]; kinds: KindPhrase[] } {
  const compiled = compileSearch(store, input);
  if (!compiled.run) return { ids: [], dates: compiled.dates, kinds: compiled.kinds };
  const { order: _order, boostKinds: _boost, ...conditions } = compiled.query;
  return { ids: store.matchingRecordIds(conditions), dates: compiled.dates, kinds: compiled.kinds };
}

/** The date and kind phrases a search read as filters (as typed). */
function phrasesRead(result: { dates?: DatePhrase[]; kinds?: KindPhrase[] }): string[] {
  return [...(result.dates ?? []), ...(result.kinds ?? [])].map((p) => p.text);
}

/**
 * The search page's answer. Dates and kind words in the question are read as filters (chips the person can remove);
 * when that reading finds nothing at all, the question is asked again with those phrases as plain words, and a note
 * says so — a title that holds a year ("defence vision 2035", signed in 2020) or a kind word ("training working
 * group" for a meeting) is still found, as the README promises ("a year also finds records dated then"; a fresh
 * tester's finding on issue 13). A reading that finds something is never mixed with the other: chips stay filters.
 */
export function searchRecords(store: Store, rawInput: SearchInput): SearchResult {
  const input = parseOrThrow(searchInputSchema, rawInput, 'Search');
  const strict = answer(store, input);
  const read = phrasesRead(strict);
  if (strict.hits.length > 0 || read.length === 0) return strict;
  // A later page of a reading that found something is that reading's (empty) page, not a reason to read again.
  if ((input.offset ?? 0) > 0 && answer(store, { ...input, offset: 0, limit: 1 }).hits.length > 0) return strict;
  const asWords = answer(store, { ...input, datesAsText: [...(input.datesAsText ?? []), ...read] });
  if (asWords.hits.length === 0) return strict;
  return { ...asWords, notes: [readAsWordsNote(read), ...asWords.notes] };
}

/** “2035” → Nothing matched with “2035” as a filter, so it was searched as words. */
function readAsWordsNote(phrases: readonly string[]): string {
  const quoted = phrases.map((p) => `“${p}”`).join(' and ');
  return phrases.length === 1
    ? `Nothing matched with ${quoted} as a filter, so it was searched as words.`
    : `Nothing matched with ${quoted} as filters, so they were searched as words.`;
}

function answer(store: Store, input: z.output<typeof searchInputSchema>): SearchResult {
  const compiled = compileSearch(store, input);
  if (!compiled.run)
    return {
      query: input.query,
      hits: [],
      hasMore: false,
      dates: compiled.dates,
      kinds: compiled.kinds,
      notes: compiled.notes,
    };
  const parsed = { notes: compiled.notes, highlights: compiled.highlights };
  const dates = compiled.dates;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const { rows, windowed } = runQuery(store, {
    ...compiled.query,
    limit: limit + 1,
    offset: input.offset ?? 0,
  });
  const notes = windowed
    ? [
        ...parsed.notes,
        `More than ${RANK_WINDOW.toLocaleString('en')} records match: the best of the ${RANK_WINDOW.toLocaleString('en')} most recently added come first. Add words or filters to narrow the search.`,
      ]
    : parsed.notes;
  const rebuilding = store.searchRebuildProgress();
  return {
    query: input.query,
    hits: withAttachments(
      store,
      rows.slice(0, limit).map((row) => toHit(row, parsed.highlights)),
    ),
    hasMore: rows.length > limit,
    notes: rebuilding ? [indexingNote(rebuilding), ...notes] : notes,
    dates,
    kinds: compiled.kinds,
  };
}

/** A hit whose snippet comes from an attachment's text names the file and the page (field `attachment:<id>:<page>`). */
function withAttachments(store: Store, hits: SearchHit[]): SearchHit[] {
  const refs = hits.map((h) => parseAttachmentField(h.field));
  const names = store.attachmentNames(refs.flatMap((r) => (r ? [r.attachmentId] : [])));
  return hits.map((hit, i) => {
    const ref = refs[i];
    const name = ref && names.get(ref.attachmentId);
    return ref && name ? { ...hit, attachment: { attachmentId: ref.attachmentId, page: ref.page, ...name } } : hit;
  });
}

/** While the index is rebuilt in the background, results come only from the records indexed so far. */
function indexingNote({ done, total }: { done: number; total: number }): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `The search index is being rebuilt (${percent}% done): results may be incomplete until it finishes.`;
}

/** For the Ctrl+K palette: a few hits while the person is still typing (the last word matches as a prefix). */
export function quickSearch(store: Store, query: string, limit = 8): SearchResult {
  if (query.trim() === '') return { query, hits: [], hasMore: false, notes: [] };
  try {
    return searchRecords(store, { query, mode: 'typing', limit });
  } catch (error) {
    // Half-typed input ("-" alone) is not worth an error in a palette: show nothing yet.
    if (error instanceof AppError && error.code === 'VALIDATION')
      return { query, hits: [], hasMore: false, notes: [error.message] };
    throw error;
  }
}
