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
import { boundedSpan, fromEdtf } from '../domain/partial-date';
import { CATEGORY_LABELS, STATUS_CATEGORIES, statusCategory, type StatusCategory } from '../domain/report';
import { hatchPath, type HatchKind } from './hatch';
import { dayAfter, fitText, textWidth, timelineDomain, timelineTicks, timeScale, type Domain } from './scale';
import type { TimelineRow } from './types';

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
}

export const CATEGORY_COLOURS: Record<StatusCategory, { fill: string; ink: string; text: string }> = {
  active: { fill: '#2f7d4f', ink: '#1d5233', text: '#ffffff' },
  negotiation: { fill: '#2f64a8', ink: '#1d416f', text: '#ffffff' },
  paused: { fill: '#d89a1c', ink: '#8a5f0a', text: '#1a1a1a' },
  ended: { fill: '#8b9099', ink: '#5a5e66', text: '#ffffff' },
  planned: { fill: '#ffffff', ink: '#4a5568', text: '#1a1a1a' },
  other: { fill: '#c3c7ce', ink: '#6b7280', text: '#1a1a1a' },
};

const r1 = (n: number): number => Math.round(n * 10) / 10;

const FONT = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK JP', sans-serif";
const LABEL_W = 250;
const GUTTER_W = 64;
const ROW_H = 26;
const AXIS_H = 34;
const PAD = 8;

/** Greyscale-safe texture per status family, drawn over the colour fill (see hatch.ts). */
const TEXTURE: Record<StatusCategory, { kind: HatchKind; stroke: string; opacity: number; width: number }> = {
  active: { kind: 'none', stroke: '#ffffff', opacity: 0, width: 0 },
  negotiation: { kind: 'diagonal', stroke: '#ffffff', opacity: 0.6, width: 1.1 },
  paused: { kind: 'cross', stroke: '#5c3d00', opacity: 0.5, width: 0.8 },
  ended: { kind: 'horizontal', stroke: '#ffffff', opacity: 0.7, width: 1 },
  planned: { kind: 'dots', stroke: '#4a5568', opacity: 1, width: 1.6 },
  other: { kind: 'dots', stroke: '#ffffff', opacity: 1, width: 1.6 },
};

/** A filled, textured rectangle for one status family (bars and legend swatches). */
function Swatch({
  x,
  y,
  w,
  h,
  category,
  dashed,
  faded,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  category: StatusCategory;
  dashed?: boolean;
  faded?: boolean;
}): ReactElement {
  const c = CATEGORY_COLOURS[category];
  const t = TEXTURE[category];
  const d = hatchPath(t.kind, x, y, w, h);
  return (
    <g opacity={faded ? 0.45 : undefined}>
      <rect
        x={r1(x)}
        y={r1(y)}
        width={r1(w)}
        height={r1(h)}
        fill={c.fill}
        stroke={c.ink}
        strokeWidth="0.7"
        strokeDasharray={dashed || category === 'planned' ? '3 2' : undefined}
      />
      {d && (
        <path
          d={d}
          stroke={t.stroke}
          strokeOpacity={t.opacity}
          strokeWidth={t.width}
          strokeLinecap="round"
          fill="none"
        />
      )}
    </g>
  );
}

/** The "date known only roughly" overlay: dark diagonal hatching over a faded bar. */
function Uncertain({ x, y, w, h, ink }: { x: number; y: number; w: number; h: number; ink: string }): ReactElement {
  return (
    <g>
      <rect
        x={r1(x)}
        y={r1(y)}
        width={r1(w)}
        height={r1(h)}
        fill="#ffffff"
        fillOpacity="0.35"
        stroke={ink}
        strokeDasharray="2 2"
        strokeWidth="0.7"
      />
      <path
        d={hatchPath('diagonal', x, y, w, h, 4)}
        stroke="#1a202c"
        strokeOpacity="0.55"
        strokeWidth="0.9"
        fill="none"
      />
    </g>
  );
}

/** A span [from, to] of a partial date in x pixels (to = end of its last day). */
function span(edtf: string, x: (d: string) => number): { a: number; b: number; exact: boolean } | null {
  const v = fromEdtf(edtf);
  // An open range ("from 2019") is drawn at its known end, as an uncertain span.
  const known = boundedSpan(v);
  if (known === null) return null;
  return { a: x(known.from), b: x(dayAfter(known.to)), exact: v.precision === 'day' && !v.circa };
}

interface Layout {
  domain: Domain;
  width: number;
  plot0: number;
  plot1: number;
  x: (isoDay: string) => number;
}

function Bars({
  row,
  y,
  L,
  openEnd,
  tips,
}: {
  row: TimelineRow;
  y: number;
  L: Layout;
  openEnd: string;
  tips: boolean;
}): ReactElement {
  const h = 14;
  const top = y + (ROW_H - h) / 2;
  return (
    <g>
      {row.periods.map((period, i) => {
        const start = span(period.start.edtf, L.x);
        if (!start) return null;
        const end = period.end
          ? span(period.end.edtf, L.x)
          : { a: L.x(dayAfter(openEnd)), b: L.x(dayAfter(openEnd)), exact: true };
        if (!end) return null;
        const solidFrom = start.exact ? start.a : start.b;
        const solidTo = Math.max(solidFrom, end.a);
        const colours = CATEGORY_COLOURS[period.category];
        const label = fitText(period.label, 9.5, solidTo - solidFrom - 8);
        return (
          <g key={i}>
            {tips && (
              <title>{`${period.label}: ${period.start.text} – ${period.end ? period.end.text : period.endUnknown ? 'ended at an unknown date' : 'continuing'}`}</title>
            )}
            {!start.exact && start.b > start.a && (
              <g>
                <Swatch x={start.a} y={top} w={start.b - start.a} h={h} category={period.category} faded />
                <Uncertain x={start.a} y={top} w={start.b - start.a} h={h} ink={colours.ink} />
              </g>
            )}
            {solidTo > solidFrom && !period.endUnknown && (
              <Swatch x={solidFrom} y={top} w={solidTo - solidFrom} h={h} category={period.category} />
            )}
            {/* An undated status came after this one: it ended, but nobody recorded when. */}
            {solidTo > solidFrom && period.endUnknown && (
              <g>
                <Swatch x={solidFrom} y={top} w={solidTo - solidFrom} h={h} category={period.category} faded />
                <Uncertain x={solidFrom} y={top} w={solidTo - solidFrom} h={h} ink={colours.ink} />
              </g>
            )}
            {label.length > 1 && solidTo - solidFrom > 24 && (
              <text x={r1(solidFrom + 4)} y={r1(top + h / 2 + 3.4)} fontSize="9.5" fill={colours.text} fontWeight="600">
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function Marks({ row, y, L, tips }: { row: TimelineRow; y: number; L: Layout; tips: boolean }): ReactElement {
  const cy = y + ROW_H / 2;
  return (
    <g>
      {row.events.map((event) => {
        const s = span(event.date.edtf, L.x);
        if (!s) return null;
        // Outside the shown span (a zoomed chart) the scale clamps it to an edge, where it would mislead.
        const v = fromEdtf(event.date.edtf);
        if (v.to! < L.domain.from || v.from! > L.domain.to) return null;
        const mid = s.exact ? s.a : (s.a + s.b) / 2;
        const colour = event.status ? CATEGORY_COLOURS[statusCategory(event.status)].ink : '#1a202c';
        const diamond = (r: number) => `M${mid},${cy - r} l${r},${r} l${-r},${r} l${-r},${-r} z`;
        return (
          <g key={event.id}>
            {tips && <title>{`${event.date.text}: ${event.label}`}</title>}
            {!s.exact && s.b - s.a > 3 && (
              <path
                d={`M${s.a},${cy + 9} V${cy + 11} H${s.b} V${cy + 9}`}
                fill="none"
                stroke={colour}
                strokeWidth="1"
              />
            )}
            {s.exact ? (
              // Exact day: a solid dark diamond in a white ring, the legend's symbol, so it reads as filled on
              // any bar colour (a mark in the bar's own colour looked hollow, like the approximate one).
              <path d={diamond(5.5)} fill="#1a202c" stroke="#ffffff" strokeWidth="1.2" />
            ) : (
              <path d={diamond(5.5)} fill="#ffffff" stroke={colour} strokeWidth="1.4" />
            )}
          </g>
        );
      })}
    </g>
  );
}

function Legend({ y, width }: { y: number; width: number }): ReactElement {
  const items: ReactElement[] = [];
  let x = PAD;
  let line = 0;
  const place = (w: number) => {
    if (x + w > width - PAD) {
      x = PAD;
      line += 1;
    }
    const at = { x, y: y + line * 18 };
    x += w + 14;
    return at;
  };
  for (const c of STATUS_CATEGORIES) {
    if (c === 'other') continue;
    const label = CATEGORY_LABELS[c];
    const at = place(24 + textWidth(label, 10));
    items.push(
      <g key={c}>
        <Swatch x={at.x} y={at.y} w={18} h={10} category={c} />
        <text x={at.x + 23} y={at.y + 8.5} fontSize="10">
          {label}
        </text>
      </g>,
    );
  }
  const extras: [string, (at: { x: number; y: number }) => ReactElement][] = [
    [
      'Date known only roughly (year, month, circa)',
      (at) => <Uncertain x={at.x} y={at.y} w={18} h={10} ink="#4a5568" />,
    ],
    ['Event (exact day)', (at) => <path d={`M${at.x + 9},${at.y} l5,5 l-5,5 l-5,-5 z`} fill="#1a202c" />],
    [
      'Event (approximate date and its span)',
      (at) => (
        <g>
          <path d={`M${at.x},${at.y + 8} V${at.y + 10} H${at.x + 18} V${at.y + 8}`} fill="none" stroke="#1a202c" />
          <path
            d={`M${at.x + 9},${at.y - 1} l4.5,4.5 l-4.5,4.5 l-4.5,-4.5 z`}
            fill="#fff"
            stroke="#1a202c"
            strokeWidth="1.2"
          />
        </g>
      ),
    ],
    [
      'Today',
      (at) => (
        <line
          x1={at.x + 9}
          x2={at.x + 9}
          y1={at.y - 2}
          y2={at.y + 12}
          stroke="#c53030"
          strokeWidth="1.5"
          strokeDasharray="4 2"
        />
      ),
    ],
  ];
  for (const [label, draw] of extras) {
    const at = place(24 + textWidth(label, 10));
    items.push(
      <g key={label}>
        {draw(at)}
        <text x={at.x + 23} y={at.y + 8.5} fontSize="10">
          {label}
        </text>
      </g>,
    );
  }
  return <g>{items}</g>;
}

/**
 * The row's name in the label column: on one line when it fits, else wrapped onto the second line, where
 * the kind then follows in small type ("…Group, 3rd / edition · Meeting"); cut with "…" only beyond that.
 */
function RowLabel({ title, kind, y }: { title: string; kind: string; y: number }): ReactElement {
  const width = LABEL_W - PAD * 2;
  if (textWidth(title, 10.5) <= width) {
    return (
      <>
        <text x={PAD} y={y + 11} fontSize="10.5" fontWeight="600" fill="#1a202c">
          {title}
        </text>
        <text x={PAD} y={y + 21.5} fontSize="8.5" fill="#4a5568">
          {fitText(kind, 8.5, width)}
        </text>
      </>
    );
  }
  const words = title.split(' ');
  let first = '';
  while (words.length > 1 && textWidth(`${first} ${words[0]}`.trim(), 10.5) <= width)
    first = `${first} ${words.shift()}`.trim();
  if (first === '')
    return (
      <text x={PAD} y={y + 15} fontSize="10.5" fontWeight="600" fill="#1a202c">
        {fitText(title, 10.5, width)}
      </text>
    );
  const suffix = ` · ${kind}`;
  const rest = fitText(words.join(' '), 9.5, Math.max(40, width - textWidth(suffix, 8.5)));
  return (
    <>
      <text x={PAD} y={y + 11} fontSize="10.5" fontWeight="600" fill="#1a202c">
        {first}
      </text>
      <text x={PAD} y={y + 22} fontSize="9.5" fontWeight="600" fill="#1a202c">
        {rest}
        <tspan fontSize="8.5" fontWeight="400" fill="#4a5568">
          {suffix}
        </tspan>
      </text>
    </>
  );
}

/** Where rows sit in the chart's viewBox (the app lays its keyboard/click targets over them). */
export const TIMELINE_GEOMETRY = { axis: AXIS_H, row: ROW_H } as const;

/** Height the chart will take for `rows` rows (reports size their page breaks with it). */
export function timelineHeight(rows: number, legend: boolean): number {
  return AXIS_H + rows * ROW_H + 8 + (legend ? 44 : 0);
}

export function TimelineChart(props: TimelineChartProps): ReactElement {
  const width = props.width ?? 760;
  const domain =
    props.domain ??
    timelineDomain(props.rows, { today: props.today, asOf: props.asOf ?? null, range: props.range ?? null });
  const L: Layout = { domain, width, plot0: LABEL_W, plot1: width - GUTTER_W - PAD, x: () => 0 };
  L.x = timeScale(domain, L.plot0, L.plot1);
  const ticks = timelineTicks(domain);
  const legend = props.legend ?? true;
  const tips = props.tooltips ?? true;
  const height = timelineHeight(props.rows.length, legend);
  const bottom = AXIS_H + props.rows.length * ROW_H;
  const openEnd = props.asOf ?? props.today;
  const lineAt = (day: string | null | undefined) => (day && day >= domain.from && day <= domain.to ? L.x(day) : null);
  const todayX = lineAt(props.today);
  const asOfX = lineAt(props.asOf);
  const title = props.title ?? 'Timeline';
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
      <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
      {props.rows.map((_, i) =>
        i % 2 === 1 ? (
          <rect key={`band${i}`} x="0" y={AXIS_H + i * ROW_H} width={width} height={ROW_H} fill="#f4f5f7" />
        ) : null,
      )}
      {ticks.map((t) => (
        <g key={t.day}>
          <line
            x1={L.x(t.day)}
            x2={L.x(t.day)}
            y1={AXIS_H - 6}
            y2={bottom}
            stroke={t.major ? '#a0a6b0' : '#d5d9df'}
            strokeWidth={t.major ? 0.8 : 0.6}
          />
          <text x={L.x(t.day) + 2} y={AXIS_H - 10} fontSize="9.5" fill="#2d3748" fontWeight={t.major ? 700 : 400}>
            {t.label}
          </text>
        </g>
      ))}
      <line x1={L.plot0} x2={L.plot1} y1={AXIS_H - 0.5} y2={AXIS_H - 0.5} stroke="#4a5568" strokeWidth="0.8" />
      <text x={L.plot1 + 8} y={AXIS_H - 10} fontSize="9.5" fill="#2d3748" fontWeight="700">
        Undated
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
      {props.rows.map((row, i) => {
        const y = AXIS_H + i * ROW_H;
        const undated = row.events.filter((e) => fromEdtf(e.date.edtf).from === null);
        return (
          <g key={row.id}>
            {tips && <title>{row.title}</title>}
            <RowLabel title={row.shortTitle || row.title} kind={row.kindLabel} y={y} />
            <Bars row={row} y={y} L={L} openEnd={openEnd} tips={tips} />
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
                />
                <text
                  x={L.plot1 + 26}
                  y={y + ROW_H / 2 + 3.5}
                  fontSize="9.5"
                  fill="#1a202c"
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
            Today
          </text>
        </g>
      )}
      {asOfX !== null && (
        <g>
          <line x1={asOfX} x2={asOfX} y1={AXIS_H - 4} y2={bottom} stroke="#1d416f" strokeWidth="1.6" />
          <text x={asOfX + 3} y={AXIS_H - 22} fontSize="9" fill="#1d416f" fontWeight="700">
            {props.asOfLabel ?? 'As of'}
          </text>
        </g>
      )}
      {props.rows.length === 0 && (
        <text x={L.plot0} y={AXIS_H + 16} fontSize="10" fill="#4a5568">
          No records in scope.
        </text>
      )}
      {legend && <Legend y={bottom + 14} width={width} />}
    </svg>
  );
}
