/**
 * What the chart draws on a row: status periods as textured bars (a partial date as a hatched, faded stretch over
 * what it may mean) and events as marks (exact-day marks solid, approximate ones hollow). Pure SVG from props.
 */
import type { ReactElement } from 'react';
import { boundedSpan, fromEdtf } from '../domain/partial-date';
import { statusCategory, type StatusCategory } from '../domain/report';
import { hatchPath } from './hatch';
import { dayAfter, fitText, type Domain } from './scale';
import { CATEGORY_COLOURS, r1, ROW_H, TEXTURE } from './style';
import type { TimelinePeriod, TimelineRow } from './types';

/** A filled, textured rectangle for one status family (bars and legend swatches). */
export function Swatch({
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
export function Uncertain({
  x,
  y,
  w,
  h,
  ink,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  ink: string;
}): ReactElement {
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

export interface Layout {
  domain: Domain;
  width: number;
  plot0: number;
  plot1: number;
  x: (isoDay: string) => number;
}

export function Bars({
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
        const openAt = L.x(dayAfter(openEnd));
        if (period.startsAfter)
          return <Undated key={i} period={period} top={top} h={h} openAt={openAt} L={L} tips={tips} />;
        const start = span(period.start.edtf, L.x);
        if (!start) return null;
        const end = period.end ? span(period.end.edtf, L.x) : { a: openAt, b: openAt, exact: true };
        if (!end) return null;
        const solidFrom = start.exact ? start.a : start.b;
        // Followed by an undated current status: this one ended at an unknown date, so no bar runs on past its start.
        const succeeded = period.endUnknown === true && row.periods[i + 1]?.startsAfter !== undefined;
        const solidTo = succeeded ? solidFrom : Math.max(solidFrom, end.a);
        const colours = CATEGORY_COLOURS[period.category];
        const label = fitText(period.label, 9.5, solidTo - solidFrom - 8);
        return (
          <g key={i} data-period={period.label} data-x1={r1(Math.max(solidTo, start.b))}>
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

/**
 * An undated current status ("Superseded · date unknown"): it began at some unknown date after the period before it
 * had begun, so it is drawn uncertain from the end of that period's start to today (or the as-of day).
 */
function Undated({
  period,
  top,
  h,
  openAt,
  L,
  tips,
}: {
  period: TimelinePeriod;
  top: number;
  h: number;
  openAt: number;
  L: Layout;
  tips: boolean;
}): ReactElement | null {
  const after = span(period.startsAfter!.edtf, L.x);
  if (!after) return null;
  const from = after.exact ? after.a : after.b;
  const words = `${period.label} · date unknown`;
  const label = fitText(words, 9.5, openAt - from - 8);
  return (
    <g data-period={period.label} data-x1={r1(Math.max(from, openAt))}>
      {tips && <title>{`${words}: began after ${period.startsAfter!.text} – continuing`}</title>}
      {openAt > from && (
        <g>
          <Swatch x={from} y={top} w={openAt - from} h={h} category={period.category} faded />
          <Uncertain x={from} y={top} w={openAt - from} h={h} ink={CATEGORY_COLOURS[period.category].ink} />
        </g>
      )}
      {label.length > 1 && openAt - from > 24 && (
        // Dark ink on a white halo: the label sits on hatching, where a bar's own label colour does not read.
        <text
          x={r1(from + 4)}
          y={r1(top + h / 2 + 3.4)}
          fontSize="9.5"
          fill="#1a202c"
          stroke="#ffffff"
          strokeWidth="2.5"
          paintOrder="stroke"
          fontWeight="600"
        >
          {label}
        </text>
      )}
    </g>
  );
}

export function Marks({ row, y, L, tips }: { row: TimelineRow; y: number; L: Layout; tips: boolean }): ReactElement {
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
              <path d={diamond(5.5)} fill="#1a202c" stroke="#ffffff" strokeWidth="1.2" className="tl-mark-solid" />
            ) : (
              <path d={diamond(5.5)} fill="#ffffff" stroke={colour} strokeWidth="1.4" className="tl-mark-open" />
            )}
          </g>
        );
      })}
    </g>
  );
}
