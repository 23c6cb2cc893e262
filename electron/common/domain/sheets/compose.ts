/**
 * A row's facts made into the record to store: a new record, or the record an earlier import (or export) made with
 * the row's facts applied. The rule a person can rely on: an import adds and corrects, it never takes away — a blank
 * cell leaves the field as it is, lists (parties, areas, tags) gain the sheet's entries, a dated event of a status
 * already there gets the sheet's date, and nothing a person added in the app is removed. So importing the same
 * file twice changes nothing, and an edited copy changes only what was edited.
 */
import { fromEdtf } from '../partial-date';
import { orderStatusEvents } from '../status';
import { INPUT_SCHEMAS } from '../schemas';
import type { AnyRecord } from '../types';
import { labelOf, type Status } from '../vocab';
import type { SheetKind } from './mapping';
import type { Problem, RowFacts } from './rows';

/** The party id a name stands for, or null when the person chose to skip it. */
export type ResolveParty = (name: string) => string | null;

export interface ComposeOptions {
  /** "gptad.csv, row 5": the source of the status events the import adds. */
  source: string;
  resolve: ResolveParty;
  /** Type of a new party row whose type column is blank. */
  partyType?: string;
}

export interface Composed {
  input: Record<string, unknown>;
  problems: Problem[];
  /** The status the record's dated events give, as the app will show it. */
  status: { status: Status; date: string } | null;
}

interface EventLike {
  id?: string | null;
  status: string;
  date: string;
  note: string;
  source: string;
}

const META = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'version']);

function bodyOf(record: AnyRecord | null): Record<string, unknown> | null {
  if (!record) return null;
  return JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(record).filter(([k]) => !META.has(k))))) as Record<
    string,
    unknown
  >;
}

/** A kind's empty record: the input schema's defaults for everything (title left blank). */
function emptyBody(kind: SheetKind): Record<string, unknown> {
  const titled = kind === 'agreement' || kind === 'meeting' ? { title: '-' } : { name: '-' };
  const typed = kind === 'working_group' ? {} : { type: 'other' };
  const body = INPUT_SCHEMAS[kind].parse({ ...titled, ...typed }) as Record<string, unknown>;
  return { ...body, [FIELD[kind].title!]: '' };
}

/** Where each generic field lives in a kind's input. */
const FIELD: Record<SheetKind, Record<string, string>> = {
  agreement: { title: 'title', shortTitle: 'shortTitle', summary: 'summary', parties: 'parties' },
  meeting: { title: 'title', summary: 'summary', parties: 'participants' },
  programme: { title: 'name', shortTitle: 'shortName', summary: 'description', parties: 'partners' },
  working_group: { title: 'name', shortTitle: 'shortName', summary: 'mandate', parties: 'parties' },
  party: { title: 'name', shortTitle: 'shortName' },
};

const DEFAULT_ROLE: Partial<Record<SheetKind, string>> = {
  agreement: 'signatory',
  programme: 'partner',
  working_group: 'member',
};

/** Sets the date of `status` in `events` (see the module comment); returns whether anything changed. */
function applyEvent(events: EventLike[], status: string, edtf: string, source: string): void {
  const same = events.filter((e) => e.status === status);
  if (same.some((e) => e.date === edtf)) return;
  const target = same.find((e) => e.date === 'XXXX') ?? same.at(-1);
  if (target) target.date = edtf;
  else events.push({ id: null, status, date: edtf, note: '', source });
}

function union(current: unknown, extra: readonly string[]): string[] {
  return [...new Set([...((current as string[] | undefined) ?? []), ...extra])];
}

/** Builds the record input for `facts` over `existing` (null: a new record). Validation is the store's. */
export function composeInput(
  kind: SheetKind,
  facts: RowFacts,
  existing: AnyRecord | null,
  options: ComposeOptions,
): Composed {
  const body = bodyOf(existing) ?? emptyBody(kind);
  const problems: Problem[] = [];
  const field = FIELD[kind];
  const set = (generic: string, value: string | undefined) => {
    if (value) body[field[generic] ?? generic] = value;
  };
  set('title', facts.text.title);
  set('shortTitle', facts.text.shortTitle);
  set('summary', facts.text.summary);
  for (const f of ['reference', 'minutes', 'notes', 'place', 'nativeName'] as const) set(f, facts.text[f]);
  const titleKey = field.title!;
  if (!body[titleKey] && facts.text.shortTitle) body[titleKey] = facts.text.shortTitle;
  if (facts.type) body.type = facts.type;
  else if (!existing && kind === 'party' && options.partyType) body.type = options.partyType;
  if (facts.tags.length && 'tags' in body) body.tags = union(body.tags, facts.tags);
  if (facts.areas.length && 'areas' in body) body.areas = union(body.areas, facts.areas);
  if (kind === 'party') {
    if (facts.text.parent) {
      const parentId = options.resolve(facts.text.parent);
      if (parentId) body.parentId = parentId;
    }
    return { input: body, problems, status: null };
  }

  // Parties: each name once, by the party it resolved to.
  const partyList = body[field.parties!] as Record<string, unknown>[];
  const rowPartyIds: string[] = [];
  for (const { name, role } of facts.parties) {
    const partyId = options.resolve(name);
    if (!partyId || rowPartyIds.includes(partyId)) continue;
    rowPartyIds.push(partyId);
    const entry = partyList.find((p) => p.partyId === partyId);
    if (kind === 'meeting') {
      if (!entry) partyList.push({ personId: null, partyId, role: '' });
      continue;
    }
    if (entry) {
      if (role && entry.role !== role) entry.role = role;
    } else {
      const fresh: Record<string, unknown> = { partyId, role: role ?? DEFAULT_ROLE[kind] };
      if (kind === 'agreement') Object.assign(fresh, { id: null, events: [] });
      partyList.push(fresh);
    }
  }
  if (kind === 'agreement') {
    for (const pe of facts.partyEvents) {
      for (const partyId of rowPartyIds) {
        const entry = partyList.find((p) => p.partyId === partyId) as { events: Record<string, unknown>[] } | undefined;
        if (!entry) continue;
        const current = entry.events.find((e) => e.kind === pe.event);
        if (current) current.date = pe.edtf;
        else entry.events.push({ id: null, kind: pe.event, date: pe.edtf, note: '' });
      }
    }
    if (facts.expiry) {
      const term = (body.term as Record<string, unknown> | undefined) ?? {
        kind: 'unknown',
        expires: 'XXXX',
        durationMonths: null,
        renewalMonths: null,
        noticeMonths: null,
      };
      if ('none' in facts.expiry) body.term = { ...term, kind: 'indefinite', expires: 'XXXX' };
      else
        body.term = {
          ...term,
          kind: term.kind === 'automatic_renewal' ? 'automatic_renewal' : 'fixed',
          expires: facts.expiry.edtf,
        };
    }
  }
  if (kind === 'meeting' && facts.date) body.date = facts.date.edtf;

  const events = body.statusEvents as EventLike[];
  for (const event of facts.events) applyEvent(events, event.status, event.edtf, options.source);
  if (facts.stated) {
    const since = facts.statedSince?.edtf ?? (kind === 'meeting' ? facts.date?.edtf : undefined);
    if (since) applyEvent(events, facts.stated.status, since, options.source);
    else if (!events.some((e) => e.status === facts.stated!.status))
      events.push({
        id: null,
        status: facts.stated.status,
        date: 'XXXX',
        note: 'Status as written in the sheet',
        source: options.source,
      });
  }
  const status = derived(events);
  checkStory(kind, facts, events, status, problems);
  return { input: body, problems, status };
}

function derived(events: readonly EventLike[]): { status: Status; date: string } | null {
  const last = orderStatusEvents(events).at(-1);
  return last ? { status: last.status as Status, date: last.date } : null;
}

/** Warnings about a row whose dates tell an odd story; the row is imported as written. */
function checkStory(
  kind: SheetKind,
  facts: RowFacts,
  events: readonly EventLike[],
  status: { status: string } | null,
  problems: Problem[],
): void {
  if (kind === 'agreement') {
    const signed = facts.events.find((e) => e.status === 'signed');
    const inForce = facts.events.find((e) => e.status === 'in_force');
    const from = signed ? fromEdtf(signed.edtf).from : null;
    const to = inForce ? fromEdtf(inForce.edtf).to : null;
    if (signed && inForce && from && to && from > to)
      problems.push({
        column: signed.column,
        value: signed.text,
        reason: `Signed after it entered into force (${inForce.display}): check the dates.`,
        severity: 'warning',
      });
  }
  if (facts.stated && status && status.status !== facts.stated.status && events.length > 0) {
    problems.push({
      column: facts.stated.column,
      value: facts.stated.text,
      reason: `The sheet says ${labelOf(facts.stated.status)}; the dates make it ${labelOf(status.status)} (status is derived from the dated events).`,
      severity: 'warning',
    });
  }
}
