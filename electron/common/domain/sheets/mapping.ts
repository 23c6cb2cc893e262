/**
 * What a sheet's columns mean, and the choices a person made about its values: the mapping the wizard builds, saves
 * as JSON and the CLI reads back (`import-sheet --map mapping.json`). Columns are named by their header text, so one
 * mapping serves every copy of a register whatever the column order. Parsed with zod, strictly: a misspelt option is
 * named instead of ignored.
 */
import { z } from 'zod';
import { PARTY_EVENT_KINDS, PARTY_KINDS, RECORD_KINDS, STATUSES, type RecordKind } from '../vocab';

/** Record kinds a sheet can hold (people are not imported from sheets). */
export const SHEET_KINDS = ['agreement', 'meeting', 'programme', 'working_group', 'party'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** Fields whose column holds plain text (or a list of words) for the record. */
export const TEXT_FIELDS = [
  'title',
  'shortTitle',
  'nativeName',
  'reference',
  'summary',
  'minutes',
  'notes',
  'place',
  'tags',
  'areas',
  'type',
  'role',
  'parent',
  'aliases',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const ALL_STATUSES = [...new Set(Object.values(STATUSES).flat())] as [string, ...string[]];

/**
 * What one column becomes:
 * - `ignore`; `key` (the column that identifies a row across imports); `id` (an Entente record id, as exported);
 * - a text field (title, type, summary…);
 * - `parties` (names, several per cell), with the role they get;
 * - `status` (a status written as a word: compared with the dates, kept as an event);
 * - `statusSince` (the date of that written status);
 * - `event` (a date column: the date of one status event, e.g. signed, in force);
 * - `partyEvent` (a date column: the same event for every party of the row, e.g. ratification);
 * - `date` (a meeting's date); `expiry` (an agreement's term expiry: a sentinel such as 31.12.9999 means none).
 */
export const targetSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('ignore') }).strict(),
  z.object({ field: z.literal('key') }).strict(),
  z.object({ field: z.literal('id') }).strict(),
  z.object({ field: z.enum(TEXT_FIELDS) }).strict(),
  z.object({ field: z.literal('parties'), role: z.string().max(40).optional() }).strict(),
  z.object({ field: z.literal('status') }).strict(),
  z.object({ field: z.literal('statusSince') }).strict(),
  z.object({ field: z.literal('event'), status: z.enum(ALL_STATUSES) }).strict(),
  z.object({ field: z.literal('partyEvent'), event: z.enum(PARTY_EVENT_KINDS) }).strict(),
  z.object({ field: z.literal('date') }).strict(),
  z.object({ field: z.literal('expiry') }).strict(),
]);
export type Target = z.infer<typeof targetSchema>;

/** Columns whose cells are dates. */
export function isDateTarget(target: Target): boolean {
  return ['statusSince', 'event', 'partyEvent', 'date', 'expiry'].includes(target.field);
}

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const columnMappingSchema = z
  .object({
    /** The header text as written in the sheet (a repeated header is "Name (2)"). */
    column: z.string().min(1).max(300),
    target: targetSchema,
    /** How numeric dates such as 03/04/2021 are written in this column; asked when the values do not decide it. */
    dateOrder: z.enum(DATE_ORDERS).optional(),
    /** Sentinel dates (31.12.9999, 9999-12-31…) read as "no end date" (true unless said otherwise). */
    sentinelIsNoEnd: z.boolean().optional(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What to do with a party name the register does not know. */
export const partyDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create'), type: z.enum(PARTY_KINDS).optional() }).strict(),
  /** The name means this existing party (remembered as its alias). */
  z.object({ action: z.literal('merge'), partyId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/) }).strict(),
  /** The name means the same as another name of this import (created once, the other remembered as alias). */
  z.object({ action: z.literal('same'), as: z.string().min(1).max(500) }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
]);
export type PartyDecision = z.infer<typeof partyDecisionSchema>;

export const MAPPING_FORMAT = 'entente-sheet-mapping';

export const mappingSchema = z
  .object({
    format: z.literal(MAPPING_FORMAT).optional(),
    version: z.literal(1).optional(),
    kind: z.enum(RECORD_KINDS).refine((k) => (SHEET_KINDS as readonly string[]).includes(k), {
      error: `Kind must be one of ${SHEET_KINDS.join(', ')}`,
    }),
    sheet: z.string().max(300).optional(),
    columns: z.array(columnMappingSchema).max(500),
    /** Vocabulary words of this sheet the register's vocabulary does not know, and the key each means. */
    values: z
      .object({
        type: z.record(z.string().max(300), z.string().max(60)).optional(),
        status: z.record(z.string().max(300), z.string().max(60)).optional(),
      })
      .strict()
      .optional(),
    parties: z
      .object({
        /** The type given to parties created by this import (default: other). */
        createAs: z.enum(PARTY_KINDS).optional(),
        /** Decisions by name as written (case and accents do not matter). */
        names: z.record(z.string().max(500), partyDecisionSchema).optional(),
      })
      .strict()
      .optional(),
    /** Rows that repeat an earlier row exactly: skipped (default) or imported too. */
    duplicates: z.enum(['skip', 'import']).optional(),
    /** Update the records imported from this earlier file (an edited copy under a new name). */
    updates: z.string().max(255).optional(),
  })
  .strict();
export type SheetMapping = z.infer<typeof mappingSchema>;

export function isSheetKind(kind: RecordKind): kind is SheetKind {
  return (SHEET_KINDS as readonly string[]).includes(kind);
}
