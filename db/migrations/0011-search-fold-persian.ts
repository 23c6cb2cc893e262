/**
 * Migration 11 (issue 16): the folding table of electron/common/domain/fold.ts
 * now also folds the Persian/Urdu keyboard's letters to the Arabic ones (farsi yeh ی and yeh
 * barree ے → ي, keheh ک → ك, heh goal ہ and ۀ → ه; Lucene's PersianNormalizer). Rows indexed
 * before it hold the unfolded letters that folded queries would miss, so, as migration 6 did, the
 * derived search tables are emptied and rebuilt from the records when the database is next opened
 * for writing (ensureSearchIndex, db/store/search-index.ts). No record data changes.
 */
import { migration as refold } from './0006-search-fold';

export const migration = {
  version: 11,
  name: 'search-fold-persian',
  /** The same emptying as migration 6 (a released migration's text never changes, so sharing it is safe). */
  sql: refold.sql,
};
