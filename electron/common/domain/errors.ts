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

/**
 * What a message says, as data (issue 18): `key` names its wording in the problem table
 * (electron/common/domain/words/problems.ts) and `values` fill it. The English `message` stays for the CLI, logs
 * and any key a table lacks; the renderer words the key in the window's language. Values named `field`, `kind`,
 * `options` (codes joined by "|") and `damage` are themselves words the table translates.
 */
export type ProblemValues = Record<string, string | number>;
export interface Worded {
  message: string;
  key?: string;
  values?: ProblemValues;
}

export interface FieldError extends Worded {
  path: string; // "parties.0.role"
}

export interface ErrorInfo extends Worded {
  code: ErrorCode;
  fields?: FieldError[];
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly details: unknown;
  readonly key: string | undefined;
  readonly values: ProblemValues | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldError[]; details?: unknown; key?: string; values?: ProblemValues } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
    this.key = extra.key;
    this.values = extra.values;
  }
  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.key) info.key = this.key;
    if (this.values) info.values = this.values;
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
  const names = rowStepsOf(path).map(({ list, n }) => `${ROW_NOUNS[list]} ${n}`);
  return names.length ? names.join(', ') : null;
}

/**
 * The rows a path goes through as data, for wording them in another language: `parties.0.events.2.date` →
 * [{list: 'parties', n: 1}, {list: 'events', n: 3}] (n counted from 1). Accepts "a.0.b" strings too.
 */
export function rowStepsOf(path: readonly PropertyKey[] | string): { list: string; n: number }[] {
  const segments = typeof path === 'string' ? path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : path;
  const steps: { list: string; n: number }[] = [];
  segments.forEach((segment, i) => {
    const list = String(segments[i - 1]);
    if (typeof segment === 'number' && ROW_NOUNS[list]) steps.push({ list, n: segment + 1 });
  });
  return steps;
}

/** The field a path ends in ("parties.0.role" → "role"), or null when it ends in a row or is empty. */
function fieldOf(path: readonly PropertyKey[]): string | null {
  const last = path.at(-1);
  return typeof last === 'string' ? last : null;
}

/**
 * The wording of one zod issue as data (issue 18): which reason, with which values. Only reasons our schemas give
 * in a known form get a key; any other message is kept in English (the renderer then shows it as it is).
 */
function wordingOf(issue: z.core.$ZodIssue): Pick<FieldError, 'key' | 'values'> {
  const field = fieldOf(issue.path);
  const withField = (key: string, values: ProblemValues = {}) => (field ? { key, values: { field, ...values } } : {});
  switch (issue.code) {
    case 'invalid_type':
      return /is required$/.test(issue.message) ? withField('zod.required') : withField('zod.wrongType');
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return withField('zod.required');
      return issue.origin === 'number' ? withField('zod.tooSmall', { min: Number(issue.minimum) }) : {};
    case 'too_big':
      if (issue.origin === 'string') return withField('zod.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return withField('zod.tooMany', { max: Number(issue.maximum) });
      return issue.origin === 'number' ? withField('zod.tooBig', { max: Number(issue.maximum) }) : {};
    case 'invalid_value':
      return withField('zod.choose', { options: issue.values.map(String).join('|') });
    case 'invalid_format':
      return withField('zod.notValid');
    case 'custom': {
      const params = issue.params as { key?: unknown; values?: ProblemValues } | undefined;
      return typeof params?.key === 'string' ? withField(`zod.${params.key}`, params.values) : {};
    }
    default:
      return {};
  }
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
        key: path.length ? 'zod.unknownFieldIn' : 'zod.unknownField',
        values: { name: key, in: path.join('.') },
      }));
    }
    return [{ path: path.join('.'), message: inRow(issue.message), ...wordingOf(issue) }];
  });
}

/** Parse with a schema or throw a VALIDATION AppError whose message lists what is wrong. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrorsOf(result.error);
  const list = fields.map((f) => f.message).join('; ');
  // `invalid` words the whole from its fields' own wordings (the English `what` names the thing sent).
  throw new AppError('VALIDATION', `${what} is not valid: ${list}`, { fields, key: 'invalid' });
}
