/** Handlers for search channels: thin calls into the search service and the store. */
import { quickSearch, searchRecords } from '../services/search/search';
import type { searchChannels } from '../../common/contract/search';
import type { Handlers } from './context';

export const searchHandlers: Handlers<typeof searchChannels> = {
  'search.query': (input, ctx) => searchRecords(ctx.store, input),
  'search.quick': (input, ctx) => quickSearch(ctx.store, input.query, input.limit),
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
