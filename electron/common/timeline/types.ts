/**
 * What the timeline chart draws: the subset of a report record it needs. ReportRecord
 * (db/model/report.ts) satisfies it as is, so reports pass their records straight in and the app can
 * build rows from anything else it shows.
 */
import { CATEGORY_LABELS, type ReportDate, type StatusCategory } from '../domain/report';

/**
 * The chart's own words (legend, axis, lines, tooltips), so the app can draw it in the reader's language; the
 * report service passes none and gets English. Row titles and period/event labels come with the rows.
 */
export interface ChartWords {
  title: string;
  today: string;
  asOf: string;
  undated: string;
  noRecords: string;
  roughly: string;
  exactEvent: string;
  approximateEvent: string;
  endedUnknown: string;
  continuing: string;
  /** An undated current status: "Superseded · date unknown". */
  dateUnknown: string;
  /** Before the date an undated current status began after: "began after 2021". */
  beganAfter: string;
  categories: Record<StatusCategory, string>;
}

export const ENGLISH_CHART_WORDS: ChartWords = {
  title: 'Timeline',
  today: 'Today',
  asOf: 'As of',
  undated: 'Undated',
  noRecords: 'No records in scope.',
  roughly: 'Date known only roughly (year, month, circa)',
  exactEvent: 'Event (exact day)',
  approximateEvent: 'Event (approximate date and its span)',
  endedUnknown: 'ended at an unknown date',
  continuing: 'continuing',
  dateUnknown: 'date unknown',
  beganAfter: 'began after',
  categories: CATEGORY_LABELS,
};

export interface TimelinePeriod {
  label: string;
  category: StatusCategory;
  start: ReportDate;
  /** null: still current (runs to today, or to the as-of day). */
  end: ReportDate | null;
  /** An undated status followed: drawn as uncertain from its start to today, "ended at an unknown date". */
  endUnknown?: boolean;
  /** An undated current status: began at an unknown date after the period that opened here; drawn uncertain to today. */
  startsAfter?: ReportDate;
}

export interface TimelineEvent {
  id: string;
  label: string;
  date: ReportDate;
  /** Status value for status events ('' for others): picks the mark's colour. */
  status: string;
}

export interface TimelineRow {
  id: string;
  title: string;
  /** Preferred in the chart's narrow label column when not empty. */
  shortTitle?: string;
  kindLabel: string;
  periods: readonly TimelinePeriod[];
  events: readonly TimelineEvent[];
}
