/** Channels for full-text search, the Ctrl+K palette's content search, saved searches and the index. */
import { z } from 'zod';
import { idSchema } from '../domain/schemas';
import {
  SEARCH_LIMITS,
  savedSearchInputSchema,
  searchInputSchema,
  type SavedSearch,
  type SearchResult,
} from '../domain/search';
import { channel } from './define';

export interface SearchIndexReport {
  ok: boolean;
  problems: string[];
  rebuilt: boolean;
  records: number;
  ms: number;
}

export const searchChannels = {
  /** The search page: ranked hits with snippets; `mode: 'typing'` while the person types. */
  'search.query': channel<SearchResult>()(searchInputSchema, { writes: false }),
  /** The Ctrl+K palette: a few hits by content for a half-typed query (the last word is a prefix). */
  'search.quick': channel<SearchResult>()(
    z
      .object({ query: z.string().max(SEARCH_LIMITS.query), limit: z.number().int().min(1).max(20).optional() })
      .strict(),
    { writes: false },
  ),
  /**
   * Rebuilds the whole index (Data & backups: "Rebuild search index"); with `checkOnly` it only checks, and with
   * `deep` too that check recomputes every record's index text and compares it (seconds on a large register).
   */
  'search.reindex': channel<SearchIndexReport>()(
    z.object({ checkOnly: z.boolean().optional(), deep: z.boolean().optional() }).strict(),
    { writes: true },
  ),
  'savedSearches.list': channel<SavedSearch[]>()(z.object({}).strict(), { writes: false }),
  'savedSearches.create': channel<SavedSearch>()(savedSearchInputSchema, { writes: true }),
  'savedSearches.update': channel<SavedSearch>()(z.object({ id: idSchema, search: savedSearchInputSchema }).strict(), {
    writes: true,
  }),
  'savedSearches.delete': channel<{ deletedId: string }>()(z.object({ id: idSchema }).strict(), { writes: true }),
};
