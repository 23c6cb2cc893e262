/**
 * IPC registration: one `ipcMain.handle('entente:<name>')` per contract channel, each guarded by a
 * sender check before anything is parsed or run (the pattern of VS Code's validatedIpcMain). Only
 * the main frame of one of our own windows, showing our own origin, may call; a subframe, a
 * navigated-away page or any other WebContents gets FORBIDDEN as a value. Everything after the
 * check — name, input validation, handler, errors as values — is dispatch() in a database worker (the register
 * door), shared with the preview. Main never parses a reply: the worker's JSON bytes go to the preload as they are.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../common/contract/channels';
import type { Reply } from '../common/contract/define';
import type { UploadStore } from '../node/services/attachments/uploads';
import type { RegisterDoor } from '../node/worker/door';
import { isAllowedOrigin } from './security';

export interface SenderPolicy {
  /** Origins our UI is served from (app://entente; the dev server in development). */
  allowedOrigins: readonly string[];
  /** True for the WebContents of one of the app's own windows. */
  isAppContents(contents: WebContents): boolean;
}

/** Frame wrappers are compared by identity and, in case Electron hands out a fresh wrapper, by id. */
function isSameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/** Why a sender is refused, or null when it may call. Exported for tests and logging. */
export function senderProblem(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  policy: SenderPolicy,
): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the calling page is gone';
  if (!policy.isAppContents(event.sender)) return 'the caller is not an Entente window';
  if (frame.parent !== null || !isSameFrame(frame, event.sender.mainFrame)) return 'the caller is an embedded frame';
  if (!isAllowedOrigin(frame.url, policy.allowedOrigins)) return 'the caller is not the Entente page';
  return null;
}

const encoder = new TextEncoder();
const asBytes = (reply: Reply<never>) => encoder.encode(JSON.stringify(reply));

function forbidden(): Uint8Array {
  return asBytes({
    ok: false,
    error: { code: 'FORBIDDEN', message: 'This request did not come from the Entente window and was refused.' },
  });
}

function unavailable(): Uint8Array {
  return asBytes({ ok: false, error: { code: 'UNAVAILABLE', message: 'The database is not open.' } });
}

/**
 * Registers every channel of the contract. `door()` is read on each call (null until the register is open).
 * Each handler answers with the reply's JSON bytes. Returns a function that removes the handlers again.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  door: () => RegisterDoor | null,
  policy: SenderPolicy,
  log: (message: string) => void = (message) => console.warn(`[entente] ${message}`),
  uploads?: UploadStore,
): () => void {
  if (uploads) registerUpload(ipcMain, policy, uploads, log);
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, input: unknown): Promise<Uint8Array> => {
      const problem = senderProblem(event, policy);
      if (problem !== null) {
        log(`refused ${name}: ${problem}`);
        return forbidden();
      }
      const register = door();
      if (register === null) return unavailable();
      return register.callBytes(name, input);
    });
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(IPC_PREFIX + name);
    if (uploads) ipcMain.removeHandler(UPLOAD_CHANNEL);
  };
}

export const UPLOAD_CHANNEL = `${IPC_PREFIX}upload`;

/**
 * `entente:upload` { name, bytes }: the bytes of a file the person picked in the system open dialog (an
 * `<input type=file>`) or dropped on the window, staged for `attachments.add`. Same sender check as every channel;
 * the bytes must be a Uint8Array and the name a string; answers the staged id as reply bytes.
 */
function registerUpload(
  ipcMain: Pick<IpcMain, 'handle'>,
  policy: SenderPolicy,
  uploads: UploadStore,
  log: (message: string) => void,
): void {
  ipcMain.handle(UPLOAD_CHANNEL, (event, input: unknown): Uint8Array => {
    const problem = senderProblem(event, policy);
    if (problem !== null) {
      log(`refused upload: ${problem}`);
      return forbidden();
    }
    const { name, bytes } = (input ?? {}) as { name?: unknown; bytes?: unknown };
    if (typeof name !== 'string' || !(bytes instanceof Uint8Array))
      return asBytes({
        ok: false,
        error: { code: 'VALIDATION', message: 'An upload needs a file name and its bytes.' },
      });
    try {
      return encoder.encode(JSON.stringify({ ok: true, value: { id: uploads.put(name, bytes) } }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return asBytes({ ok: false, error: { code: 'VALIDATION', message } });
    }
  });
}
