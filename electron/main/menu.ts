/**
 * The native menu. Items that act on the register do not act here: they send a MenuCommand word
 * (electron/contract/events.ts) to the focused Entente window, and the renderer decides what it
 * means there (open a form, ask for confirmation…). Text-editing items are Chromium roles so they
 * work in every field; "Undo last change" is the register's own undo, a different thing.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/contract/events';

export interface MenuDeps {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
  showAbout: () => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => deps.send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const isMac = deps.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: '&New',
        submenu: [
          command('Agreement', 'new:agreement', 'CmdOrCtrl+N'),
          command('Working group', 'new:working_group'),
          command('Programme', 'new:programme'),
          command('Meeting', 'new:meeting', 'CmdOrCtrl+Shift+M'),
          command('Party', 'new:party'),
          command('Person', 'new:person'),
        ],
      },
      { type: 'separator' },
      command('Export report…', 'export-report', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command('Back up now', 'backup-now'),
      command('Restore…', 'restore'),
      { type: 'separator' },
      command('Import spreadsheet…', 'import-sheet'),
      command('Import bundle…', 'import-bundle'),
      command('Export bundle…', 'export-bundle'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      command('Undo last change', 'undo'),
      command('Redo last change', 'redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Dashboard', 'go:dashboard', 'CmdOrCtrl+1'),
      command('Search', 'go:search', 'CmdOrCtrl+2'),
      command('Reports', 'go:reports', 'CmdOrCtrl+3'),
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [
          command('Light', 'theme:light'),
          command('Dark', 'theme:dark'),
          command('Follow system', 'theme:system'),
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
      { role: 'togglefullscreen' },
      // Developer tools would let anyone at the keyboard read and change the database directly.
      ...(deps.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      // The renderer shows the list (the same dialog as "?" on any page); F1 because "?" is typed text in menus.
      command('Keyboard shortcuts', 'help:shortcuts', 'F1'),
      { type: 'separator' },
      { label: 'About Entente', click: () => deps.showAbout() },
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

export function aboutText(v: AboutVersions): string {
  return [
    `Entente ${v.app}`,
    '',
    `Electron ${v.electron}`,
    `Chromium ${v.chromium}`,
    `Node.js ${v.node}`,
    `SQLite ${v.sqlite} (database schema ${v.schema})`,
  ].join('\n');
}
