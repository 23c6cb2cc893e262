/** Handlers for search channels: thin calls into the search service and the store. */
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  updateSavedSearch,
} from '../../../db/store/saved-searches';
import { checkSearchIndex, rebuildSearchIndex } from '../../../db/store/search-index';
import { quickSearch, searchRecords } from '../services/search/search';
import type { searchChannels } from '../../common/contract/search';
import type { Handlers } from './context';

export const searchHandlers: Handlers<typeof searchChannels> = {
  'search.query': (input, ctx) => searchRecords(ctx.db, input),
  'search.quick': (input, ctx) => quickSearch(ctx.db, input.query, input.limit),
  'search.reindex': (input, ctx) => {
    if (input.checkOnly) {
      const check = checkSearchIndex(ctx.db, { repair: false });
      return { ok: check.ok, problems: check.problems, rebuilt: false, records: 0, ms: check.ms };
    }
    const report = rebuildSearchIndex(ctx.db);
    return { ok: true, problems: [], rebuilt: true, records: report.records, ms: report.ms };
  },
  'savedSearches.list': (_input, ctx) => listSavedSearches(ctx.db),
  'savedSearches.create': (input, ctx) => createSavedSearch(ctx.db, input),
  'savedSearches.update': (input, ctx) => updateSavedSearch(ctx.db, input.id, input.search),
  'savedSearches.delete': (input, ctx) => deleteSavedSearch(ctx.db, input.id),
};
