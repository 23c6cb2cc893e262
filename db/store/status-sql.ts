/**
 * The one SQL twin of electron/common/domain/status.ts statusAsOf (rule 4), shared by lists.ts and
 * search-query.ts. Parameters: @cutoff (ISO day). `record` is the SQL expression of the record id.
 *
 * Past cutoff: the last dated event begun by then in timeline order (status_event_begun, migration 13:
 * date groups, then entry order; an event counts as begun no earlier than those before it). A cutoff on
 * or after today (local time, as current_status) means now: rule 3 over the events begun by then — of
 * that last dated event and every undated event, the one entered last (highest position), so "Superseded"
 * entered last with no date is the status as of today, as the chart shows it.
 */
export function asOfEventIdSql(record: string): string {
  return `(SELECT id FROM (
     SELECT * FROM (SELECT x.id, x.position FROM status_event_begun x
       WHERE x.record_id = ${record} AND x.begun_from <= @cutoff ORDER BY x.date_group DESC, x.position DESC LIMIT 1)
     UNION ALL
     SELECT u.id, u.position FROM status_events u
       WHERE u.record_id = ${record} AND u.date_from IS NULL AND @cutoff >= date('now', 'localtime')
   ) ORDER BY position DESC LIMIT 1)`;
}

/**
 * A past cutoff only: the status of the last undated event entered after the event `decider` (an id
 * expression; nothing when it is NULL) — the model's `undatedLater`: the status "may since have changed".
 */
export function undatedLaterSql(record: string, decider: string): string {
  return `(SELECT u.status FROM status_events u
     WHERE u.record_id = ${record} AND u.date_from IS NULL AND @cutoff < date('now', 'localtime')
       AND u.position > (SELECT d.position FROM status_events d WHERE d.id = ${decider})
     ORDER BY u.position DESC LIMIT 1)`;
}
