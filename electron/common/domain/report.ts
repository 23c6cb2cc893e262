/**
 * Timeline reports: what a person may ask for (the request schema, shared by the contract, the CLI and
 * the services) and the one typed structure every renderer consumes (ReportData). Pure: the store
 * assembles ReportData once; HTML, PDF, DOCX, XLSX, CSV, ICS, JSON and the in-app view only read it.
 */
import { z } from 'zod';
import { parsePartialDate, type DatePrecision } from './partial-date';
import type { Reminder } from './reminders';
import { searchInputSchema } from './search';
import type { RecordKind } from './vocab';
import { REPORT_LANGS, reportWords, type ReportLang, type ReportWords } from './report-words';

export const REPORT_FORMATS = ['pdf', 'html', 'docx', 'xlsx', 'csv', 'ics', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Handling markings offered as presets; any other text is accepted too (national markings differ). */
export const MARKING_PRESETS = [
  'UNCLASSIFIED',
  'OFFICIAL',
  'OFFICIAL-SENSITIVE',
  'RESTRICTED',
  'CONFIDENTIAL',
  'SECRET',
] as const;
export const DEFAULT_MARKING = 'UNCLASSIFIED';
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const id = (field: string) => z.string().regex(ULID_RE, { error: `${field} is not a valid record id` });
const ids = (field: string, max = 500) =>
  z
    .array(id(field), { error: `${field} must be a list of ids` })
    .max(max)
    .optional();

/** The most records one report request may name: a list view as a timeline (a whole register of thousands). */
export const REPORT_MAX_RECORD_IDS = 5000;

/** A typed partial date ("2019", "Jan 2021"); kept as typed so the scope reads back the way it was asked. */
const typedDate = (field: string) =>
  z
    .string()
    .trim()
    .max(100)
    .optional()
    .superRefine((text, ctx) => {
      if (!text) return;
      const parsed = parsePartialDate(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${field}: ${parsed.error}` });
      else if (parsed.value.from === null)
        ctx.addIssue({ code: 'custom', message: `${field}: give a date, e.g. "2019" or "Jan 2021"` });
    })
    .transform((text) => (text ? text : undefined));

export const reportRequestSchema = z
  .object({
    /** Selected records (agreements, working groups, programmes, meetings). Empty or absent: no id filter. */
    recordIds: ids('Selected record', REPORT_MAX_RECORD_IDS),
    /** Records involving these parties (or any of their sub-parties). */
    partyIds: ids('Party'),
    /** "all": every listed party must be involved (an Italy–Japan report); "any": at least one. */
    partyMatch: z.enum(['all', 'any']).optional().default('all'),
    programmeId: id('Programme').optional(),
    workingGroupId: id('Working group').optional(),
    /**
     * The records a search finds: the search page's question, filters, removed date chips and mode, all of its
     * results (not a page of them). Parties and people found are left out (they have no timeline of their own).
     */
    search: searchInputSchema
      .pick({ query: true, filters: true, datesAsText: true, mode: true, today: true })
      .optional(),
    from: typedDate('From'),
    to: typedDate('To'),
    asOf: typedDate('As of'),
    includePartyEvents: z.boolean().optional().default(false),
    includeMeetings: z.boolean().optional().default(true),
    /** Reminders section: dates due within this many days of the generation day (overdue ones too). */
    reminderDays: z.number().int().min(0).max(3660).optional().default(365),
    title: z.string().trim().max(200, { error: 'Title must be at most 200 characters' }).optional(),
    marking: z
      .string()
      .trim()
      .max(120, { error: 'Marking must be at most 120 characters' })
      .optional()
      .transform((m) => (m ? m : DEFAULT_MARKING)),
    pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter' }).optional().default('A4'),
    /** The report's language (headings, labels, dates; report-words.ts). The app sends its interface language. */
    lang: z.enum(REPORT_LANGS, { error: 'Language must be en or it' }).optional().default('en'),
  })
  .strict();

export type ReportRequestInput = z.input<typeof reportRequestSchema>;
export type ReportRequest = z.output<typeof reportRequestSchema>;

/** Status families drive the chart colours and patterns (greyscale-safe). */
export const STATUS_CATEGORIES = ['active', 'negotiation', 'paused', 'ended', 'planned', 'other'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

const CATEGORY_OF: Record<string, StatusCategory> = {
  in_force: 'active',
  provisionally_applied: 'active',
  signed: 'active',
  awaiting_entry_into_force: 'active',
  active: 'active',
  established: 'active',
  development: 'active',
  production: 'active',
  in_service: 'active',
  held: 'active',
  proposed: 'negotiation',
  under_negotiation: 'negotiation',
  text_agreed: 'negotiation',
  concept: 'negotiation',
  negotiation: 'negotiation',
  suspended: 'paused',
  on_hold: 'paused',
  dormant: 'paused',
  postponed: 'paused',
  expired: 'ended',
  terminated: 'ended',
  superseded: 'ended',
  closed: 'ended',
  cancelled: 'ended',
  dissolved: 'ended',
  planned: 'planned',
};
export function statusCategory(status: string): StatusCategory {
  return CATEGORY_OF[status] ?? 'other';
}
export const CATEGORY_LABELS: Record<StatusCategory, string> = {
  active: 'Active / in force',
  negotiation: 'Proposed / in negotiation',
  paused: 'Suspended / on hold',
  ended: 'Ended',
  planned: 'Planned',
  other: 'Other',
};

/** A date as stored (EDTF) and as a person reads it ("Jan 2021", "c. 2022", "unknown"). */
export interface ReportDate {
  edtf: string;
  text: string;
}

/**
 * When a record's current status was reached, as a report's status column says it: "since Mar 2021"; "since 2019"
 * for an open start ("from 2019"), "by 2019" for an open end ("until 2019"), "in 2019–2021" for a range, "date
 * unknown" for an undated status. `date.text` is the display form of `date.edtf` (dates/point.ts formatPoints), so a
 * plain "since" before it would read "since from 2019" or "since until 2019" (a tester's finding).
 */
export function statusReachedText(date: ReportDate, words: ReportWords = reportWords('en')): string {
  const { since, by, within, unknown } = words.reached;
  if (date.edtf === 'XXXX') return unknown;
  // The open forms' own opening word ("from", "until"; Italian "dal", "fino al"…) gives way to ours.
  if (date.edtf.endsWith('/..')) return since(date.edtf.slice(0, -3));
  if (date.edtf.startsWith('../')) return by(date.edtf.slice(3));
  if (date.edtf.includes('/')) return within(date.text);
  return since(date.edtf);
}

/**
 * Under a status as of a past date: "* may since have changed: Superseded, date unknown" when an undated status
 * was entered after it (domain/status.ts rule 4, `undatedLater`), else ''. Every report format shows it under
 * the status and `undatedLaterNote` once under its table (`hasUndatedLater`).
 */
export function undatedLaterText(r: Pick<ReportRecord, 'status'>, words: ReportWords = reportWords('en')): string {
  return r.status?.undatedLater ? words.mayHaveChanged(r.status.undatedLater) : '';
}

/** True when some record's status may since have changed: its table then carries `undatedLaterNote`. */
export function hasUndatedLater(records: readonly Pick<ReportRecord, 'status'>[]): boolean {
  return records.some((r) => r.status?.undatedLater);
}

export type ReportEventKind = 'status' | 'party' | 'milestone' | 'phase' | 'meeting';

export interface ReportEvent {
  id: string;
  kind: ReportEventKind;
  date: ReportDate;
  /** "Signed", "Italy: ratification", "Milestone: first flight". */
  label: string;
  /** Status value for status events (drives colour); '' otherwise. */
  status: string;
  note: string;
  source: string;
}

export interface ReportPeriod {
  status: string;
  label: string;
  category: StatusCategory;
  start: ReportDate;
  /** null: still current (at generation time or the as-of date). */
  end: ReportDate | null;
  /** Set when an undated status followed: the period ended at a date nobody recorded. */
  endUnknown?: boolean;
  /** Set on an undated current status: it began at an unknown date after the period that opened here. */
  startsAfter?: ReportDate;
}

export interface ReportRecord {
  id: string;
  kind: RecordKind;
  kindLabel: string;
  /** Sub-type label: "Technical arrangement", "JWG session". */
  typeLabel: string;
  title: string;
  shortTitle: string;
  partyNames: string[];
  areas: string[];
  summary: string;
  /** Status now, or as of the report's as-of date. */
  status: {
    status: string;
    label: string;
    category: StatusCategory;
    date: ReportDate;
    /**
     * As of a past date only: the label of an undated status entered after this one ("Superseded"); it happened
     * at a date nobody recorded, so the status may since have changed (domain/status.ts rule 4).
     */
    undatedLater?: string;
  } | null;
  periods: ReportPeriod[];
  /** Every event of the record in scope, in timeline order (undated first, as the model orders them). */
  events: ReportEvent[];
  /** The documents kept with the record (not removed): title, file, kind, date and the start of their SHA-256. */
  attachments: ReportAttachment[];
  /** Typed links both ways, as read from this record: "Merged into" GCAP, "Absorbed" Tempest. */
  links: { words: string; title: string; kindLabel: string }[];
  /** Titles in other languages, "Japanese: …". */
  alternateTitles: string[];
  /** An agreement's place of signature; '' when unknown or not an agreement. */
  placeOfSignature: string;
}

export interface ReportAttachment {
  title: string;
  fileName: string;
  kindLabel: string;
  /** Readable partial date, '' when unknown. */
  date: string;
  /** The first 12 hex digits of the current version's SHA-256: enough to tell copies apart on paper. */
  hashPrefix: string;
}

/**
 * One attachment as a line of report text, the same in every format that writes it as prose (HTML/PDF, Word):
 * `Signed text “TA signed.pdf”, Jan 2021, SHA-256 1c8964b60466…` — the file name in brackets when the title differs.
 */
export function attachmentLine(a: ReportAttachment): string {
  // kindLabel and date come already in the report's language (records.ts attachmentsOf).
  return [
    `${a.kindLabel} “${a.title}”${a.fileName && a.fileName !== a.title ? ` (${a.fileName})` : ''}`,
    a.date,
    `SHA-256 ${a.hashPrefix}…`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A record's attachments as one paragraph ("Attachments: …; …"), '' when it has none. */
export function attachmentsText(
  attachments: readonly ReportAttachment[],
  words: ReportWords = reportWords('en'),
): string {
  return attachments.length === 0 ? '' : `${words.attachmentsPrefix}${attachments.map(attachmentLine).join('; ')}`;
}

export interface ChronologyRow {
  date: ReportDate;
  precision: DatePrecision;
  recordId: string;
  recordKind: RecordKind;
  recordTitle: string;
  event: string;
  note: string;
  source: string;
}

export interface ReportMeeting {
  id: string;
  title: string;
  typeLabel: string;
  date: ReportDate;
  place: string;
  status: string;
  participants: string[];
  topics: string[];
  summary: string;
  outcomes: string[];
}

export interface ReportScope {
  /** One sentence: "Records involving Italy and Japan (incl. sub-parties), all dates." */
  description: string;
  /** The same, one criterion per line, for the scope block. */
  lines: string[];
  request: ReportRequest;
}

export interface ReportData {
  version: 1;
  /** The language every word of the report is in (report-words.ts). */
  lang: ReportLang;
  title: string;
  marking: string;
  pageSize: PageSize;
  /** ISO instant and a readable form in the generating machine's time zone. */
  generatedAt: string;
  generatedAtText: string;
  /** The day reminders count from and the chart's "today" line (local calendar day). */
  today: string;
  asOf: { edtf: string; text: string; cutoff: string } | null;
  range: { from: string | null; to: string | null; text: string } | null;
  scope: ReportScope;
  records: ReportRecord[];
  /** Dated events in chronological order. */
  chronology: ChronologyRow[];
  /** Events whose date is unknown: listed apart instead of being placed wrongly. */
  undated: ChronologyRow[];
  meetings: ReportMeeting[];
  reminders: Reminder[];
  /** What the scope left out that a reader should know about ("2 undated events outside the date range"). */
  notes: string[];
}
