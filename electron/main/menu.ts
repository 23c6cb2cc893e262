/**
 * The native menu. Items that act on the register do not act here: they send a MenuCommand word
 * (electron/contract/events.ts) to the focused Entente window, and the renderer decides what it
 * means there (open a form, ask for confirmation…). Text-editing items are Chromium roles so they
 * work in every field; "Undo last change" is the register's own undo, a different thing.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/contract/events';
import { fill } from '../common/domain/words/fill';
import { NATIVE_WORDS, type NativeWords } from '../common/domain/words/native';

export interface MenuDeps {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** The menu's words in the chosen language (electron/main/language.ts); English when not given. */
  words?: NativeWords;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => deps.send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const isMac = deps.platform === 'darwin';
  const w = (deps.words ?? NATIVE_WORDS.en).menu;

  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      {
        label: w.new,
        submenu: [
          command(w.agreement, 'new:agreement', 'CmdOrCtrl+N'),
          command(w.workingGroup, 'new:working_group'),
          command(w.programme, 'new:programme'),
          command(w.meeting, 'new:meeting', 'CmdOrCtrl+Shift+M'),
          command(w.party, 'new:party'),
          command(w.person, 'new:person'),
        ],
      },
      { type: 'separator' },
      command(w.exportReport, 'export-report', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command(w.backupNow, 'backup-now'),
      command(w.restore, 'restore'),
      { type: 'separator' },
      command(w.importSheet, 'import-sheet'),
      command(w.importBundle, 'import-bundle'),
      command(w.exportBundle, 'export-bundle'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: w.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      // Roles keep their behaviour and accelerator; their label is ours, as Electron's own is English only.
      { role: 'undo', label: w.undoTyping },
      { role: 'redo', label: w.redoTyping },
      { type: 'separator' },
      command(w.undoChange, 'undo'),
      command(w.redoChange, 'redo'),
      { type: 'separator' },
      { role: 'cut', label: w.cut },
      { role: 'copy', label: w.copy },
      { role: 'paste', label: w.paste },
      { role: 'selectAll', label: w.selectAll },
      { type: 'separator' },
      command(w.find, 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      command(w.dashboard, 'go:dashboard', 'CmdOrCtrl+1'),
      command(w.search, 'go:search', 'CmdOrCtrl+2'),
      command(w.reports, 'go:reports', 'CmdOrCtrl+3'),
      { type: 'separator' },
      { role: 'zoomIn', label: w.zoomIn },
      { role: 'zoomOut', label: w.zoomOut },
      { role: 'resetZoom', label: w.resetZoom },
      { type: 'separator' },
      {
        label: w.theme,
        submenu: [
          command(w.light, 'theme:light'),
          command(w.dark, 'theme:dark'),
          command(w.followSystem, 'theme:system'),
        ],
      },
      {
        // Named in both languages, and each language in itself, so a reader of either finds the way back.
        label: 'Language / Lingua',
        submenu: [
          command('English', 'lang:en'),
          command('Italiano', 'lang:it'),
          command('System language / Lingua del sistema', 'lang:system'),
        ],
      },
      { role: 'togglefullscreen', label: w.fullScreen },
      // Developer tools would let anyone at the keyboard read and change the database directly.
      ...(deps.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'toggleDevTools', label: w.devTools } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: w.help,
    role: 'help',
    submenu: [
      // The renderer shows the list (the same dialog as "?" on any page); F1 because "?" is typed text in menus.
      command(w.shortcuts, 'help:shortcuts', 'F1'),
      { type: 'separator' },
      { label: w.about, click: () => deps.showAbout() },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}

export interface AboutVersions {
  app: string;
  electron: string;
  chromium: string;
  node: string;
  sqlite: string;
  schema: number;
}

export function aboutText(v: AboutVersions, words: NativeWords = NATIVE_WORDS.en): string {
  return [
    `Entente ${v.app}`,
    '',
    `Electron ${v.electron}`,
    `Chromium ${v.chromium}`,
    `Node.js ${v.node}`,
    fill(words.dialog.about.sqlite, { version: v.sqlite, schema: v.schema }),
  ].join('\n');
}
