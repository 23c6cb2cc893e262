/**
 * The one door into the app's data: IPC (Electron main) and HTTP (preview) both call
 * dispatch(). It checks the channel name against the contract, parses the input with the
 * channel's schema, runs the handler, and always answers with a value — errors included —
 * so no exception or stack trace ever crosses to the UI.
 */
import { AppError, fieldErrorsOf, type FieldError } from '../../common/domain/errors';
import { asAppError, partsWords } from '../../../db/store';
import { CONTRACT, type ChannelName, type Reply } from '../../common/contract';
import type { HandlerContext } from './context';
import { HANDLERS } from './index';
import { keepRoundTripDates } from './round-trip-dates';

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT, name);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A few problems, each kept short: the reply is read by a person (a fuzzed payload can raise thousands). */
function summarize(fields: readonly FieldError[]): string {
  // 500: a vocabulary's labels and codes ("Choose a cooperation area: … — send one of the codes …") arrive whole.
  const shown = fields.slice(0, 5).map((f) => clip(f.message, 500));
  return shown.join('; ') + (fields.length > 5 ? `; and ${fields.length - 5} more problem(s)` : '');
}

const isDamage = (error: unknown) =>
  /^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code ?? '')) ||
  (error instanceof AppError && error.code === 'DAMAGED');

/** Names the parts read around (the damaged tables set aside on this connection) on a reply. */
function withDamageNamed(ctx: HandlerContext, reply: { ok: true; value: unknown }): Reply<unknown> {
  const aside = ctx.store.readonly ? ctx.store.tablesSetAside() : [];
  return aside.length ? { ...reply, damaged: partsWords(aside) } : reply;
}

export async function dispatch(ctx: HandlerContext, name: unknown, rawInput: unknown): Promise<Reply<unknown>> {
  if (!isChannelName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown request “${String(name).slice(0, 80)}”.` } };
  }
  // A record sent back as it was read keeps its stored dates (round-trip-dates.ts says why).
  const input = name === 'records.update' ? keepRoundTripDates(ctx.store, rawInput) : rawInput;
  const parsed = CONTRACT[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: summarize(fields),
        key: 'invalid',
        // Values are clipped like messages: a hostile payload's unknown key can be any length.
        fields: fields.slice(0, 50).map((f) => ({
          ...f,
          message: clip(f.message, 500),
          ...(f.values
            ? { values: Object.fromEntries(Object.entries(f.values).map(([k, v]) => [k, clip(String(v), 200)])) }
            : {}),
        })),
      },
    };
  }
  const handler = HANDLERS[name] as (input: unknown, ctx: HandlerContext) => unknown;
  try {
    return withDamageNamed(ctx, { ok: true, value: await handler(parsed.data, ctx) });
  } catch (first) {
    let error = first;
    // A read that met a damaged table is answered from the rest of the register (issue 15), on a read-only
    // connection only (a writable one would write into the stand-in): once, after the damaged tables are set aside.
    if (!CONTRACT[name].writes && ctx.store.readonly && isDamage(error) && ctx.store.setAsideDamagedTables().length) {
      try {
        return withDamageNamed(ctx, { ok: true, value: await handler(parsed.data, ctx) });
      } catch (again) {
        error = again;
      }
    }
    const appError = error instanceof AppError ? error : asAppError(error, CONTRACT[name].writes ? 'write' : 'read');
    if (appError.code === 'INTERNAL') console.error(`[entente] ${name} failed:`, error);
    return { ok: false, error: appError.toInfo() };
  }
}
