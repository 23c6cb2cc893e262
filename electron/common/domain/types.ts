/**
 * Domain types: what the store returns and the contract sends to the UI. They are the
 * parsed (output) shapes of the input schemas, plus identity and bookkeeping, with every
 * nested row's id assigned. Dates are canonical EDTF strings (see partial-date.ts).
 */
import type { z } from 'zod';
import type * as S from './schemas';
import type { LinkKind, RecordKind, Status, StatusKind } from './vocab';

/** A nested row as stored: the store has assigned its id. */
type Assigned<T> = T extends { id: string | null } ? Omit<T, 'id'> & { id: string } : T;

export interface RecordMeta<K extends RecordKind> {
  id: string;
  kind: K;
  createdAt: string; // ISO instant
  updatedAt: string;
  version: number; // bumps on every write; used for optimistic concurrency and merge
}

export interface StatusEvent {
  id: string;
  status: Status;
  date: string; // EDTF
  note: string;
  source: string;
}

export type PartyDraft = z.output<typeof S.partyInput>;
export type PersonDraft = z.output<typeof S.personInput>;
export type AgreementDraft = z.output<typeof S.agreementInput>;
export type WorkingGroupDraft = z.output<typeof S.workingGroupInput>;
export type ProgrammeDraft = z.output<typeof S.programmeInput>;
export type MeetingDraft = z.output<typeof S.meetingInput>;

export type PartyEvent = Assigned<z.output<typeof S.partyEventInput>>;
export type AgreementParty = Omit<Assigned<z.output<typeof S.agreementPartyInput>>, 'events'> & {
  events: PartyEvent[];
};
export type WorkingGroupSession = Assigned<z.output<typeof S.workingGroupSessionInput>>;
export type Phase = Assigned<z.output<typeof S.phaseInput>>;
export type Milestone = Assigned<z.output<typeof S.milestoneInput>>;
export type ActionItem = Assigned<z.output<typeof S.actionItemInput>>;

export type Party = RecordMeta<'party'> & PartyDraft;
export type Person = RecordMeta<'person'> & PersonDraft;
export type Agreement = RecordMeta<'agreement'> &
  Omit<AgreementDraft, 'parties' | 'statusEvents'> & { parties: AgreementParty[]; statusEvents: StatusEvent[] };
export type WorkingGroup = RecordMeta<'working_group'> &
  Omit<WorkingGroupDraft, 'sessions' | 'statusEvents'> & {
    sessions: WorkingGroupSession[];
    statusEvents: StatusEvent[];
  };
export type Programme = RecordMeta<'programme'> &
  Omit<ProgrammeDraft, 'phases' | 'milestones' | 'statusEvents'> & {
    phases: Phase[];
    milestones: Milestone[];
    statusEvents: StatusEvent[];
  };
export type Meeting = RecordMeta<'meeting'> &
  Omit<MeetingDraft, 'actionItems' | 'statusEvents'> & { actionItems: ActionItem[]; statusEvents: StatusEvent[] };

export interface RecordByKind {
  party: Party;
  person: Person;
  agreement: Agreement;
  working_group: WorkingGroup;
  programme: Programme;
  meeting: Meeting;
}
export type AnyRecord = RecordByKind[RecordKind];

export interface DraftByKind {
  party: PartyDraft;
  person: PersonDraft;
  agreement: AgreementDraft;
  working_group: WorkingGroupDraft;
  programme: ProgrammeDraft;
  meeting: MeetingDraft;
}
/** What a form or the CLI sends before parsing (dates as typed text). */
export interface InputByKind {
  party: z.input<typeof S.partyInput>;
  person: z.input<typeof S.personInput>;
  agreement: z.input<typeof S.agreementInput>;
  working_group: z.input<typeof S.workingGroupInput>;
  programme: z.input<typeof S.programmeInput>;
  meeting: z.input<typeof S.meetingInput>;
}

/** The derived status of a record: never stored, always computed from its events. */
export interface DerivedStatus {
  status: Status;
  date: string; // EDTF of the deciding event (or of the meeting, when its date decides)
  eventId: string | null; // null when no event decides: a meeting whose status follows its date
}

/** One row of a record list: enough to show, sort and filter without loading the aggregate. */
export interface RecordSummary {
  id: string;
  kind: RecordKind;
  title: string;
  subtitle: string; // kind label, short title, place…
  date: string; // EDTF: the record's own date (meeting date, first status date…) or 'XXXX'
  status: DerivedStatus | null;
  partyIds: string[];
  partyNames: string[];
  areas: string[];
  updatedAt: string;
  /**
   * The other side (the register's home party is set): each counterpart as its top-level party ("Japan", not
   * "Ministry of Defense of Japan"), in the order they are involved. Absent when no home party is chosen.
   */
  counterparts?: { id: string; name: string }[];
  /** Agreements: each party's own signature, ratification (or approval) and entry into force, our side first. */
  partyDates?: PartyDates[];
  /**
   * As of a past date only: an undated status (this one) was entered after the one shown, so the status "may since
   * have changed" (domain/status.ts rule 4, `undatedLater`).
   */
  statusUndatedLater?: Status;
}

/** One party's own dates on an agreement, as treaty databases list them (EDTF; absent when not recorded). */
export interface PartyDates {
  partyId: string;
  /** The party as listed ("Ministry of Defense of Japan") and the side it stands for ("Japan"). */
  name: string;
  sideName: string;
  side: 'home' | 'counterpart' | 'unknown';
  signature?: string;
  ratification?: string;
  entryIntoForce?: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  recordId: string;
  recordKind: RecordKind;
  action: 'create' | 'update' | 'delete';
  summary: string;
  before: AnyRecord | null;
  after: AnyRecord | null;
  /** The record's title, where before/after are left out (the dashboard's recent changes). */
  recordTitle?: string;
}

export interface Dependent {
  id: string;
  kind: RecordKind;
  title: string;
  relation: string; // "signatory of", "session 3 of"…
}

export type { StatusKind };

/** A link another record makes to this one: "Tempest (sourceId) merged_into (kind) → this", read here as `inverse`. */
export interface IncomingLink {
  sourceId: string;
  kind: LinkKind;
  /** Vocabulary key of the wording from this side: "absorbed", "amended_by"… */
  inverse: string;
}

/** A record as the Ctrl+K palette lists it: the title and what tells similar titles apart. */
export interface PaletteEntry {
  id: string;
  kind: RecordKind;
  title: string;
  subtitle: string;
  /** EDTF: the record's own date (as search shows it), 'XXXX' when unknown. */
  date: string;
  /** The other side's top-level parties (every party's, when no home party is set), in first-seen order. */
  counterparts: string[];
}
