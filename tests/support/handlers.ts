/**
 * Set-up for tests that go through `dispatch()`, the one door the window (IPC), the preview server and the CLI
 * share: a handler context over a real database, and calls whose refusals fail the test with the user's message.
 */
import { Store } from '../../db/store';
import type { Db } from '../../db/store/sql';
import type { HandlerContext, HostServices } from '../../electron/node/handlers/context';
import { dispatch } from '../../electron/node/handlers/dispatch';

/** A record as a channel returns it, loosely typed (tests read the fields they check). */
export type Loose = Record<string, unknown> & { id: string; version: number };

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { message: string };
}

/** A context as the preview server builds one, over `db`; `host` answers what only the window can (save dialogs…). */
export function handlerContext(db: Db, host: HostServices = {}): HandlerContext {
  return { store: Store.over(db), databaseFile: 'test.sqlite', transport: 'preview', appVersion: '0.0.0-test', host };
}

/** The value of a reply; a refusal throws with the channel's message (the test then names what went wrong). */
export async function value<T>(reply: Promise<Reply>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(`reply failed: ${r.error?.message}`);
  return r.value as T;
}

/** Calls `channel` with `input` (names and shapes unchecked, as an API client sends them) and returns its value. */
export function callOk<T = Loose>(ctx: HandlerContext, channel: string, input: unknown): Promise<T> {
  return value<T>(dispatch(ctx, channel as never, input as never) as Promise<Reply>);
}
