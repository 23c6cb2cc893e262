/**
 * The time axis: tick lines and labels, the rule under them and the "Undated" gutter heading. Drawn inside the
 * chart (ticks running down through every row) and, in the app, alone as a strip that stays in view while the
 * rows scroll (TimelineAxis): the same drawing, so the two always line up.
 */
import type { ReactElement } from 'react';
import type { Layout } from './marks';
import { timelineTicks, timeScale, type Domain } from './scale';
import { AXIS_H, FONT, GUTTER_W, LABEL_W, PAD } from './style';
import { ENGLISH_CHART_WORDS } from './types';

/** The axis inside an SVG laid out by `L`; tick and gutter lines run down to `bottom` (viewBox units). */
export function AxisLines({
  L,
  bottom,
  undated = ENGLISH_CHART_WORDS.undated,
  months = ENGLISH_CHART_WORDS.months,
}: {
  L: Layout;
  bottom: number;
  undated?: string;
  months?: readonly string[];
}): ReactElement {
  return (
    <>
      {timelineTicks(L.domain, months).map((t) => (
        <g key={t.day}>
          <line
            x1={L.x(t.day)}
            x2={L.x(t.day)}
            y1={AXIS_H - 6}
            y2={bottom}
            stroke={t.major ? '#a0a6b0' : '#d5d9df'}
            strokeWidth={t.major ? 0.8 : 0.6}
          />
          <text
            x={L.x(t.day) + 2}
            y={AXIS_H - 10}
            fontSize="9.5"
            fill="#2d3748"
            className="tl-ink"
            fontWeight={t.major ? 700 : 400}
          >
            {t.label}
          </text>
        </g>
      ))}
      <line
        x1={L.plot0}
        x2={L.plot1}
        y1={AXIS_H - 0.5}
        y2={AXIS_H - 0.5}
        stroke="#4a5568"
        strokeWidth="0.8"
        className="tl-rule"
      />
      <text x={L.plot1 + 8} y={AXIS_H - 10} fontSize="9.5" fill="#2d3748" className="tl-ink" fontWeight="700">
        {undated}
      </text>
      <line
        x1={L.plot1 + 4}
        x2={L.plot1 + 4}
        y1={AXIS_H - 6}
        y2={bottom}
        stroke="#a0a6b0"
        strokeWidth="0.8"
        strokeDasharray="2 2"
      />
    </>
  );
}

/** The chart's layout for a domain and viewBox width (the same arithmetic as TimelineChart). */
export function chartLayout(domain: Domain, width: number): Layout {
  const L: Layout = { domain, width, plot0: LABEL_W, plot1: width - GUTTER_W - PAD, x: () => 0 };
  L.x = timeScale(domain, L.plot0, L.plot1);
  return L;
}

/**
 * The axis alone, as wide as a chart of the same `width` and `domain`: the app lays it over the chart's own axis
 * and keeps it in view (CSS sticky) while the rows scroll. Decorative: the chart's own axis is what is read.
 */
export function TimelineAxis({
  domain,
  width,
  undated,
  months,
}: {
  domain: Domain;
  width: number;
  undated?: string;
  months?: readonly string[];
}): ReactElement {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${AXIS_H}`}
      width="100%"
      aria-hidden="true"
      fontFamily={FONT}
      className="timeline-axis"
    >
      <rect className="tl-paper" x="0" y="0" width={width} height={AXIS_H} fill="#ffffff" />
      <AxisLines L={chartLayout(domain, width)} bottom={AXIS_H} undated={undated} months={months} />
    </svg>
  );
}
