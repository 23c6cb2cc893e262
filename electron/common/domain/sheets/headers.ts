/**
 * Recognising columns by their header, in English and Italian: "Titolo", "Data firma", "Entrata in vigore", "Parti",
 * "Stato", "Tipo", "Note", "Date.of.Signature", "Membership"… Headers are folded (case, accents, dots and spaces do
 * not matter); an exact phrase wins, then phrases the header starts with, then the words it contains. A header
 * nothing recognises is left unmapped for the person to choose — never guessed from its values.
 */
import { PARTY_EVENT_KINDS, type RecordKind } from '../vocab';
import type { SheetKind, Target, TextField } from './mapping';
import { foldText } from './table';
import { vocabKeys } from './values';
import { KEYWORDS, RULES } from './header-phrases';

/** Which text fields each kind has (title is the name for programmes, working groups and parties). */
const TEXT_FIELDS_BY_KIND: Record<SheetKind, readonly TextField[]> = {
  agreement: ['title', 'shortTitle', 'type', 'reference', 'summary', 'notes', 'tags', 'areas', 'role'],
  meeting: ['title', 'type', 'place', 'summary', 'minutes', 'notes', 'tags'],
  programme: ['title', 'shortTitle', 'type', 'summary', 'notes', 'tags', 'areas', 'role'],
  working_group: ['title', 'shortTitle', 'summary', 'notes', 'tags', 'role'],
  party: ['title', 'shortTitle', 'nativeName', 'type', 'parent', 'aliases', 'notes', 'tags'],
};

/** Every target a column of a `kind` sheet may have, in the order the wizard lists them. */
export function targetsFor(kind: SheetKind): Target[] {
  const targets: Target[] = [{ field: 'ignore' }, { field: 'key' }, { field: 'id' }];
  for (const field of TEXT_FIELDS_BY_KIND[kind]) targets.push({ field });
  if (kind === 'party') return targets;
  // Parties without a role take the row's role column, else the kind's usual role (signatory, partner, member).
  targets.push({ field: 'parties' });
  for (const role of vocabKeys(kind, 'role')) targets.push({ field: 'parties', role });
  targets.push({ field: 'status' }, { field: 'statusSince' });
  if (kind === 'meeting') targets.push({ field: 'date' });
  for (const status of vocabKeys(kind, 'status')) targets.push({ field: 'event', status });
  if (kind === 'agreement') {
    targets.push({ field: 'expiry' });
    for (const event of PARTY_EVENT_KINDS) targets.push({ field: 'partyEvent', event });
  }
  return targets;
}

/** A stable text for a target ("event:in_force", "parties:signatory"): select values, map keys. */
export function targetId(target: Target): string {
  switch (target.field) {
    case 'parties':
      return target.role ? `parties:${target.role}` : 'parties';
    case 'event':
      return `event:${target.status}`;
    case 'partyEvent':
      return `partyEvent:${target.event}`;
    default:
      return target.field;
  }
}

export function targetFromId(id: string): Target | null {
  const [field, detail] = id.split(':');
  if (field === 'parties') return detail ? { field, role: detail } : { field };
  if (field === 'event' && detail) return { field, status: detail } as Target;
  if (field === 'partyEvent' && detail) return { field, event: detail } as Target;
  return detail === undefined && field ? ({ field } as Target) : null;
}

const EXACT = new Map<string, string[]>();
for (const [target, phrases] of RULES)
  for (const phrase of phrases) EXACT.set(phrase, [...(EXACT.get(phrase) ?? []), target]);

function allowed(kind: SheetKind): Set<string> {
  return new Set(targetsFor(kind).map(targetId));
}

/**
 * The target a header names for a `kind` sheet, or null when nothing recognises it. "id" is an Entente id only
 * when written "Entente ID"; a bare "ID" or "Code" is the sheet's own key.
 */
export function recogniseHeader(kind: SheetKind, header: string): Target | null {
  const folded = foldText(header)
    .replace(/[()[\]:#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded === '') return null;
  const fits = allowed(kind);
  const pick = (ids: readonly string[] | undefined) => ids?.find((id) => fits.has(id));
  const exact = pick(EXACT.get(folded));
  if (exact) return targetFromId(exact);
  for (const [target, phrases] of KEYWORDS) {
    if (!fits.has(target)) continue;
    if (phrases.some((p) => ` ${folded} `.includes(` ${p} `))) return targetFromId(target);
  }
  return null;
}

/**
 * A first mapping of the header row: each column's recognised target, with one column per single-valued field (the
 * first header naming a field takes it; later ones are left for the person). Date orders are not set here.
 */
export function guessTargets(kind: SheetKind, header: readonly string[]): (Target | null)[] {
  const taken = new Set<string>();
  const repeatable = (t: Target) => t.field === 'parties' || t.field === 'ignore' || t.field === 'tags';
  return header.map((h) => {
    const target = recogniseHeader(kind, h);
    if (!target) return null;
    const id = targetId(target);
    if (!repeatable(target) && taken.has(id)) return null;
    taken.add(id);
    return target;
  });
}

/** Kinds whose vocabulary decides which status-date targets exist. */
export function kindHasStatus(kind: RecordKind): boolean {
  return kind !== 'party' && kind !== 'person';
}
