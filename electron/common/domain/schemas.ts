/**
 * zod schemas for every input that crosses a boundary (contract, CLI, import), and the
 * domain types inferred from them. Dates arrive as typed text ("Jan 2021", "c. 2019") and
 * leave parsing as canonical EDTF strings, so the store only ever sees valid, sortable dates.
 * Messages are written for the person at the form: they name the field and say what to do.
 * Naming: `kind` is a record's kind (agreement, meeting…); `type` is its sub-type within
 * that kind (technical arrangement, JWG session…).
 */
import { z } from 'zod';
import { isEdtf, parsePartialDate } from './partial-date';
import { LIMITS, optionalLine, optionalText, requiredText } from './text-fields';
import {
  ACTION_ITEM_STATES,
  AGREEMENT_KINDS,
  AGREEMENT_PARTY_ROLES,
  COOPERATION_AREAS,
  LINK_KINDS,
  MEETING_KINDS,
  PARTY_EVENT_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  PROGRAMME_PARTNER_ROLES,
  STATUSES,
  TERM_KINDS,
  WORKING_GROUP_PARTY_ROLES,
  labelOf,
  type StatusKind,
} from './vocab';

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const idSchema = z.string({ error: 'An id is required' }).regex(ULID_RE, { error: 'Not a valid record id' });

/**
 * "Choose an agreement type: Treaty, MoU, … — send one of the codes treaty, mou, …". The labels are what a person
 * picks from in the UI; API, CLI `--json` and bundle callers must send the code, which the label alone does not
 * tell them ("MoU" is refused, "mou" accepted), so the message names both.
 */
function enumOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
  const labels = values.map(labelOf).join(', ');
  return z.enum(values, { error: `Choose ${article} ${what}: ${labels} — send one of the codes ${values.join(', ')}` });
}

/**
 * Objects are strict everywhere: a field this version does not know is refused by name (see
 * fieldErrorsOf), never dropped — "summary" sent for a programme, which calls it "description",
 * would otherwise be lost without a word. Keys are compared as own keys, so "constructor",
 * "toString" or "__proto__" are unknown fields like any other.
 */
const object = z.strictObject;

let readingStored = 0;

/**
 * Runs `parse` over values that are already canonical — what a schema produced before (the store re-checking a write
 * the contract parsed, a record read back to be patched, a bundle) — instead of text a person typed: a date that is
 * canonical EDTF is kept as it is. Typed text and EDTF can read differently ("2024-33" typed is the years 2024–2033;
 * as EDTF, ISO 8601-2's first quarter of 2024), and reading a stored value as typed text changed quarters, halves,
 * "early 2025" and some seasons into spans of years on every save. Synchronous: zod's parse runs inside.
 */
export function asStored<T>(parse: () => T): T {
  readingStored++;
  try {
    return parse();
  } finally {
    readingStored--;
  }
}

/**
 * A typed partial date → canonical EDTF. Blank means unknown. Inside `asStored`, canonical EDTF is taken as it is.
 */
export function dateSchema(field: string) {
  return z
    .string({ error: `${field} must be a date such as "2019", "Jan 2021" or "15 Jan 2021"` })
    .max(100, { error: `${field} is too long to be a date` })
    .nullish()
    .transform((input, ctx) => {
      if (readingStored > 0 && input && isEdtf(input)) return input;
      const parsed = parsePartialDate(input ?? '');
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `${field}: ${parsed.error}`, params: { key: 'badDate' } });
        return z.NEVER;
      }
      return parsed.value.edtf;
    });
}

const optionalId = (field: string) =>
  z
    .string()
    .regex(ULID_RE, { error: `${field} is not a valid record id` })
    .nullish()
    .transform((v) => v ?? null);

function listOf<T extends z.ZodType>(item: T, field: string) {
  return z
    .array(item, { error: `${field} must be a list` })
    .max(LIMITS.list, { error: `${field} may hold at most ${LIMITS.list} entries` })
    .nullish()
    .transform((v) => v ?? []);
}

const tagsSchema = listOf(requiredText('Tag', 60), 'Tags').transform((tags) => [...new Set(tags)]);

export function statusEventSchema(kind: StatusKind) {
  return object({
    id: optionalId('Status event id'),
    status: enumOf(STATUSES[kind] as unknown as readonly [string, ...string[]], 'status'),
    date: dateSchema('Status date'),
    note: optionalText('Note'),
    source: optionalLine('Source', LIMITS.title),
  });
}

const statusEvents = (kind: StatusKind) => listOf(statusEventSchema(kind), 'Status events');

/** A typed link to another record of any kind: "this record <kind> target" (merged into, amends…). */
export const linkInput = object({
  targetId: idSchema,
  kind: enumOf(LINK_KINDS, 'link kind'),
});

/** A record's links; the same link (target and kind) twice is refused at the second. */
const linksSchema = listOf(linkInput, 'Links').superRefine((links, ctx) => {
  const seen = new Set<string>();
  links.forEach((l, i) => {
    const key = `${l.targetId} ${l.kind}`;
    if (seen.has(key))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'targetId'],
        message: 'This link is already listed: remove the copy',
        params: { key: 'duplicateLink' },
      });
    seen.add(key);
  });
});

/** A title in another language (a treaty's authentic text in each party's language): "Japanese" → "…協定". */
export const alternateTitleInput = object({
  language: requiredText('Language', 60),
  title: requiredText('Title in another language'),
});
const alternateTitles = listOf(alternateTitleInput, 'Titles in other languages');

/** Fields every kind has: links to other records and titles in other languages. */
const shared = { links: linksSchema, alternateTitles };

export const partyInput = object({
  name: requiredText('Name'),
  shortName: optionalLine('Short name', LIMITS.short),
  nativeName: optionalLine('Native name', LIMITS.short),
  type: enumOf(PARTY_KINDS, 'party type'),
  parentId: optionalId('Parent party'),
  notes: optionalText('Notes', LIMITS.longText),
  ...shared,
  tags: tagsSchema,
});

export const personInput = object({
  name: requiredText('Name'),
  familyName: optionalLine('Family name', LIMITS.short),
  nativeName: optionalLine('Native name', LIMITS.short),
  roleTitle: optionalLine('Role', LIMITS.title),
  partyId: optionalId('Party'),
  roleFrom: dateSchema('In role from'),
  roleTo: dateSchema('In role until'),
  notes: optionalText('Notes', LIMITS.longText),
  ...shared,
  tags: tagsSchema,
});

export const partyEventInput = object({
  id: optionalId('Party event id'),
  kind: enumOf(PARTY_EVENT_KINDS, 'party event'),
  date: dateSchema('Party event date'),
  note: optionalText('Note'),
});

export const agreementPartyInput = object({
  id: optionalId('Agreement party id'),
  partyId: idSchema,
  role: enumOf(AGREEMENT_PARTY_ROLES, 'party role'),
  events: listOf(partyEventInput, 'Party events'),
});

export const termInput = z
  .strictObject({
    kind: enumOf(TERM_KINDS, 'term'),
    expires: dateSchema('Expiry date'),
    durationMonths: z
      .number()
      .int()
      .positive({ error: 'Duration must be a positive number of months' })
      .nullish()
      .transform((v) => v ?? null),
    renewalMonths: z
      .number()
      .int()
      .positive({ error: 'Renewal period must be a positive number of months' })
      .nullish()
      .transform((v) => v ?? null),
    noticeMonths: z
      .number()
      .int()
      .min(0, { error: 'Notice period cannot be negative' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .nullish()
  .transform(
    (t) =>
      t ?? { kind: 'unknown' as const, expires: 'XXXX', durationMonths: null, renewalMonths: null, noticeMonths: null },
  );

export const agreementInput = object({
  title: requiredText('Title'),
  shortTitle: optionalLine('Short title', LIMITS.short),
  type: enumOf(AGREEMENT_KINDS, 'agreement type'),
  reference: optionalLine('Reference', LIMITS.short),
  summary: optionalText('Summary', LIMITS.longText),
  areas: listOf(enumOf(COOPERATION_AREAS, 'cooperation area'), 'Cooperation areas').transform((a) => [...new Set(a)]),
  term: termInput,
  parentId: optionalId('Parent agreement'),
  notes: optionalText('Notes', LIMITS.longText),
  parties: listOf(agreementPartyInput, 'Parties'),
  placeOfSignature: optionalLine('Place of signature', LIMITS.title),
  ...shared,
  statusEvents: statusEvents('agreement'),
  tags: tagsSchema,
});

const partyRoleInput = <T extends readonly [string, ...string[]]>(roles: T) =>
  object({ partyId: idSchema, role: enumOf(roles, 'role') });

export const workingGroupSessionInput = object({
  id: optionalId('Session id'),
  edition: z.number({ error: 'Edition must be a number' }).int().positive({ error: 'Edition must be 1 or more' }),
  meetingId: idSchema,
});

export const workingGroupInput = object({
  name: requiredText('Name'),
  shortName: optionalLine('Short name', LIMITS.short),
  mandate: optionalText('Mandate', LIMITS.longText),
  foundingAgreementId: optionalId('Founding agreement'),
  foundingProgrammeId: optionalId('Founding programme'),
  notes: optionalText('Notes', LIMITS.longText),
  parties: listOf(partyRoleInput(WORKING_GROUP_PARTY_ROLES), 'Parties'),
  sessions: listOf(workingGroupSessionInput, 'Sessions'),
  ...shared,
  statusEvents: statusEvents('working_group'),
  tags: tagsSchema,
});

export const phaseInput = object({
  id: optionalId('Phase id'),
  name: requiredText('Phase name'),
  start: dateSchema('Phase start'),
  end: dateSchema('Phase end'),
  note: optionalText('Note'),
});

export const milestoneInput = object({
  id: optionalId('Milestone id'),
  name: requiredText('Milestone name'),
  date: dateSchema('Milestone date'),
  note: optionalText('Note'),
});

export const programmeInput = object({
  name: requiredText('Name'),
  shortName: optionalLine('Short name', LIMITS.short),
  type: enumOf(PROGRAMME_KINDS, 'programme type'),
  description: optionalText('Description', LIMITS.longText),
  areas: listOf(enumOf(COOPERATION_AREAS, 'cooperation area'), 'Cooperation areas').transform((a) => [...new Set(a)]),
  notes: optionalText('Notes', LIMITS.longText),
  partners: listOf(partyRoleInput(PROGRAMME_PARTNER_ROLES), 'Partners'),
  phases: listOf(phaseInput, 'Phases'),
  milestones: listOf(milestoneInput, 'Milestones'),
  ...shared,
  statusEvents: statusEvents('programme'),
  tags: tagsSchema,
});

export const participantInput = z
  .strictObject({
    personId: optionalId('Person'),
    partyId: optionalId('Party'),
    role: optionalLine('Role', LIMITS.short),
  })
  .refine((p) => p.personId !== null || p.partyId !== null, {
    error: 'needs a person or a party',
    path: ['personId'],
  });

export const actionItemInput = object({
  id: optionalId('Action item id'),
  text: requiredText('Action item', LIMITS.text),
  owner: optionalLine('Owner', LIMITS.short),
  due: dateSchema('Due date'),
  state: enumOf(ACTION_ITEM_STATES, 'state')
    .nullish()
    .transform((s) => s ?? 'open'),
});

export const meetingInput = object({
  title: requiredText('Title'),
  type: enumOf(MEETING_KINDS, 'meeting type'),
  date: dateSchema('Date'),
  place: optionalLine('Place', LIMITS.title),
  summary: optionalText('Summary', LIMITS.longText),
  minutes: optionalText('Minutes', LIMITS.longText),
  notes: optionalText('Notes', LIMITS.longText),
  participants: listOf(participantInput, 'Participants'),
  topics: listOf(requiredText('Topic'), 'Topics'),
  outcomes: listOf(requiredText('Outcome', LIMITS.text), 'Outcomes'),
  actionItems: listOf(actionItemInput, 'Action items'),
  linkedIds: listOf(idSchema, 'Linked records').transform((ids) => [...new Set(ids)]),
  ...shared,
  statusEvents: statusEvents('meeting'),
  tags: tagsSchema,
});

export const INPUT_SCHEMAS = {
  party: partyInput,
  person: personInput,
  agreement: agreementInput,
  working_group: workingGroupInput,
  programme: programmeInput,
  meeting: meetingInput,
} as const;
