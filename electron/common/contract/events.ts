/**
 * Main → renderer notifications. The only thing besides the channel functions that the
 * preload exposes: `window.entente.onMenuCommand(callback)` receives these words when
 * a native menu item or accelerator is used. Anything else from main is dropped.
 */
export const MENU_COMMANDS = [
  'new:agreement',
  'new:working_group',
  'new:programme',
  'new:meeting',
  'new:party',
  'new:person',
  'go:dashboard',
  'go:search',
  'go:reports',
  'find',
  'export-report',
  'backup-now',
  'restore',
  'import-bundle',
  'import-sheet',
  'export-bundle',
  'undo',
  'redo',
  'theme:light',
  'theme:dark',
  'theme:system',
  'lang:en',
  'lang:it',
  'lang:system',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_EVENT_CHANNEL = 'entente:menu';

/**
 * Renderer → main: the language the window shows ("en" | "it"), so the native menus and dialogs speak it
 * (electron/main/language.ts checks the sender and the value).
 */
export const LANGUAGE_CHANNEL = 'entente:language';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
