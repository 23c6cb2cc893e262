/**
 * Search as the rest of the app sees it: the filters a person can set, what a hit carries, and
 * saved searches. Pure: the contract, the CLI, the service and the renderer share these.
 */
import { z } from 'zod';
import type { AttachmentHit } from './attachments';
import { idSchema } from './schemas';
import type { DatePhrase } from './date-phrases';
import type { KindPhrase } from './kind-phrases';
import type { DerivedStatus } from './types';
import { COOPERATION_AREAS, RECORD_KINDS, labelOf, type RecordKind } from './vocab';

export const SEARCH_LIMITS = { query: 500, terms: 32, results: 200 } as const;

const dateText = (field: string) =>
  z
    .string()
    .max(100, { error: `${field} is too long to be a date` })
    .optional();

export const searchFiltersSchema = z
  .object({
    kinds: z
      .array(z.enum(RECORD_KINDS, { error: `Kind must be one of ${RECORD_KINDS.join(', ')}` }))
      .max(RECORD_KINDS.length)
      .optional(),
    /** Records involving this party or any of its sub-parties (Italy finds the Italian Air Force's arrangements). */
    partyId: idSchema.optional(),
    /** Current status, or the status on `statusAsOf` when that is given. */
    statuses: z.array(z.string().max(40)).max(20).optional(),
    statusAsOf: dateText('Status as of'),
    areas: z
      .array(z.enum(COOPERATION_AREAS, { error: 'Unknown cooperation area' }))
      .max(COOPERATION_AREAS.length)
      .optional(),
    /** Sub-types (agreement type, meeting type…): "technical_arrangement", "jwg_session". */
    types: z.array(z.string().max(40)).max(20).optional(),
    /** Partial dates as typed: any dated thing of the record overlaps from the first day of `from` to the last day of `to`. */
    from: dateText('From'),
    to: dateText('To'),
  })
  .strict();
export type SearchFilters = z.input<typeof searchFiltersSchema>;

export const searchInputSchema = z
  .object({
    query: z.string().max(SEARCH_LIMITS.query, { error: `A search can be at most ${SEARCH_LIMITS.query} characters` }),
    filters: searchFiltersSchema.optional(),
    limit: z.number().int().min(1).max(SEARCH_LIMITS.results).optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
    /** 'typing': the last word is still being typed, so it also matches as a prefix ("Temp" finds Tempest). */
    mode: z.enum(['exact', 'typing']).optional(),
    /** Date or kind phrases of the query (as typed) to read as words, not as a filter: a chip the person removed. */
    datesAsText: z.array(z.string().max(100)).max(10).optional(),
    /** ISO day relative dates ("last month", "oggi") count from; today (local) when absent. */
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Today must be YYYY-MM-DD' })
      .optional(),
  })
  .strict();
export type SearchInput = z.input<typeof searchInputSchema>;

/** A piece of a snippet; `hit` pieces are what matched. The UI escapes the text and marks hits. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  id: string;
  kind: RecordKind;
  title: string;
  titleSegments: SnippetSegment[];
  subtitle: string;
  /** EDTF: the record's own date (meeting date, first status date…) or 'XXXX'. */
  date: string;
  /** Current status, or the status on the filter's as-of date. */
  status: DerivedStatus | null;
  snippet: SnippetSegment[];
  /**
   * The record field the match is in (form field key, e.g. 'minutes'), so the detail page can scroll to it. The
   * snippet comes from it, unless `snippetField` says otherwise.
   */
  field: string | null;
  /** The field the snippet comes from when it is not `field`: context shown for a match in the title only. */
  snippetField?: string;
  /** Every field that matched, best first. */
  matchedFields: string[];
  /** Lower is better (FTS5 bm25); 0 when only filters applied. */
  score: number;
  /** Set when the snippet comes from an attachment's text: the file and the page it was found on. */
  attachment?: AttachmentHit;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** More hits exist beyond `limit` (ask again with an offset). */
  hasMore: boolean;
  /** How the query was read when it needed a sensible reading ("Unclosed quote: …"). */
  notes: string[];
  /** Date phrases found in the query and applied as date filters (the page shows each as a removable chip). */
  dates?: DatePhrase[];
  /** Kind words found in the query ("meetings", "sessions") and applied as a kind filter, each a removable chip. */
  kinds?: KindPhrase[];
}

/** English names of the fields a hit can point at; the renderer translates by key. */
const FIELD_LABELS: Record<string, string> = {
  attachments: 'Attachments',
  shortTitle: 'Short title',
  alternateTitles: 'Title in another language',
  placeOfSignature: 'Place of signature',
  nativeName: 'Native name',
  roleTitle: 'Role',
  actionItems: 'Action items',
  statusEvents: 'Status history',
  parentId: 'Part of',
  partyId: 'Party',
  shortName: 'Short name',
  date: 'Date',
};
export function fieldLabel(field: string): string {
  if (field.startsWith('attachment:')) return 'Attachment';
  return FIELD_LABELS[field] ?? labelOf(field);
}

// ------------------------------------------------------------------------------------------
// Saved searches: a name, the query text and the filters, kept in the database.
// ------------------------------------------------------------------------------------------

export const savedSearchInputSchema = z
  .object({
    name: z
      .string({ error: 'A name is required' })
      .trim()
      .min(1, { error: 'A name is required' })
      .max(120, { error: 'The name must be at most 120 characters' }),
    query: z.string().max(SEARCH_LIMITS.query).default(''),
    filters: searchFiltersSchema.default({}),
  })
  .strict();
export type SavedSearchInput = z.input<typeof savedSearchInputSchema>;

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  filters: z.output<typeof searchFiltersSchema>;
  createdAt: string;
  updatedAt: string;
}
