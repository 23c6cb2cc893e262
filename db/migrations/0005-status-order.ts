/**
 * Migration 5: derived status follows the rule of electron/common/domain/status.ts (ARCHITECTURE.md
 * §2), replacing migration 1's "latest by sort key" view, which placed "In force · 2021" before
 * "Signed · Mar 2021" (a year sorts at its first day) and ignored an undated status entered last.
 *
 *   status_event_order  every DATED status event with its date group: events whose [date_from,
 *                       date_to] spans overlap (directly or through a chain) share a group; groups
 *                       are numbered in date order. Within a group entry order (position) decides.
 *                       A group depends only on events that start no later than it, so "the last
 *                       event begun by a day" can be read from this view for any cutoff. The sweep
 *                       runs in date_sort order (it begins with date_from), the order of the index
 *                       status_events_record, so no sort is needed; groups do not depend on ties.
 *   event_status        per record, the current status from its events alone: of the last dated
 *                       event (highest group, then position) and every undated event, the one
 *                       entered last.
 *   current_status      what lists, the dashboard and reminders show: event_status, except that a
 *                       meeting follows its own date while no event (or only "planned") decides —
 *                       held once its last possible day is today (local time) or past, planned
 *                       while it is ahead; event_id is NULL then.
 * Views only: no data changes.
 */
export const migration = {
  version: 5,
  name: 'status-order',
  sql: /* sql */ `
DROP VIEW current_status;

CREATE VIEW status_event_order AS
SELECT id, record_id, status, date, date_from, date_to, position,
  sum(opens) OVER (PARTITION BY record_id ORDER BY date_sort, position ROWS UNBOUNDED PRECEDING) AS date_group
FROM (
  SELECT id, record_id, status, date, date_from, date_to, date_sort, position,
    coalesce(date_from > max(date_to) OVER (
      PARTITION BY record_id ORDER BY date_sort, position
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
    ), 1) AS opens
  FROM status_events
  WHERE date_from IS NOT NULL
);

-- Window functions partitioned by record_id (not GROUP BY) so a lookup of one record reads only its rows.
CREATE VIEW event_status AS
SELECT record_id, status, date, id AS event_id
FROM (
  SELECT record_id, status, date, id, row_number() OVER (PARTITION BY record_id ORDER BY position DESC) AS rank
  FROM (
    SELECT record_id, status, date, id, position
    FROM (
      SELECT record_id, status, date, id, position,
        row_number() OVER (PARTITION BY record_id ORDER BY date_group DESC, position DESC) AS rank
      FROM status_event_order
    )
    WHERE rank = 1
    UNION ALL
    SELECT record_id, status, date, id, position FROM status_events WHERE date_from IS NULL
  )
)
WHERE rank = 1;

CREATE VIEW current_status AS
SELECT record_id,
  CASE WHEN by_date THEN 'held' ELSE status END AS status,
  CASE WHEN by_date THEN meeting_date ELSE date END AS date,
  CASE WHEN by_date THEN NULL ELSE event_id END AS event_id
FROM (
  SELECT e.record_id, e.status, e.date, e.event_id, m.date AS meeting_date,
    e.status = 'planned' AND m.date_to <= date('now', 'localtime') AS by_date
  FROM event_status e
  LEFT JOIN meetings m ON m.id = e.record_id
)
UNION ALL
SELECT m.id AS record_id,
  CASE WHEN m.date_to <= date('now', 'localtime') THEN 'held' ELSE 'planned' END AS status,
  m.date, NULL AS event_id
FROM meetings m
WHERE m.date_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM status_events s WHERE s.record_id = m.id);
`,
};
