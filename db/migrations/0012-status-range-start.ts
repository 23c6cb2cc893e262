/**
 * Migration 12 (issue 16): a status event dated by a range is placed by its start, as
 * electron/common/domain/status.ts rule 1 now says. "Under negotiation · 2019–2021" entered after
 * "In force · Apr 2021" overlapped it as a whole span, so entry order made negotiation the current
 * status; placed by its start (the days "2019" may mean) it is clearly earlier.
 *
 * status_event_order is recreated with the same columns; only the sweep's reach changes: it now runs
 * over `placed_to`, the last day the date's START may mean — for "A/B" and "A/.." the last day of A
 * (start_to below, the SQL twin of pointTo in dates/point.ts), otherwise date_to ("../2019" has no
 * known start). date_from is already the start's first day. The views that read it (event_status,
 * current_status, and search-query.ts's as-of expression) name it only, so they follow unchanged.
 * Views only: no data changes.
 */

/**
 * The last ISO day an EDTF point `s` may mean (qualifiers ~ ? % already trimmed): YYYY-MM-DD,
 * YYYY-MM, YYYY-SS (a sub-year code: its last month, as GROUPS in dates/point.ts), YYYX (a
 * decade), YYXX (a century) or YYYY.
 */
const START_TO = /* sql */ `CASE
    WHEN length(s) = 10 THEN s
    WHEN length(s) = 4 AND substr(s, 3, 2) = 'XX' THEN substr(s, 1, 2) || '99-12-31'
    WHEN length(s) = 4 AND substr(s, 4, 1) = 'X' THEN substr(s, 1, 3) || '9-12-31'
    WHEN length(s) = 4 THEN s || '-12-31'
    ELSE date(substr(s, 1, 5) || printf('%02d', CASE CAST(substr(s, 6, 2) AS INTEGER)
      WHEN 21 THEN 5 WHEN 22 THEN 8 WHEN 23 THEN 11 WHEN 24 THEN 2
      WHEN 33 THEN 3 WHEN 34 THEN 6 WHEN 35 THEN 9 WHEN 36 THEN 12
      WHEN 37 THEN 4 WHEN 38 THEN 8 WHEN 39 THEN 12 WHEN 40 THEN 6 WHEN 41 THEN 12
      ELSE CAST(substr(s, 6, 2) AS INTEGER) END) || '-01', '+1 month', '-1 day')
  END`;

export const migration = {
  version: 12,
  name: 'status-range-start',
  sql: /* sql */ `
DROP VIEW status_event_order;

CREATE VIEW status_event_order AS
SELECT id, record_id, status, date, date_from, date_to, position,
  sum(opens) OVER (PARTITION BY record_id ORDER BY date_sort, position ROWS UNBOUNDED PRECEDING) AS date_group
FROM (
  SELECT id, record_id, status, date, date_from, date_to, date_sort, position,
    coalesce(date_from > max(placed_to) OVER (
      PARTITION BY record_id ORDER BY date_sort, position
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
    ), 1) AS opens
  FROM (
    SELECT id, record_id, status, date, date_from, date_to, date_sort, position,
      CASE WHEN s IS NULL THEN date_to ELSE ${START_TO} END AS placed_to
    FROM (
      SELECT *, CASE WHEN instr(date, '/') > 1 AND date NOT LIKE '../%'
        THEN rtrim(substr(date, 1, instr(date, '/') - 1), '~?%') END AS s
      FROM status_events
      WHERE date_from IS NOT NULL
    )
  )
);
`,
};
