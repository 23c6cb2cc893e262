/**
 * What the timeline chart draws: the subset of a report record it needs. ReportRecord
 * (db/model/report.ts) satisfies it as is, so reports pass their records straight in and the app can
 * build rows from anything else it shows.
 */
import type { ReportDate, StatusCategory } from '../domain/report';

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
