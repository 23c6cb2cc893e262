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

/** What one row of each list of a record is called, for messages that must say which row is wrong. */
const ROW_NOUNS: Record<string, string> = {
  participants: 'Participant',
  parties: 'Party',
  partners: 'Partner',
  statusEvents: 'Status event',
  sessions: 'Session',
  phases: 'Phase',
  milestones: 'Milestone',
  actionItems: 'Action item',
  links: 'Link',
  events: 'party event',
  topics: 'Topic',
  outcomes: 'Outcome',
  linkedIds: 'Linked record',
  tags: 'Tag',
};

/**
 * The rows an issue path goes through, as a person counts them: `participants.1.personId` → "Participant 2",
 * `parties.0.events.2.date` → "Party 1, party event 3"; null when the path is not inside a row.
 */
export function rowNameOf(path: readonly PropertyKey[]): string | null {
  const names: string[] = [];
  path.forEach((segment, i) => {
    const noun = ROW_NOUNS[String(path[i - 1])];
    if (typeof segment === 'number' && noun) names.push(`${noun} ${segment + 1}`);
  });
  return names.length ? names.join(', ') : null;
}

/**
 * Field errors of a zod error, one entry per problem, its path as "parties.0.role"; a message about a row starts
 * with the row's name ("Participant 2: …"). An unknown field (strict objects) is named with its own path, one entry
 * per field: "“summary” is not a field Entente knows …".
 */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    const row = rowNameOf(issue.path);
    const inRow = (message: string) => (row ? `${row}: ${message}` : message);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        // The message names the path itself (a programme or a bundle, not a form row, sends unknown fields).
        message: `“${key}” is not a field Entente knows${path.length ? ` in ${path.join('.')}` : ''}, so it would be lost: remove it or use the field's own name`,
      }));
    }
    return [{ path: path.join('.'), message: inRow(issue.message) }];
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
