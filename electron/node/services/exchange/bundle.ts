/**
 * The exchange bundle: every record of a register as one versioned JSON document, for moving
 * data between machines (air-gapped ones included) and merging registers. Documented for
 * people and other tools by bundle.schema.json (JSON Schema 2020-12) beside this file;
 * validated on import by zod here, with the very schemas every write uses for record bodies.
 *
 * Records are the store's own snapshots: id, kind, createdAt, updatedAt, version and the
 * body with every nested row's id (status events, agreement parties and their events,
 * sessions, phases, milestones, action items), so ids stay stable across machines. Dates are
 * canonical EDTF. The audit trail is not carried: it is this machine's history, and an
 * import writes its own audit entries.
 */
import { z } from 'zod';
import { AppError, fieldErrorsOf } from '../../../common/domain/errors';
import { asStored, idSchema, INPUT_SCHEMAS } from '../../../common/domain/schemas';
import { RECORD_KINDS, type RecordKind } from '../../../common/domain/vocab';
import { ATTACHMENT_KINDS, ATTACHMENT_LIMITS, TEXT_STATES } from '../../../common/domain/attachments';
import { dateSchema } from '../../../common/domain/schemas';
import type { BundledAttachment } from '../../../../db/store';

export const BUNDLE_FORMAT = 'entente-bundle';
/** 2: adds `attachments` (their bytes travel beside the JSON in the bundle's zip). Version 1 bundles still import. */
export const BUNDLE_VERSION = 2;

const instant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time such as 2024-05-01T09:30:00.000Z',
});

/** A record's bookkeeping; its other fields (the body) are checked by the kind's strict input schema. */
const recordEnvelope = z.strictObject({
  id: idSchema,
  kind: z.enum(RECORD_KINDS, { error: `kind must be one of ${RECORD_KINDS.join(', ')}` }),
  createdAt: instant,
  updatedAt: instant,
  version: z.number({ error: 'version must be a number' }).int().positive(),
});

const bundledVersion = z
  .object({
    id: idSchema,
    version: z.number().int().positive(),
    fileName: z.string().min(1).max(255),
    mediaType: z.string().min(1).max(200),
    size: z.number().int().min(1).max(ATTACHMENT_LIMITS.maxBytes),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' }),
    addedAt: instant,
    textState: z.enum(TEXT_STATES),
    textReason: z.string().max(2_000),
    pages: z
      .array(z.object({ page: z.number().int().min(0), text: z.string().max(ATTACHMENT_LIMITS.maxTextChars) }).strict())
      .max(ATTACHMENT_LIMITS.maxPages + 1),
  })
  .strict();

const bundledAttachment = z
  .object({
    id: idSchema,
    recordId: idSchema,
    title: z.string().min(1).max(500),
    kind: z.enum(ATTACHMENT_KINDS),
    language: z.string().max(40),
    date: dateSchema('Attachment date'),
    note: z.string().max(5_000),
    createdAt: instant,
    updatedAt: instant,
    removedAt: instant.nullable(),
    versions: z.array(bundledVersion).min(1),
  })
  .strict();

const envelope = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.union([z.literal(1), z.literal(BUNDLE_VERSION)]),
    exportedAt: instant,
    schemaVersion: z.number().int().positive(),
    app: z.object({ name: z.string().max(100), version: z.string().max(100) }).optional(),
    records: z.array(z.unknown(), { error: 'records must be a list' }),
    attachments: z.array(bundledAttachment).optional(),
  })
  .strict();

export interface BundleRecord {
  id: string;
  kind: RecordKind;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The record's content as the store writes it (parsed by the kind's input schema). */
  body: Record<string, unknown>;
  /** The body exactly as it stood in the bundle, for comparing with the database. */
  raw: Record<string, unknown>;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: 1 | typeof BUNDLE_VERSION;
  exportedAt: string;
  schemaVersion: number;
  app?: { name: string; version: string };
  records: Record<string, unknown>[];
  /** Version 2: the documents kept with the records (bytes in the zip under files/<sha256>). */
  attachments?: BundledAttachment[];
}

const META_KEYS = ['id', 'kind', 'createdAt', 'updatedAt', 'version'];

/**
 * Keys present in the input that parsing dropped: a field this version does not know. An
 * import must not lose data silently, so such a bundle is refused, naming the fields.
 */
export function droppedKeys(input: unknown, output: unknown, path: string): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    if (input.length !== output.length) return [];
    return input.flatMap((item, i) => droppedKeys(item, output[i], `${path}[${i}]`));
  }
  if (input && output && typeof input === 'object' && typeof output === 'object' && !Array.isArray(input)) {
    const out = output as Record<string, unknown>;
    // Own keys only: `"constructor" in {}` is true through the prototype chain.
    return Object.entries(input as Record<string, unknown>).flatMap(([key, value]) =>
      Object.hasOwn(out, key) ? droppedKeys(value, out[key], `${path}.${key}`) : [`${path}.${key}`],
    );
  }
  return [];
}

/** A VALIDATION refusal of a bundle: the message, then up to 20 of its field problems. */
export function problem(message: string, fields: { path: string; message: string }[] = []): AppError {
  const shown = fields.slice(0, 20).map((f) => `${f.path}: ${f.message}`);
  const more = fields.length > 20 ? `; and ${fields.length - 20} more` : '';
  return new AppError('VALIDATION', shown.length ? `${message} ${shown.join('; ')}${more}` : message, {
    fields: fields.slice(0, 200),
  });
}

/** Parses bundle text: JSON, then the envelope, then every record's body. Nothing is written. */
export function parseBundleText(text: string): { bundle: Bundle; records: BundleRecord[] } {
  let json: unknown;
  try {
    // A byte-order mark (Windows editors save one) is not part of the JSON; it is invisible, so never the reason to refuse.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw problem(
      `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}), so it is not an Entente bundle.`,
    );
  }
  return parseBundle(json);
}

export function parseBundle(json: unknown): { bundle: Bundle; records: BundleRecord[] } {
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BUNDLE_FORMAT) {
    throw problem(`This file is not an Entente bundle (its "format" is not "${BUNDLE_FORMAT}").`);
  }
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    throw problem(
      `This bundle was made by a newer Entente (bundle version ${head.version}; this version reads ${BUNDLE_VERSION}). Update Entente to import it.`,
    );
  }
  const parsed = asStored(() => envelope.safeParse(json));
  if (!parsed.success) throw problem('The bundle is not valid:', fieldErrorsOf(parsed.error));
  const problems: { path: string; message: string }[] = [];
  const records: BundleRecord[] = [];
  const seen = new Set<string>();
  parsed.data.records.forEach((item, index) => {
    const where = `records[${index}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ path: where, message: 'must be a record (an object)' });
      return;
    }
    // Split by own keys (never through the prototype chain): a "__proto__" or "constructor" field
    // lands in the body like any other field, and the strict body schema refuses it by name.
    const entries = Object.entries(item);
    const meta = recordEnvelope.safeParse(Object.fromEntries(entries.filter(([key]) => META_KEYS.includes(key))));
    if (!meta.success) {
      for (const f of fieldErrorsOf(meta.error))
        problems.push({ path: f.path ? `${where}.${f.path}` : where, message: f.message });
      return;
    }
    const { id, kind, createdAt, updatedAt, version } = meta.data;
    const raw: Record<string, unknown> = Object.fromEntries(entries.filter(([key]) => !META_KEYS.includes(key)));
    if (seen.has(id)) problems.push({ path: `${where}.id`, message: `${id} appears twice in the bundle` });
    seen.add(id);
    // A bundle carries stored values: its dates are canonical EDTF, not typed text.
    const body = asStored(() => INPUT_SCHEMAS[kind].safeParse(raw));
    if (!body.success) {
      for (const f of fieldErrorsOf(body.error)) problems.push({ path: `${where}.${f.path}`, message: f.message });
      return;
    }
    // Belt and braces: the schemas are strict, so nothing should have been dropped.
    for (const path of droppedKeys(raw, body.data, where))
      problems.push({ path, message: 'is not a field Entente knows (the bundle may come from a newer version)' });
    records.push({ id, kind, createdAt, updatedAt, version, body: body.data as Record<string, unknown>, raw });
  });
  if (problems.length > 0)
    throw problem(
      `The bundle has ${problems.length} problem${problems.length > 1 ? 's' : ''} and nothing was imported:`,
      problems,
    );
  return { bundle: parsed.data as Bundle, records };
}
