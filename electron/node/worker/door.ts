/**
 * What a transport (IPC in main, HTTP in the preview) needs of the register: one call that takes a channel name and
 * an unchecked input and always answers with the reply as UTF-8 JSON bytes. The database host (host.ts) is the door
 * of the app and the preview; `inProcessDoor` serves the same answers from a connection in this thread (the CLI,
 * tests of a transport).
 */
import type { HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';

export interface RegisterDoor {
  /** Validates, runs and answers one call; never rejects (errors are replies). */
  callBytes(channel: string, input: unknown): Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** A door that runs dispatch() right here, on `context()` (read at each call: a restore replaces it). */
export function inProcessDoor(context: () => HandlerContext): RegisterDoor {
  return {
    async callBytes(channel, input) {
      return encoder.encode(JSON.stringify(await dispatch(context(), channel, input)));
    },
  };
}
