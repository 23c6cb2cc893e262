/**
 * Migration 0014 (issue 16): a meeting dated by an open-ended range that began in the past ("from
 * 2019", EDTF `2019/..`) is Held — under way — and never Planned, as electron/common/domain/status.ts rule 5 now
 * says. current_status compared the meeting's last possible day with today, and an open end's last day is
 * 9999-12-31 (partial-date.ts OPEN_END), so a meeting running since 2019 read "Planned".
 *
 *   current_status   recreated with the same columns; a meeting counts as reached on its last possible day, or
 *                    on its first day when its end is open (`meeting_reached`, the SQL twin of reachedDay in
 *                    status.ts). search-query.ts's as-of expression uses the same test.
 * Views only: no data changes.
 */
export const MEETING_REACHED = /* sql */ `CASE WHEN m.date_to = '9999-12-31' THEN m.date_from ELSE m.date_to END`;

export const migration = {
  version: 14,
  name: 'meeting-open-dates',
  sql: /* sql */ `
DROP VIEW current_status;

CREATE VIEW current_status AS
SELECT record_id,
  CASE WHEN by_date THEN 'held' ELSE status END AS status,
  CASE WHEN by_date THEN meeting_date ELSE date END AS date,
  CASE WHEN by_date THEN NULL ELSE event_id END AS event_id
FROM (
  SELECT e.record_id, e.status, e.date, e.event_id, m.date AS meeting_date,
    e.status = 'planned' AND ${MEETING_REACHED} <= date('now', 'localtime') AS by_date
  FROM event_status e
  LEFT JOIN meetings m ON m.id = e.record_id
)
UNION ALL
SELECT m.id AS record_id,
  CASE WHEN ${MEETING_REACHED} <= date('now', 'localtime') THEN 'held' ELSE 'planned' END AS status,
  m.date, NULL AS event_id
FROM meetings m
WHERE m.date_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM status_events s WHERE s.record_id = m.id);
`,
};
