/**
 * What a timeline report says, as a shape every language's table fills (issue 18): report-words.ts holds the
 * English table and picks one by language, report-words-it.ts the Italian. Kept apart so each table imports the
 * shape without the picker importing both (no import cycle).
 */
import type { AttachmentKind } from './attachments';
import type { DateLang, DatePrecision } from './partial-date';
import type { Reminder, ReminderKind } from './reminders';
import type { RecordKind } from './vocab';

export const REPORT_LANGS = ['en', 'it'] as const;
export type ReportLang = DateLang;

export interface ReportWords {
  lang: ReportLang;
  /** BCP 47 locale for Intl (generation time, numbers). */
  locale: string;
  /** A vocabulary code as a reader sees it ("in_force" → "In force" / "In vigore"). */
  label: (code: string) => string;
  date: (edtf: string, style?: 'short' | 'long') => string;
  attachmentKind: (kind: AttachmentKind) => string;
  reminderKind: (kind: ReminderKind) => string;
  /** A reminder's detail line (its `says` in this language; the record's own text as it is). */
  reminderText: (r: Reminder) => string;
  /** A record kind as a table cell ("working group" / "Gruppo di lavoro"). */
  recordKind: (kind: RecordKind) => string;
  /** A date's precision as a table cell (EN: the code, "day", "month"…). */
  precision: (p: DatePrecision) => string;
  /** "3 agreements" / "3 accordi". */
  kindCount: (kind: RecordKind, n: number) => string;
  events: (n: number) => string;
  kicker: string;
  headerRight: string;
  page: (x: string, y: string) => string;
  h: { timeline: string; records: string; chronology: string; undated: string; meetings: string; reminders: string };
  row: {
    scope: string;
    asOf: string;
    generated: string;
    marking: string;
    contents: string;
    report: string;
    note: string;
    sheets: string;
    dates: string;
  };
  col: Record<
    | 'date'
    | 'dateEdtf'
    | 'precision'
    | 'record'
    | 'recordKind'
    | 'event'
    | 'note'
    | 'source'
    | 'recordId'
    | 'noteAndSource'
    | 'type'
    | 'parties'
    | 'status'
    | 'statusDate'
    | 'summary'
    | 'shortTitle'
    | 'kind'
    | 'areas'
    | 'attachment'
    | 'file'
    | 'attachmentKind'
    | 'sha'
    | 'dateAsRecorded'
    | 'earliestDay'
    | 'meeting'
    | 'place'
    | 'participants'
    | 'topics'
    | 'outcomes'
    | 'reminder'
    | 'detail'
    | 'overdue'
    | 'daysFromToday',
    string
  >;
  statusAsOf: (date: string) => string;
  /** When the current status was reached: "since Mar 2021" (see report.ts statusReachedText). */
  reached: {
    /** From a single point's EDTF: "since Mar 2021" / "da mar 2021". */
    since: (edtf: string) => string;
    by: (edtf: string) => string;
    /** From a range's display: "in 2019–2021". */
    within: (text: string) => string;
    unknown: string;
  };
  notRecorded: string;
  /** Under a status as of a past date, when an undated status was entered after it (domain/status.ts rule 4). */
  mayHaveChanged: (label: string) => string;
  /** The table's footnote for `mayHaveChanged`. */
  undatedLaterNote: string;
  noRecords: string;
  noDated: string;
  undatedExplain: string;
  noMeetings: string;
  noReminders: (days: number, today: string) => string;
  overdue: string;
  yes: string;
  no: string;
  sourcePrefix: string;
  participantsPrefix: string;
  outcomePrefix: string;
  attachmentsPrefix: string;
  signedAt: (place: string) => string;
  endNote: (generated: string) => string;
  endShort: (generated: string) => string;
  chartLimit: (shown: number, total: number) => string;
  chartTitle: (title: string, part: number, parts: number) => string;
  chartPart: (part: number, parts: number, first: number, last: number, shown: number) => string;
  chartMissing: (error: string) => string;
  chartOmitted: (n: number) => string;
  milestone: (name: string) => string;
  phaseBegins: (name: string) => string;
  phaseEnds: (name: string) => string;
  aParty: string;
  undatedNote: (n: number) => string;
  asOfNote: (date: string) => string;
  sheetNames: {
    cover: string;
    records: string;
    attachments: string;
    chronology: string;
    meetings: string;
    reminders: string;
  };
  sheetsList: string;
  datesExplain: string;
  ics: {
    product: string;
    overdueSummary: string;
    overdueCategory: string;
    dueWas: (d: string) => string;
    recorded: (d: string, firstDay: boolean) => string;
    report: (t: string) => string;
    description: (marking: string, scope: string, generated: string) => string;
  };
}
