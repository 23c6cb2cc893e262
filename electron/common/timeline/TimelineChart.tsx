/**
 * THE timeline chart: one row per record, status periods as bars over a time axis, events as marks.
 * Pure SVG from props (no hooks, no DOM access), so the app renders it live and the report service
 * renders the very same component to static markup for HTML, PDF and DOCX.
 *
 * Print-safe: every status family has its own fill PATTERN as well as its colour, bars carry their
 * status label when it fits, and a legend explains everything. Partial dates are drawn as what they
 * are: a year-precision start is a hatched, faded stretch covering the whole year, not a fake 1 January.
 * Events with no known date are counted in an "Undated" gutter instead of being placed wrongly.
 */
import type { ReactElement } from 'react';
import { fromEdtf } from '../domain/partial-date';
import { Legend, legendLineCount } from './legend';
import { RowLabel, type ChartMeasure } from './row-label';
import { AxisLines, chartLayout } from './axis';
import { Bars, Marks } from './marks';
import { timelineDomain, type Domain } from './scale';
import { AXIS_H, FONT, ROW_H, timelineHeight } from './style';
import { ENGLISH_CHART_WORDS, type ChartWords, type TimelineRow } from './types';

export { CATEGORY_COLOURS, TIMELINE_GEOMETRY, timelineHeight } from './style';
export { legendLineCount } from './legend';
export type { ChartMeasure } from './row-label';
export { CHART_WORDS, ENGLISH_CHART_WORDS, type ChartWords } from './types';

export interface TimelineChartProps {
  rows: readonly TimelineRow[];
  /** ISO day of the "today" line. */
  today: string;
  /** As-of cutoff (ISO day): open periods stop there and a line marks it. */
  asOf?: string | null;
  asOfLabel?: string;
  /** Shared by several charts that continue one another (a long report splits its chart across pages). */
  domain?: Domain;
  range?: { from: string | null; to: string | null } | null;
  /** viewBox width; the SVG scales to its container. */
  width?: number;
  /** Hover tooltips (<title>) on bars and marks: on in the app, off in print where nobody can hover. */
  tooltips?: boolean;
  /** Element id of the <svg> (several charts may share one document). */
  idPrefix?: string;
  legend?: boolean;
  title?: string;
  /** The chart's own words in the reader's language; English when not given. */
  words?: ChartWords;
  /** Measures row labels to cut them (the app: a canvas in the chart's font); an estimate when not given. */
  measure?: ChartMeasure;
  /**
   * Only rows [from, to) are drawn; the chart keeps the height of all of them. The app draws the rows near the
   * viewport of a scope of thousands; print draws every row.
   */
  rowWindow?: readonly [number, number];
}

export function TimelineChart(props: TimelineChartProps): ReactElement {
  const width = props.width ?? 760;
  const domain =
    props.domain ??
    timelineDomain(props.rows, { today: props.today, asOf: props.asOf ?? null, range: props.range ?? null });
  const L = chartLayout(domain, width);
  const legend = props.legend ?? true;
  const tips = props.tooltips ?? true;
  const words = props.words ?? ENGLISH_CHART_WORDS;
  const height = timelineHeight(props.rows.length, legend, legendLineCount(width, words));
  const bottom = AXIS_H + props.rows.length * ROW_H;
  const openEnd = props.asOf ?? props.today;
  const lineAt = (day: string | null | undefined) => (day && day >= domain.from && day <= domain.to ? L.x(day) : null);
  const todayX = lineAt(props.today);
  const asOfX = lineAt(props.asOf);
  const title = props.title ?? words.title;
  const [drawFrom, drawTo] = props.rowWindow ?? [0, props.rows.length];
  const drawn = (i: number) => i >= drawFrom && i < drawTo;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      id={props.idPrefix}
      fontFamily={FONT}
      className="timeline-chart"
    >
      <title>{title}</title>
      <rect className="tl-paper" x="0" y="0" width={width} height={height} fill="#ffffff" />
      {props.rows.map((_, i) =>
        i % 2 === 1 && drawn(i) ? (
          <rect
            key={`band${i}`}
            x="0"
            y={AXIS_H + i * ROW_H}
            width={width}
            height={ROW_H}
            fill="#f4f5f7"
            className="tl-band"
          />
        ) : null,
      )}
      <AxisLines L={L} bottom={bottom} undated={words.undated} months={words.months} />
      {props.rows.map((row, i) => {
        if (!drawn(i)) return null;
        const y = AXIS_H + i * ROW_H;
        const undated = row.events.filter((e) => fromEdtf(e.date.edtf).from === null);
        return (
          <g key={row.id}>
            {tips && <title>{row.title}</title>}
            <RowLabel title={row.shortTitle || row.title} kind={row.kindLabel} y={y} measure={props.measure} />
            <Bars row={row} y={y} L={L} openEnd={openEnd} tips={tips} words={words} />
            <Marks row={row} y={y} L={L} tips={tips} />
            {undated.length > 0 && (
              <g>
                {tips && <title>{undated.map((e) => e.label).join('; ')}</title>}
                <path
                  d={`M${L.plot1 + 16},${y + ROW_H / 2 - 5.5} l5.5,5.5 l-5.5,5.5 l-5.5,-5.5 z`}
                  fill="#ffffff"
                  stroke="#1a202c"
                  strokeWidth="1.2"
                  strokeDasharray="2 1.5"
                  className="tl-mark-open tl-stroke"
                />
                <text
                  x={L.plot1 + 26}
                  y={y + ROW_H / 2 + 3.5}
                  fontSize="9.5"
                  fill="#1a202c"
                  className="tl-ink"
                >{`×${undated.length}`}</text>
              </g>
            )}
          </g>
        );
      })}
      {todayX !== null && (
        <g>
          <line
            x1={todayX}
            x2={todayX}
            y1={AXIS_H - 4}
            y2={bottom}
            stroke="#c53030"
            strokeWidth="1.4"
            strokeDasharray="4 2"
          />
          <text x={todayX - 3} y={AXIS_H - 22} fontSize="9" fill="#c53030" textAnchor="end" fontWeight="700">
            {words.today}
          </text>
        </g>
      )}
      {asOfX !== null && (
        <g>
          <line x1={asOfX} x2={asOfX} y1={AXIS_H - 4} y2={bottom} stroke="#1d416f" strokeWidth="1.6" />
          <text x={asOfX + 3} y={AXIS_H - 22} fontSize="9" fill="#1d416f" fontWeight="700">
            {props.asOfLabel ?? words.asOf}
          </text>
        </g>
      )}
      {props.rows.length === 0 && (
        <text x={L.plot0} y={AXIS_H + 16} fontSize="10" fill="#4a5568" className="tl-muted">
          {words.noRecords}
        </text>
      )}
      {legend && <Legend y={bottom + 14} width={width} words={words} />}
    </svg>
  );
}
