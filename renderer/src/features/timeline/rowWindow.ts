/**
 * Which of a timeline's rows to draw: those near the viewport, so a scope of the whole register (1,400 records
 * and more) opens without drawing thousands of SVG rows at once. The window moves in blocks of rows, so
 * scrolling redraws the chart once a block, not on every scroll event.
 */
import { useEffect, useState } from 'react';
import { TIMELINE_GEOMETRY } from '../../../../electron/common/timeline';

const BLOCK = 40;

/**
 * Rows [from, to) of a chart of `count` rows laid out `viewBoxWidth` units wide in `board` (its top at the
 * chart's top): the rows in view plus a block either side; all rows until the board is laid out.
 */
export function useRowWindow(board: HTMLElement | null, count: number, viewBoxWidth: number): [number, number] {
  const [range, setRange] = useState<[number, number]>([0, Math.min(count, BLOCK * 3)]);
  useEffect(() => {
    if (!board) return;
    const update = () => {
      const rect = board.getBoundingClientRect();
      const scale = rect.width / viewBoxWidth; // px per viewBox unit
      if (scale <= 0) return;
      const rowPx = TIMELINE_GEOMETRY.row * scale;
      const top = rect.top + TIMELINE_GEOMETRY.axis * scale;
      const first = Math.floor(-top / rowPx);
      const last = Math.ceil((window.innerHeight - top) / rowPx);
      const from = Math.min(count, Math.max(0, (Math.floor(first / BLOCK) - 1) * BLOCK));
      const to = Math.max(from, Math.min(count, (Math.ceil(last / BLOCK) + 1) * BLOCK));
      setRange((r) => (r[0] === from && r[1] === to ? r : [from, to]));
    };
    update();
    // Capture: the page may scroll in any container, not only the window.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [board, count, viewBoxWidth]);
  return range;
}
