/**
 * The main window: secure webPreferences, guards on its contents, remembered size and position,
 * shown only once the first paint is ready (no white flash). Every window created here is added to
 * the `windows` set, which is what the IPC sender check and the menu consider "ours".
 */
import { BrowserWindow, dialog, type MessageBoxSyncOptions } from 'electron';
import { NATIVE_WORDS, type NativeWords } from '../common/domain/words/native';
import { secureWebPreferences, hardenWebContents, type GuardOptions } from './security';
import { MIN_WINDOW_SIZE, rememberWindowState, type WindowState } from './window-state';

export interface MainWindowDeps {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** app://entente/index.html, or electron-vite's dev server URL in development. */
  entryUrl: string;
  /** Already fitted to the current displays. */
  state: WindowState;
  guards: GuardOptions;
  /** The app's own windows; the new window is added and removed again when closed. */
  windows: Set<BrowserWindow>;
  /** Where to save size and position on close (omit to not remember). */
  stateFile?: string;
  log?: (message: string) => void;
  /** The native dialogs' words in the chosen language, read when a dialog opens; English when not given. */
  words?: () => NativeWords;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const { state } = deps;
  const log = deps.log ?? ((message: string) => console.error(`[entente] ${message}`));
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Entente',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  hardenWebContents(win.webContents, deps.guards);

  deps.windows.add(win);
  win.on('closed', () => deps.windows.delete(win));
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  if (deps.stateFile)
    rememberWindowState(win, deps.stateFile, (error) => log(`could not save the window position: ${String(error)}`));
  win.webContents.on('render-process-gone', (_event, details) =>
    log(`the window's renderer stopped (${details.reason})`),
  );

  askBeforeLosingTyping(win, deps.words);

  win.loadURL(deps.entryUrl).catch((error: unknown) => log(`could not load ${deps.entryUrl}: ${String(error)}`));
  return win;
}

/** The question asked when closing, quitting or reloading would lose a form's unsaved typing. */
export function unsavedChangesDialog(words: NativeWords = NATIVE_WORDS.en): MessageBoxSyncOptions {
  const w = words.dialog.unsaved;
  return {
    type: 'question',
    buttons: [w.discard, w.keep],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: w.title,
    message: w.message,
    detail: w.detail,
  };
}

/** The English question, as it always was. */
export const UNSAVED_CHANGES_DIALOG: MessageBoxSyncOptions = unsavedChangesDialog();

/**
 * A form with unsaved typing answers `beforeunload` (renderer/src/app/leave-guard.tsx); Electron then shows
 * nothing and only emits `will-prevent-unload`. Ask here: Discard lets the window close, quit or reload
 * (preventDefault on this event means "ignore the page's objection"); Keep editing leaves it open.
 */
export function askBeforeLosingTyping(win: BrowserWindow, words?: () => NativeWords): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, unsavedChangesDialog(words?.()));
    if (choice === 0) event.preventDefault();
  });
}

/** Brings a window to the front (second launch, dock click). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
