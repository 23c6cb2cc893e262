/**
 * Hatching drawn as plain line geometry clipped to a rectangle. SVG <pattern> fills would be simpler,
 * but Chromium's PDF backend prints them very slowly (tens of seconds for a few pages of bars), so
 * each bar gets its own short path instead: cheap to print, crisp at any zoom, distinct in greyscale.
 */
export type HatchKind = 'none' | 'diagonal' | 'cross' | 'horizontal' | 'dots';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** "/" lines: points where (px − x) + (py − y) = t. */
function diagonal(x: number, y: number, w: number, h: number, step: number): string {
  let d = '';
  for (let t = step / 2; t < w + h; t += step) {
    const [sx, sy] = t <= w ? [x + t, y] : [x + w, y + (t - w)];
    const [ex, ey] = t <= h ? [x, y + t] : [x + (t - h), y + h];
    d += `M${r1(sx)},${r1(sy)}L${r1(ex)},${r1(ey)}`;
  }
  return d;
}

/** "\" lines: points where (px − x) − (py − y) = t. */
function backDiagonal(x: number, y: number, w: number, h: number, step: number): string {
  let d = '';
  for (let t = -h + step / 2; t < w; t += step) {
    const [sx, sy] = t >= 0 ? [x + t, y] : [x, y - t];
    const [ex, ey] = t + h <= w ? [x + t + h, y + h] : [x + w, y + (w - t)];
    d += `M${r1(sx)},${r1(sy)}L${r1(ex)},${r1(ey)}`;
  }
  return d;
}

export function hatchPath(kind: HatchKind, x: number, y: number, w: number, h: number, step = 5): string {
  if (w <= 0 || h <= 0) return '';
  switch (kind) {
    case 'diagonal':
      return diagonal(x, y, w, h, step);
    case 'cross':
      return diagonal(x, y, w, h, step + 1) + backDiagonal(x, y, w, h, step + 1);
    case 'horizontal': {
      let d = '';
      for (let yy = y + 2.5; yy < y + h; yy += 3.5) d += `M${r1(x)},${r1(yy)}H${r1(x + w)}`;
      return d;
    }
    case 'dots': {
      let d = '';
      for (let xx = x + 3; xx < x + w; xx += 5)
        for (let yy = y + 3; yy < y + h; yy += 5) d += `M${r1(xx)},${r1(yy)}h0.1`;
      return d;
    }
    default:
      return '';
  }
}
