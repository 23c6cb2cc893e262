/**
 * What the timeline chart draws: the subset of a report record it needs. ReportRecord
 * (db/model/report.ts) satisfies it as is, so reports pass their records straight in and the app can
 * build rows from anything else it shows.
 */
import { monthAbbreviations, type DateLang } from '../domain/dates/display';
import { CATEGORY_LABELS, type ReportDate, type StatusCategory } from '../domain/report';

/**
 * The chart's own words (legend, axis, lines, tooltips), in the reader's language: the app and the report
 * each pass CHART_WORDS of their language; a chart given none is English. Row titles and period/event labels come with the rows.
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
  /** The twelve month abbreviations of the axis ("Jan"…, "gen"…). */
  months: readonly string[];
  categories: Record<StatusCategory, string>;
}

/**
 * The chart's words, one table per language (the app picks by its interface language, a report by its `lang`).
 * Month abbreviations are the dates' own (dates/display.ts), so the axis and the dates on the bars agree.
 */
export const CHART_WORDS: Record<DateLang, ChartWords> = {
  en: {
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
    months: monthAbbreviations('en'),
    categories: CATEGORY_LABELS,
  },
  it: {
    title: 'Cronologia',
    today: 'Oggi',
    asOf: 'Alla data',
    undated: 'Senza data',
    noRecords: 'Nessuna scheda nell’ambito.',
    roughly: 'Data nota solo in modo approssimativo (anno, mese, circa)',
    exactEvent: 'Evento (giorno esatto)',
    approximateEvent: 'Evento (data approssimativa e suo intervallo)',
    endedUnknown: 'concluso in data non nota',
    continuing: 'in corso',
    dateUnknown: 'data non nota',
    beganAfter: 'iniziato dopo',
    months: monthAbbreviations('it'),
    categories: {
      active: 'Attivo / in vigore',
      negotiation: 'Proposto / in negoziazione',
      paused: 'Sospeso / in attesa',
      ended: 'Concluso',
      planned: 'Programmato',
      other: 'Altro',
    },
  },
};

/** The English words: what the chart draws when it is given none. */
export const ENGLISH_CHART_WORDS: ChartWords = CHART_WORDS.en;

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
