/**
 * Migration 13 (issue 16): when a status event counts as begun for "as of" questions, as
 * electron/common/domain/status.ts rule 4 now says. An event cannot have begun before an event
 * placed before it in timeline order, so its first day is raised to theirs: with "Signed · Mar
 * 2021" then "In force · 2021", In force (1 January by its own first day) had not begun in
 * February 2021, and the as-of answer for Feb 2021 said In force before the agreement was signed.
 *
 *   status_event_begun  status_event_order plus `begun_from`: the running maximum of date_from
 *                       along the timeline order (date_group, then position) — the SQL twin of
 *                       listingDays. It rises along the order, so the events begun by a day
 *                       (begun_from <= day) are a prefix of it and the last of them decides.
 * db/store/lists.ts and search-query.ts read their as-of answers from it.
 *
 * And the folding table of electron/common/domain/fold.ts now folds katakana to hiragana (step 6),
 * so テンペスト and てんぺすと find each other. Rows indexed before it hold katakana that folded
 * queries would miss: as migrations 6 and 11 did, the derived search tables are emptied and
 * rebuilt from the records when the database is next opened for writing (ensureSearchIndex).
 * No record data changes.
 */
import { migration as refold } from './0006-search-fold';

export const migration = {
  version: 13,
  name: 'status-begun-search-kana',
  sql: /* sql */ `
CREATE VIEW status_event_begun AS
SELECT id, record_id, status, date, date_from, date_to, position, date_group,
  max(date_from) OVER (PARTITION BY record_id ORDER BY date_group, position ROWS UNBOUNDED PRECEDING) AS begun_from
FROM status_event_order;
${refold.sql}`,
};
