/** Handlers for search channels: thin calls into the search service and the store. */
import type { searchChannels } from '../../common/contract/search';
import type { Handlers } from './context';

/**
 * The search service (with chrono-node's date parsers, about a hundred modules) loads with the first search, not with
 * every host: a command-line `list` or `show` would pay for it on every start (issue 19).
 */
const search = () => import('../services/search/search');

export const searchHandlers: Handlers<typeof searchChannels> = {
  'search.query': async (input, ctx) => (await search()).searchRecords(ctx.store, input),
  'search.quick': async (input, ctx) => (await search()).quickSearch(ctx.store, input.query, input.limit),
  'search.reindex': (input, ctx) => {
    if (input.checkOnly) {
      const check = ctx.store.checkSearchIndex({ repair: false, deep: input.deep ?? false });
      return { ok: check.ok, problems: check.problems, rebuilt: false, records: 0, ms: check.ms };
    }
    const report = ctx.store.rebuildSearchIndex();
    return { ok: true, problems: [], rebuilt: true, records: report.records, ms: report.ms };
  },
  'savedSearches.list': (_input, ctx) => ctx.store.savedSearches(),
  'savedSearches.create': (input, ctx) => ctx.store.createSavedSearch(input),
  'savedSearches.update': (input, ctx) => ctx.store.updateSavedSearch(input.id, input.search),
  'savedSearches.delete': (input, ctx) => ctx.store.deleteSavedSearch(input.id),
};
