/** The chart's legend (status families, approximate dates, event marks) and its row labels. Pure SVG. */
import type { ReactElement } from 'react';
import { STATUS_CATEGORIES } from '../domain/report';
import { ENGLISH_CHART_WORDS, type ChartWords } from './types';
import { Swatch, Uncertain } from './marks';
import { textWidth } from './scale';
import { PAD } from './style';

/** The legend's labels in drawing order: the status families, then the marks' words. */
function legendLabels(words: ChartWords): string[] {
  const families = STATUS_CATEGORIES.filter((c) => c !== 'other').map((c) => words.categories[c]);
  return [...families, words.roughly, words.exactEvent, words.approximateEvent, words.today];
}

/** Where each legend entry goes (wrapping at `width`), and how many lines it takes: longer words take more. */
function legendPlaces(width: number, words: ChartWords): { places: { x: number; line: number }[]; lines: number } {
  let x = PAD;
  let line = 0;
  const places = legendLabels(words).map((label) => {
    const w = 24 + textWidth(label, 10);
    if (x + w > width - PAD) {
      x = PAD;
      line += 1;
    }
    const at = { x, line };
    x += w + 14;
    return at;
  });
  return { places, lines: line + 1 };
}

/** Lines the legend takes at `width` (the chart's height makes room for all of them). */
export function legendLineCount(width: number, words: ChartWords = ENGLISH_CHART_WORDS): number {
  return legendPlaces(width, words).lines;
}

export function Legend({
  y,
  width,
  words = ENGLISH_CHART_WORDS,
}: {
  y: number;
  width: number;
  words?: ChartWords;
}): ReactElement {
  const items: ReactElement[] = [];
  const { places } = legendPlaces(width, words);
  let next = 0;
  const place = () => {
    const p = places[next++] ?? { x: PAD, line: 0 };
    return { x: p.x, y: y + p.line * 18 };
  };
  for (const c of STATUS_CATEGORIES) {
    if (c === 'other') continue;
    const label = words.categories[c];
    const at = place();
    items.push(
      <g key={c}>
        <Swatch x={at.x} y={at.y} w={18} h={10} category={c} />
        <text x={at.x + 23} y={at.y + 8.5} fontSize="10" className="tl-ink">
          {label}
        </text>
      </g>,
    );
  }
  const extras: [string, (at: { x: number; y: number }) => ReactElement][] = [
    [words.roughly, (at) => <Uncertain x={at.x} y={at.y} w={18} h={10} ink="#4a5568" />],
    [
      words.exactEvent,
      (at) => (
        <path
          d={`M${at.x + 9},${at.y} l5,5 l-5,5 l-5,-5 z`}
          fill="#1a202c"
          stroke="#ffffff"
          strokeWidth="1.2"
          className="tl-mark-solid"
        />
      ),
    ],
    [
      words.approximateEvent,
      (at) => (
        <g>
          <path
            d={`M${at.x},${at.y + 8} V${at.y + 10} H${at.x + 18} V${at.y + 8}`}
            fill="none"
            stroke="#1a202c"
            className="tl-stroke"
          />
          <path
            d={`M${at.x + 9},${at.y - 1} l4.5,4.5 l-4.5,4.5 l-4.5,-4.5 z`}
            fill="#fff"
            stroke="#1a202c"
            strokeWidth="1.2"
            className="tl-mark-open tl-stroke"
          />
        </g>
      ),
    ],
    [
      words.today,
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
    const at = place();
    items.push(
      <g key={label}>
        {draw(at)}
        <text x={at.x + 23} y={at.y + 8.5} fontSize="10" className="tl-ink">
          {label}
        </text>
      </g>,
    );
  }
  return <g>{items}</g>;
}
