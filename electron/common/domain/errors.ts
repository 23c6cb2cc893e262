/**
 * Errors as values. Every failure that can reach a person carries a stable code (for code
 * paths and tests) and a message written for the person (for the screen). Field errors
 * name the field the way the form labels it.
 */
import type { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'HAS_DEPENDENTS',
  'NEWER_SCHEMA',
  'NOT_A_DATABASE',
  /** The register failed its integrity check; it is not written to (it was moved aside, or opens read-only). */
  'DAMAGED',
  /** Another connection or program holds the register's lock; nothing was changed; trying again may work. */
  'BUSY',
  'READ_ONLY',
  'DISK_FULL',
  'FORBIDDEN',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string; // "parties.0.role"
  message: string;
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, extra: { fields?: FieldError[]; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
  }
  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.fields) info.fields = this.fields;
    if (this.details !== undefined) info.details = this.details;
    return info;
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parse with a schema or throw a VALIDATION AppError whose message lists what is wrong. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrorsOf(result.error);
  const list = fields.map((f) => f.message).join('; ');
  throw new AppError('VALIDATION', `${what} is not valid: ${list}`, { fields });
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
