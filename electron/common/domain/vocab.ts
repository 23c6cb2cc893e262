/**
 * Controlled vocabularies. Every list is a `const` tuple so that zod enums, SQL CHECK
 * constraints (see the initial migration) and UI pickers all come from one place.
 * Labels are English display names; the renderer's i18n layer may override them by key.
 */

export const RECORD_KINDS = ['party', 'person', 'agreement', 'working_group', 'programme', 'meeting'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Record kinds that carry a status timeline. Parties and people do not. */
export const STATUS_KINDS = ['agreement', 'working_group', 'programme', 'meeting'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

export const STATUSES = {
  agreement: [
    'proposed',
    'under_negotiation',
    'text_agreed',
    'signed',
    'awaiting_entry_into_force',
    'provisionally_applied',
    'in_force',
    'suspended',
    'expired',
    'terminated',
    'superseded',
  ],
  // "Announced" (made public, e.g. GCAP in Dec 2022) comes before partners negotiate; "launched" (formally begun, by
  // treaty or contract) after they agree and before development work.
  programme: [
    'concept',
    'announced',
    'negotiation',
    'launched',
    'development',
    'production',
    'in_service',
    'on_hold',
    'closed',
    'cancelled',
  ],
  working_group: ['proposed', 'established', 'active', 'dormant', 'dissolved'],
  meeting: ['planned', 'held', 'postponed', 'cancelled'],
} as const satisfies Record<StatusKind, readonly string[]>;
export type StatusOf<K extends StatusKind> = (typeof STATUSES)[K][number];
export type Status = StatusOf<StatusKind>;

export const PARTY_KINDS = [
  'state',
  'ministry',
  'armed_service',
  'agency',
  'international_organisation',
  'company',
  'other',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const AGREEMENT_KINDS = [
  'treaty',
  'mou',
  'technical_arrangement',
  'implementing_arrangement',
  'letter_of_intent',
  'exchange_of_notes',
  'framework_agreement',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const COOPERATION_AREAS = [
  'training',
  'research_and_development',
  'procurement',
  'exercises',
  'information_security',
  'logistics',
  'industrial_cooperation',
  'defence_policy',
  'intelligence',
  'medical',
  'cyber',
  'space',
  'other',
] as const;
export type CooperationArea = (typeof COOPERATION_AREAS)[number];

export const TERM_KINDS = ['unknown', 'fixed', 'automatic_renewal', 'indefinite'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const AGREEMENT_PARTY_ROLES = ['signatory', 'beneficiary', 'depositary', 'observer'] as const;
export type AgreementPartyRole = (typeof AGREEMENT_PARTY_ROLES)[number];

/** Events that happen to one party of an agreement (its own signature, ratification…). */
export const PARTY_EVENT_KINDS = [
  'signature',
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'formal_confirmation',
  'succession',
  'provisional_application',
  'entry_into_force',
  'withdrawal',
  'notification',
] as const;
export type PartyEventKind = (typeof PARTY_EVENT_KINDS)[number];

/**
 * Party events that express a party's consent to be bound, and so count like ratification (Vienna Convention on the
 * Law of Treaties art. 11-16; the UN Treaty Collection lists them as "Ratification, Accession (a), Acceptance (A),
 * Approval (AA), Formal confirmation (c), Succession (d)").
 */
export const CONSENT_EVENT_KINDS = [
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'formal_confirmation',
  'succession',
] as const satisfies readonly PartyEventKind[];

/**
 * Typed links from one record to another of any kind, read "source <kind> target": "Tempest merged into GCAP".
 * LINK_INVERSES gives the words seen from the target's side ("GCAP absorbed Tempest").
 */
export const LINK_KINDS = [
  'implements',
  'amends',
  'supersedes',
  'merged_into',
  'succeeds',
  'founded_by',
  'related',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** How a record's dependents list names a link made to it ("links to it: merged into"); shown under Links instead. */
export const LINK_RELATION = 'links to it';
export const LINK_INVERSES: Record<LinkKind, string> = {
  implements: 'implemented_by',
  amends: 'amended_by',
  supersedes: 'superseded_by',
  merged_into: 'absorbed',
  succeeds: 'succeeded_by',
  founded_by: 'founded',
  related: 'related',
};

export const PROGRAMME_KINDS = [
  'development',
  'procurement',
  'industrial_cooperation',
  'research',
  'training',
  'other',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const PROGRAMME_PARTNER_ROLES = [
  'lead',
  'partner',
  'strategic_partner',
  'prospective_partner',
  'observer',
] as const;
export type ProgrammePartnerRole = (typeof PROGRAMME_PARTNER_ROLES)[number];

export const WORKING_GROUP_PARTY_ROLES = ['co_chair', 'member', 'observer'] as const;
export type WorkingGroupPartyRole = (typeof WORKING_GROUP_PARTY_ROLES)[number];

export const MEETING_KINDS = [
  'ministerial_bilateral',
  'state_visit',
  'jwg_session',
  'staff_talks',
  'call',
  'conference',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const ACTION_ITEM_STATES = ['open', 'done', 'dropped'] as const;
export type ActionItemState = (typeof ACTION_ITEM_STATES)[number];

/** Turns a vocabulary key into an English label: "under_negotiation" → "Under negotiation". */
const SPECIAL_LABELS: Record<string, string> = {
  mou: 'MoU',
  jwg_session: 'JWG session',
  research_and_development: 'Research and development',
  co_chair: 'Co-chair',
};
export function labelOf(key: string): string {
  const special = SPECIAL_LABELS[key];
  if (special) return special;
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function isStatusKind(kind: RecordKind): kind is StatusKind {
  return (STATUS_KINDS as readonly string[]).includes(kind);
}
