/**
 * The contract's building block. A channel is a name the UI may call, the zod schema its
 * input must pass, the type of its output, and whether it writes. The output type lives
 * only in TypeScript (a phantom field), because outputs come from our own code.
 */
import type { z } from 'zod';
import type { ErrorInfo } from '../domain/errors';

export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  writes: boolean;
  /**
   * Reads that can take seconds on a large register (assembling a whole-register report, a full integrity check,
   * a backup). The desktop app serves them from a worker of their own, so ordinary reads never wait behind them.
   */
  long: boolean;
  /** Never set at run time; carries the output type. */
  readonly output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I, options: { writes: boolean; long?: true }): Channel<I, O> => ({
    input,
    writes: options.writes,
    long: options.long ?? false,
  });
}

export type ChannelMap = Record<string, Channel>;
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

/** What every call returns, over IPC and over the preview's HTTP alike. */
/**
 * A channel's answer. `damaged` (issue 15): the answer was read around damaged parts of the register, named in words
 * ("meetings"), which are missing from it.
 */
export type Reply<T> = { ok: true; value: T; damaged?: string } | { ok: false; error: ErrorInfo };
