/**
 * A row's label in the chart's label column: the record's title, and its kind. A title too long for one line
 * keeps its first line and its END on the second ("… in the field of pilot training"), where treaty titles
 * differ; both lines are measured (domain/text-fit.ts), so a capitalised or Japanese title is cut to fit like any
 * other. The whole title is the row's tooltip in the app.
 */
import type { ReactElement } from 'react';
import { fitTwoLines } from '../domain/text-fit';
import { fitText, textWidth } from './scale';
import { LABEL_W, PAD } from './style';

/**
 * Width of `text` in the chart's font at `fontSize` (viewBox units) and `weight` (400, 600). The app passes a
 * canvas measure in the chart's font; print uses `estimateWidth`, a per-script estimate.
 */
export type ChartMeasure = (text: string, fontSize: number, weight: number) => number;

/** The estimate used where nothing can measure (reports rendered to markup): textWidth, semibold a little wider. */
export const estimateWidth: ChartMeasure = (text, fontSize, weight) =>
  textWidth(text, fontSize) * (weight >= 600 ? 1.04 : 1);

export function RowLabel({
  title,
  kind,
  y,
  measure = estimateWidth,
}: {
  title: string;
  kind: string;
  y: number;
  measure?: ChartMeasure;
}): ReactElement {
  const width = LABEL_W - PAD * 2;
  const suffix = ` · ${kind}`;
  const suffixWidth = measure(suffix, 8.5, 400);
  const fit = fitTwoLines(
    title,
    width,
    (t) => measure(t, 10.5, 600),
    (t) => measure(t, 9.5, 600) + suffixWidth,
  );
  if ('whole' in fit)
    return (
      <>
        <text x={PAD} y={y + 11} fontSize="10.5" fontWeight="600" fill="#1a202c" className="tl-ink">
          {title}
        </text>
        <text x={PAD} y={y + 21.5} fontSize="8.5" fill="#4a5568" className="tl-muted">
          {fitText(kind, 8.5, width)}
        </text>
      </>
    );
  return (
    <>
      <text x={PAD} y={y + 11} fontSize="10.5" fontWeight="600" fill="#1a202c" className="tl-ink">
        {fit.head}
      </text>
      <text x={PAD} y={y + 22} fontSize="9.5" fontWeight="600" fill="#1a202c" className="tl-ink">
        {fit.tail}
        <tspan fontSize="8.5" fontWeight="400" fill="#4a5568" className="tl-muted">
          {suffix}
        </tspan>
      </text>
    </>
  );
}
