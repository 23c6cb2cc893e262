/** The one timeline chart, shared by the app (live) and the report service (static markup). */
export {
  CATEGORY_COLOURS,
  TIMELINE_GEOMETRY,
  TimelineChart,
  legendLineCount,
  timelineHeight,
  type ChartMeasure,
  type TimelineChartProps,
} from './TimelineChart';
export { FONT as TIMELINE_FONT } from './style';
export { TimelineAxis } from './axis';
export { hasDates, timelineDomain, timelineTicks, timeScale, type Domain, type Tick } from './scale';
export { CHART_WORDS } from './types';
export type { ChartWords, TimelineEvent, TimelinePeriod, TimelineRow } from './types';
