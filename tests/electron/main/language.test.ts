/**
 * Main speaks the window's language (issue 18): the window reports it over `entente:language`, the application menu
 * is rebuilt in it at once, and the native dialogs (About, unsaved changes, save, backup folder, damage) use the same
 * words; the choice is remembered for the next start, which otherwise follows the system locale. Anything but a
 * shipped language, or a report from anything but our window, changes nothing.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_CHANNEL } from '../../../electron/common/contract/events';
import { createHostServices } from '../../../electron/main/host';
import { runApp } from '../../../electron/main/lifecycle';
import { askAboutDamage } from '../../../electron/main/startup';
import { NATIVE_WORDS } from '../../../electron/common/domain/words/native';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const labels = () => flatten(fake.Menu.applicationMenu!.template as Item[]).map((i) => i.label);
const click = (label: string) => {
  const item = flatten(fake.Menu.applicationMenu!.template as Item[]).find((i) => i.label === label);
  (item?.click as (() => void) | undefined)?.();
};

async function start(base: string) {
  mkdirSync(path.join(base, 'out', 'main'), { recursive: true });
  try {
    symlinkSync(await workerBundle(), path.join(base, 'out', 'main', 'worker.js'));
  } catch {
    // a second start in the same folder: the link is there
  }
  const runtime = runApp({
    argv: ['electron', '.', '--user-data-dir', path.join(base, 'p')],
    env: {},
    mainDir: path.join(base, 'out', 'main'),
    cwd: base,
  });
  await runtime.ready;
  const win = fake.FakeBrowserWindow.instances.at(-1)!;
  win.focus();
  const tell = (input: unknown, event: unknown = fake.invokeEvent(win.webContents)) =>
    fake.ipcMain.handlers.get(LANGUAGE_CHANNEL)!(event, input);
  const quit = () => fake.app.emit('will-quit', fake.cancellable());
  return { win, tell, quit };
}

beforeEach(() => fake.resetFakeElectron());

describe('the language of menus and native dialogs', () => {
  it('switches the menu and the dialogs to Italian when the window says so, and remembers it', async () => {
    const base = tempDir();
    fake.app.setPath('appData', path.join(base, 'appData'));
    const { win, tell, quit } = await start(base);
    expect(labels()).toContain('&File');
    expect(labels()).toContain('Undo last change');

    expect(await tell('it')).toBe(true);
    const menu = labels();
    for (const label of ['&Modifica', '&Visualizza', '&Aiuto', 'Accordo', 'Annulla l’ultima modifica', 'Taglia'])
      expect(menu).toContain(label);
    expect(menu).not.toContain('Undo last change');
    expect(menu).toContain('Language / Lingua'); // the way back is named in both languages

    click('Informazioni su Entente');
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1), { timeout: 30_000 });
    expect(fake.dialog.messageBoxes[0]).toMatchObject({ title: 'Informazioni su Entente' });
    expect(String(fake.dialog.messageBoxes[0]!.detail)).toMatch(/\(schema del database \d+\)/);

    win.webContents.emit('will-prevent-unload', fake.cancellable());
    expect(fake.dialog.messageBoxes[1]).toMatchObject({
      title: 'Modifiche non salvate',
      buttons: ['Scarta', 'Continua a modificare'],
    });
    quit();
    expect(JSON.parse(readFileSync(path.join(base, 'p', 'language.json'), 'utf8'))).toEqual({ language: 'it' });

    // The next start speaks Italian before any window has said anything.
    fake.resetFakeElectron();
    fake.app.setPath('appData', path.join(base, 'appData'));
    const again = await start(base);
    expect(labels()).toContain('&Visualizza');
    expect(await again.tell('en')).toBe(true);
    expect(labels()).toContain('&View');
    again.quit();
  });

  it('follows the system locale when nothing was chosen, and refuses anything but a shipped language from our window', async () => {
    const base = tempDir();
    fake.app.setPath('appData', path.join(base, 'appData'));
    fake.app.locale = 'it-IT';
    const { tell, quit } = await start(base);
    expect(labels()).toContain('&Visualizza');

    const stranger = new fake.FakeWebContents();
    stranger.mainFrame.url = 'app://entente/index.html';
    for (const [input, event] of [
      ['fr', undefined],
      ['EN', undefined],
      [{ language: 'en' }, undefined],
      ['en', fake.invokeEvent(stranger)],
    ] as const) {
      expect(await tell(input, event ?? undefined)).toBe(false);
      expect(labels()).toContain('&Visualizza');
    }
    quit();
  });

  it('a saved language file that holds anything else is ignored', async () => {
    const base = tempDir();
    fake.app.setPath('appData', path.join(base, 'appData'));
    mkdirSync(path.join(base, 'p'), { recursive: true });
    writeFileSync(path.join(base, 'p', 'language.json'), '{"language":"../../it"}');
    const { quit } = await start(base);
    expect(labels()).toContain('&View');
    quit();
  });

  it('the save dialog and the damage question use the chosen words', async () => {
    const dir = tempDir();
    const host = createHostServices({
      parentWindow: () => undefined,
      defaultDir: () => dir,
      words: () => NATIVE_WORDS.it,
    });
    await host.deliverFile!({ name: 'rapporto.pdf', mime: 'application/pdf', bytes: new Uint8Array([1]) });
    expect(fake.dialog.saveDialogs[0]).toMatchObject({
      title: 'Salva',
      filters: [
        { name: 'PDF', extensions: ['pdf'] },
        { name: 'Tutti i file', extensions: ['*'] },
      ],
    });

    await askAboutDamage(
      { problem: 'x', movedTo: '/tmp/r.damaged', newestBackup: { takenAt: '2026-11-30T10:00:00Z' } } as never,
      NATIVE_WORDS.it,
    );
    expect(fake.dialog.messageBoxes[0]).toMatchObject({
      message: 'Il database di Entente è danneggiato.',
      buttons: ['Ripristina il backup del 2026-11-30 10:00 UTC', 'Inizia con un registro vuoto', 'Esci'],
    });
    expect(String(fake.dialog.messageBoxes[0]!.detail)).toContain('conservato, intatto, in /tmp/r.damaged');
  });
});
