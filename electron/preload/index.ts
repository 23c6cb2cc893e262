/**
 * The sandboxed preload (bundled to out/preload/index.cjs). It gives the page `window.entente`:
 * one function per contract channel, each a plain `ipcRenderer.invoke` whose reply (JSON bytes from the database
 * worker, passed through main untouched) is decoded here, plus `onMenuCommand` for
 * native menu words. Nothing else crosses — in particular never ipcRenderer itself, so the page can
 * reach no channel the contract does not name. Input checking happens in main, not here: a preload
 * check could be bypassed, main's cannot.
 */
import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import type { EntenteApi } from '../common/contract';
import { CHANNEL_NAMES, IPC_PREFIX } from '../common/contract/channels';
import { isMenuCommand, LANGUAGE_CHANNEL, MENU_EVENT_CHANNEL, type MenuCommand } from '../common/contract/events';

/** What the renderer finds at window.entente in the desktop app. */
export type EntenteBridge = EntenteApi & {
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Stages the bytes of a file the person picked or dropped; answers the upload id for `attachments.add`. */
  upload(name: string, bytes: Uint8Array): Promise<unknown>;
  /** Tells main the language the window shows, for its menus and native dialogs; answers whether it was taken. */
  setLanguage(language: string): Promise<boolean>;
};

export function createEntenteBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): EntenteBridge {
  const api: Record<string, unknown> = {};
  const decoder = new TextDecoder();
  for (const name of CHANNEL_NAMES) {
    // Exactly one argument crosses, whatever the page passes.
    api[name] = async (input: unknown) => JSON.parse(decoder.decode(await ipc.invoke(IPC_PREFIX + name, input)));
  }
  api.upload = async (name: unknown, bytes: unknown) =>
    JSON.parse(decoder.decode(await ipc.invoke(`${IPC_PREFIX}upload`, { name: String(name), bytes })));
  api.setLanguage = async (language: unknown) => (await ipc.invoke(LANGUAGE_CHANNEL, String(language))) === true;
  api.onMenuCommand = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      // The event object (with its sender) never reaches the page; only a known command word does.
      if (isMenuCommand(command)) (listener as (command: MenuCommand) => void)(command);
    };
    ipc.on(MENU_EVENT_CHANNEL, relay);
    return () => {
      ipc.removeListener(MENU_EVENT_CHANNEL, relay);
    };
  };
  return Object.freeze(api) as EntenteBridge;
}

contextBridge.exposeInMainWorld('entente', createEntenteBridge(ipcRenderer));
