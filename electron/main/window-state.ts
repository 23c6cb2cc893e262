/**
 * The main window reopens where the person left it: size, position and maximised, kept in
 * userData/window-state.json. The file is validated (it may be hand-edited or from another
 * version) and a position that no longer lies on any display — a detached monitor — is dropped so
 * the window opens centred on the primary display instead of invisibly off-screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

const dimension = z.number().int().min(200).max(20_000);
const coordinate = z.number().int().min(-100_000).max(100_000);

export const windowStateSchema = z.object({
  width: dimension,
  height: dimension,
  x: coordinate.optional(),
  y: coordinate.optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** Anything that is not a valid state becomes the default; a bad file never stops the app. */
export function parseWindowState(raw: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const state = parsed.data;
  // x and y only make sense together.
  if (state.x === undefined || state.y === undefined)
    return { width: state.width, height: state.height, maximized: state.maximized };
  return state;
}

export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Written to a temp file and renamed, so a crash mid-write leaves the previous state intact. */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(windowStateSchema.parse(state), null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** How much of the window must stay on a display (enough to grab its title bar). */
const MIN_VISIBLE = { width: 100, height: 50 };

/**
 * Fits a remembered state to the displays present now: keeps the position if enough of the window
 * is on some display's work area, otherwise drops it (centre on primary); never larger than the
 * primary work area.
 */
export function fitToDisplays(
  state: WindowState,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowState {
  const width = Math.min(state.width, primaryWorkArea.width);
  const height = Math.min(state.height, primaryWorkArea.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  if (!visible) return { width, height, maximized: state.maximized };
  return { ...state };
}

/** Saves the window's normal (un-maximised) bounds and maximised flag when it closes. */
export function rememberWindowState(
  win: BrowserWindow,
  file: string,
  onError: (error: unknown) => void = () => undefined,
): void {
  win.on('close', () => {
    try {
      const bounds = win.getNormalBounds();
      writeWindowState(file, { ...bounds, maximized: win.isMaximized() });
    } catch (error) {
      onError(error);
    }
  });
}
