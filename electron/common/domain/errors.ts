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

/**
 * One entry per problem, its path as "parties.0.role". An unknown field (strict objects) is named
 * with its own path, one entry per field: "summary: is not a field Entente knows here".
 */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        message: `“${key}” is not a field Entente knows${path.length ? ` in ${path.join('.')}` : ''}, so it would be lost: remove it or use the field's own name`,
      }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
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
