/**
 * The window reopens where it was left — unless the file is damaged (defaults) or the position is
 * no longer on any screen (centred on the primary display instead of lost off-screen).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  parseWindowState,
  readWindowState,
  rememberWindowState,
  writeWindowState,
} from '../../../electron/main/window-state';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR = { x: 1920, y: 0, width: 2560, height: 1400 };

let file: string;
beforeEach(() => {
  fake.resetFakeElectron();
  file = path.join(tempDir(), 'window-state.json');
});

describe('window-state.json', () => {
  it('falls back to defaults for a missing, unreadable or invalid file', () => {
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    for (const content of [
      'not json',
      '[]',
      '{"width":"wide","height":800}',
      '{"width":-5,"height":800}',
      '{"width":1e9,"height":800}',
      'null',
    ]) {
      writeFileSync(file, content);
      expect(readWindowState(file), content).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps a valid state, drops a half position, defaults maximised', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 50, y: 60, maximized: true })).toEqual({
      width: 1000,
      height: 700,
      x: 50,
      y: 60,
      maximized: true,
    });
    expect(parseWindowState({ width: 1000, height: 700, x: 50 })).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(parseWindowState({ width: 1000.5, height: 700 })).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips through the file without leaving a temp file', () => {
    writeWindowState(file, { width: 1111, height: 777, x: 5, y: 6, maximized: true });
    expect(readWindowState(file)).toEqual({ width: 1111, height: 777, x: 5, y: 6, maximized: true });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('is written when the window closes, with its normal bounds and maximised flag', () => {
    const win = new fake.FakeBrowserWindow({});
    win.normalBounds = { x: 100, y: 80, width: 1200, height: 800 };
    win.maximized = true;
    rememberWindowState(win as never, file);
    win.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});

describe('fitting to the displays present now', () => {
  it('keeps a position that is on a display', () => {
    const onRight = { width: 1200, height: 800, x: 2000, y: 100, maximized: false };
    expect(fitToDisplays(onRight, [PRIMARY, RIGHT_MONITOR], PRIMARY)).toEqual(onRight);
    const partly = { width: 1200, height: 800, x: -1000, y: 100, maximized: false };
    expect(fitToDisplays(partly, [PRIMARY], PRIMARY)).toEqual(partly);
  });

  it('drops a position on a monitor that was unplugged, and one far off-screen', () => {
    const onRight = { width: 1200, height: 800, x: 2000, y: 100, maximized: true };
    expect(fitToDisplays(onRight, [PRIMARY], PRIMARY)).toEqual({ width: 1200, height: 800, maximized: true });
    const sliver = { width: 1200, height: 800, x: 1900, y: 100, maximized: false };
    expect(fitToDisplays(sliver, [PRIMARY], PRIMARY)).toEqual({ width: 1200, height: 800, maximized: false });
    const above = { width: 1200, height: 800, x: 100, y: -5000, maximized: false };
    expect(fitToDisplays(above, [PRIMARY], PRIMARY)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('never opens larger than the primary display', () => {
    expect(fitToDisplays({ width: 5000, height: 3000, maximized: false }, [PRIMARY], PRIMARY)).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });
});
