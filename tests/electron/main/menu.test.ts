/**
 * The native menu: register actions reach the focused Entente window as menu-command words, text
 * editing stays with Chromium's roles, developer tools exist only in development, and About names
 * every version a support desk would ask for.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, MENU_EVENT_CHANNEL, type MenuCommand } from '../../../electron/common/contract/events';
import { runApp } from '../../../electron/main/lifecycle';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const byLabel = (items: Item[], label: string) => flatten(items).find((i) => i.label === label);
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

function template(options: { isPackaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const sent: MenuCommand[] = [];
  const items = buildMenuTemplate({
    isPackaged: options.isPackaged ?? false,
    platform: options.platform ?? 'linux',
    send: (c) => void sent.push(c),
    showAbout: () => void sent.push('about' as MenuCommand),
  });
  return { items, sent };
}

beforeEach(() => fake.resetFakeElectron());

describe('menu template', () => {
  it('has File, Edit, View and Help, with File ▸ New offering every kind', () => {
    const { items, sent } = template();
    expect(items.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const labels = ['Agreement', 'Working group', 'Programme', 'Meeting', 'Party', 'Person'];
    for (const label of labels) click(byLabel(items, label));
    expect(sent).toEqual([
      'new:agreement',
      'new:working_group',
      'new:programme',
      'new:meeting',
      'new:party',
      'new:person',
    ]);
  });

  it('sends only words the renderer knows, and offers each register action', () => {
    const { items, sent } = template();
    for (const item of flatten(items)) if (item.label !== 'About Entente') click(item);
    expect(sent.every((c) => (MENU_COMMANDS as readonly string[]).includes(c))).toBe(true);
    for (const cmd of [
      'export-report',
      'backup-now',
      'restore',
      'import-sheet',
      'import-bundle',
      'export-bundle',
      'undo',
      'redo',
      'theme:light',
      'theme:dark',
      'theme:system',
    ]) {
      expect(sent, cmd).toContain(cmd);
    }
  });

  it('keeps text undo/redo/cut/copy/paste as roles beside the register undo', () => {
    const roles = flatten(template().items)
      .map((i) => i.role)
      .filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'quit'])
      expect(roles).toContain(role);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(template({ isPackaged }).items).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('has View ▸ Language with each language named in itself, sending the language words', () => {
    const { items, sent } = template();
    const view = items.find((i) => i.label === '&View');
    const language = (view?.submenu as Item[]).find((i) => i.label === 'Language / Lingua');
    const choices = language?.submenu as Item[];
    expect(choices.map((i) => i.label)).toEqual(['English', 'Italiano', 'System language / Lingua del sistema']);
    for (const item of choices) click(item);
    expect(sent).toEqual(['lang:en', 'lang:it', 'lang:system']);
  });

  it('follows macOS conventions there (app menu; Quit lives in it)', () => {
    const { items } = template({ platform: 'darwin' });
    expect(items[0]).toEqual({ role: 'appMenu' });
    expect(flatten(items.slice(1, 2)).map((i) => i.role)).not.toContain('quit');
  });
});

describe('installed menu', () => {
  it('sends commands to the focused Entente window and shows About with every version', async () => {
    const base = tempDir();
    fake.app.setPath('appData', path.join(base, 'appData'));
    mkdirSync(path.join(base, 'out', 'main'), { recursive: true });
    symlinkSync(await workerBundle(), path.join(base, 'out', 'main', 'worker.js'));
    const runtime = runApp({
      argv: ['electron', '.', '--user-data-dir', path.join(base, 'p')],
      env: {},
      mainDir: path.join(base, 'out', 'main'),
      cwd: base,
    });
    await runtime.ready;
    const win = fake.FakeBrowserWindow.instances[0]!;
    win.focus();
    const items = fake.Menu.applicationMenu!.template as Item[];

    click(byLabel(items, 'Agreement'));
    click(byLabel(items, 'Undo last change'));
    expect(win.webContents.sent).toEqual([
      { channel: MENU_EVENT_CHANNEL, args: ['new:agreement'] },
      { channel: MENU_EVENT_CHANNEL, args: ['undo'] },
    ]);

    click(byLabel(items, 'About Entente'));
    // The versions come from the database worker: the box opens once its answer is in.
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1), { timeout: 30_000 });
    const detail = String(fake.dialog.messageBoxes[0]!.detail);
    expect(detail).toMatch(/^Entente \d+\.\d+\.\d+/);
    expect(detail).toMatch(/Node\.js \d+/);
    expect(detail).toMatch(/SQLite 3\.\d+\.\d+ \(database schema \d+\)/);
    expect(detail).toMatch(/Electron /);
    expect(detail).toMatch(/Chromium /);
    fake.app.emit('will-quit', fake.cancellable());
  });
});
