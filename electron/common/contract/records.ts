/** Channels for reading and writing records, their status timelines and history. */
import { z } from 'zod';
import { idSchema, INPUT_SCHEMAS, statusEventSchema } from '../domain/schemas';
import type {
  AnyRecord,
  AuditEntry,
  Dependent,
  DerivedStatus,
  IncomingLink,
  PaletteEntry,
  RecordSummary,
} from '../domain/types';
import { RECORD_KINDS, STATUS_KINDS, type RecordKind, type Status } from '../domain/vocab';
import { channel } from './define';

/** API callers send the kind's code: the message names them. */
const UNKNOWN_KIND = `Unknown record kind: send one of the codes ${RECORD_KINDS.join(', ')}`;
const kind = z.enum(RECORD_KINDS, { error: UNKNOWN_KIND });
const statusKind = z.enum(STATUS_KINDS, {
  error: `This kind of record has no status timeline: send one of the codes ${STATUS_KINDS.join(', ')}`,
});

/** A draft for any kind: the kind picks the schema. Strict: an unknown field is refused by name. */
const draftOf = <K extends RecordKind>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), draft: INPUT_SCHEMAS[kind] });
const draftByKind = z.discriminatedUnion(
  'kind',
  [
    draftOf('party'),
    draftOf('person'),
    draftOf('agreement'),
    draftOf('working_group'),
    draftOf('programme'),
    draftOf('meeting'),
  ],
  { error: UNKNOWN_KIND },
);
/** An update: the draft, which record, and (optionally) the version it was read at. */
const updateOf = <K extends RecordKind>(kind: K) =>
  draftOf(kind).extend({ id: idSchema, expectedVersion: z.number().int().positive().optional() });
const updateByKind = z.discriminatedUnion(
  'kind',
  [
    updateOf('party'),
    updateOf('person'),
    updateOf('agreement'),
    updateOf('working_group'),
    updateOf('programme'),
    updateOf('meeting'),
  ],
  { error: UNKNOWN_KIND },
);

export interface RecordTitle {
  id: string;
  kind: RecordKind;
  title: string;
  subtitle: string;
}

export interface DashboardData {
  counts: Record<RecordKind, number>;
  statusCounts: { kind: RecordKind; status: string; count: number }[];
  recentChanges: AuditEntry[];
  recentMeetings: RecordSummary[];
}

export interface AppInfo {
  name: string;
  version: string;
  databaseFile: string;
  schemaVersion: number;
  /** The SQLite library's version (the About box). */
  sqliteVersion: string;
  /**
   * Why this window can read but not change the register (another Entente owns it; it failed its integrity check),
   * in words for a banner; absent when it can be changed.
   */
  readOnly?: string;
  isEmpty: boolean;
  /** Records of each kind. */
  counts: Record<RecordKind, number>;
  transport: 'ipc' | 'preview' | 'cli';
}

/** A party a typed name (or id) stands for; see `parties.resolve`. */
export interface PartyMatch {
  id: string;
  name: string;
}

const statusFilter = z.array(z.string().max(40)).max(20).optional();

/** A list of one kind, filtered; `asOf` gives statuses and per-party dates as they stood that day. */
export const listInputSchema = z
  .object({
    kind,
    text: z.string().max(200).optional(),
    partyId: idSchema.optional(),
    statuses: statusFilter,
    subkinds: statusFilter,
    area: z.string().max(60).optional(),
    from: z.string().max(100).optional(),
    to: z.string().max(100).optional(),
    asOf: z.string().max(100).optional(),
    limit: z.number().int().positive().max(1_000_000).optional(),
  })
  .strict();

export const recordChannels = {
  'app.info': channel<AppInfo>()(z.object({}).strict(), { writes: false }),
  'demo.load': channel<{ loaded: number }>()(z.object({}).strict(), { writes: true }),
  'records.list': channel<RecordSummary[]>()(listInputSchema, { writes: false }),
  /** Titles of every record, of some kinds, or of the records named by `ids` (a record page naming what it links to). */
  'records.titles': channel<RecordTitle[]>()(
    z.object({ kinds: z.array(kind).max(6).optional(), ids: z.array(idSchema).max(1000).optional() }).strict(),
    { writes: false },
  ),
  /** Every record for the Ctrl+K palette: title, subtitle, date and counterparts (db/store/palette.ts). */
  'records.palette': channel<PaletteEntry[]>()(z.object({}).strict(), { writes: false }),
  /**
   * The parties a person means by a name: exact name, short name or native name (any case), or an id. Several when
   * the name is ambiguous, none when it names no party (the CLI's `--party Japan`).
   */
  'parties.resolve': channel<PartyMatch[]>()(
    z.object({ name: z.string().trim().min(1, { error: 'Give a party name or id' }).max(200) }).strict(),
    { writes: false },
  ),
  'records.get': channel<AnyRecord>()(z.object({ kind, id: idSchema }).strict(), { writes: false }),
  'records.create': channel<AnyRecord>()(draftByKind, { writes: true }),
  'records.update': channel<AnyRecord>()(updateByKind, { writes: true }),
  'records.delete': channel<{ deletedId: string; detachedFrom: string[] }>()(
    z
      .object({
        kind,
        id: idSchema,
        detach: z.boolean().optional(),
        expectedVersion: z.number().int().positive().optional(),
      })
      .strict(),
    { writes: true },
  ),
  'records.dependents': channel<Dependent[]>()(z.object({ id: idSchema }).strict(), { writes: false }),
  'records.incomingLinks': channel<IncomingLink[]>()(z.object({ id: idSchema }).strict(), { writes: false }),
  'records.audit': channel<AuditEntry[]>()(
    z.object({ id: idSchema, limit: z.number().int().positive().max(1000).optional() }).strict(),
    { writes: false },
  ),
  'status.add': channel<AnyRecord>()(z.object({ kind: statusKind, recordId: idSchema, event: z.unknown() }).strict(), {
    writes: true,
  }),
  'status.update': channel<AnyRecord>()(
    z.object({ kind: statusKind, recordId: idSchema, eventId: idSchema, event: z.unknown() }).strict(),
    { writes: true },
  ),
  'status.remove': channel<AnyRecord>()(
    z.object({ kind: statusKind, recordId: idSchema, eventId: idSchema }).strict(),
    { writes: true },
  ),
  'status.asOf': channel<{
    status: DerivedStatus | null;
    asOf: string;
    cutoff: string;
    undatedIgnored: number;
    /** A past as-of date: an undated status entered after the one shown (it may since have changed). */
    undatedLater: Status | null;
  }>()(
    z
      .object({ kind: statusKind, recordId: idSchema, asOf: z.string().min(1, { error: 'Give a date' }).max(100) })
      .strict(),
    { writes: false },
  ),
  'dashboard.get': channel<DashboardData>()(z.object({}).strict(), { writes: false }),
};

/** Status events are validated against the record kind's vocabulary by the store; exported for forms. */
export { statusEventSchema };
