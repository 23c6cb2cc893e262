/**
 * Matching the party names of a sheet with the register's parties: by name, short name, native name or a remembered
 * alias, ignoring case and accents. A name the register does not know is listed with what will happen to it —
 * created (the default), merged with an existing party (remembered as its alias for the next import), treated as
 * another name of this import, or skipped — and, when one is close ("Buglaria" / Bulgaria, "Republic of Armenia" /
 * Armenia), a suggestion the person may accept. A suggestion is never applied by itself.
 */
import { nameKey } from '../../../common/domain/sheets/parties';
import type { PartyDecision, SheetMapping } from '../../../common/domain/sheets/mapping';
import { Store, type PartyName } from '../../../../db/store';

export interface PartyLine {
  /** The name as first written in the sheet. */
  name: string;
  key: string;
  /** Rows that name it. */
  rows: number;
  firstRow: number;
  /** The register's party it matched, and through which of its names. */
  match: { id: string; name: string; via: PartyName['via'] } | null;
  /** Other parties with the same name (the first was taken; merge to choose another). */
  alsoNamed: { id: string; name: string }[];
  outcome: 'matched' | 'create' | 'merge' | 'same' | 'skip';
  /** The party it will stand for: an existing id, a planned new id, or null (skipped). */
  partyId: string | null;
  /** What it merges with (merge / same), for display. */
  target: string | null;
  suggestion: { id: string | null; name: string } | null;
}

export interface PartyResolution {
  lines: PartyLine[];
  /** The party id a name (as written anywhere in the sheet) stands for, or null (skipped or unknown). */
  resolve(name: string): string | null;
  /** Parties this import creates, by planned id. */
  created: Map<string, { name: string; type: string }>;
  /** Names to remember as aliases of existing or new parties. */
  aliases: { key: string; alias: string; partyId: string }[];
}

const VIA_RANK: Record<PartyName['via'], number> = { name: 0, shortName: 1, alias: 2, nativeName: 3 };

export class PartyIndex {
  readonly byKey = new Map<string, PartyName[]>();
  constructor(names: readonly PartyName[]) {
    for (const n of names) {
      const key = nameKey(n.text);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.some((x) => x.id === n.id)) list.push(n);
      this.byKey.set(key, list);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via]);
  }
  static of(store: Store): PartyIndex {
    return new PartyIndex(store.partyNames());
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Buglaria" / "Bulgaria": optimal string
 * alignment), giving up (returning limit + 1) once it must exceed `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, prev] = [prev, cur];
  }
  return prev[b.length]!;
}

/** A close name among `candidates`: a spelling slip, or one name inside the other as whole words. */
function closest(key: string, candidates: readonly { key: string; id: string | null; name: string }[]) {
  const limit = key.length >= 10 ? 2 : key.length >= 6 ? 1 : 0;
  let best: { id: string | null; name: string; score: number } | null = null;
  for (const c of candidates) {
    if (c.key === key) continue;
    const d = limit > 0 ? distance(key, c.key, limit) : limit + 1;
    const inside =
      Math.min(key.length, c.key.length) >= 4 &&
      (` ${key} `.includes(` ${c.key} `) || ` ${c.key} `.includes(` ${key} `));
    const score = d <= limit ? d : inside ? limit + 1 : Infinity;
    if (score !== Infinity && (!best || score < best.score)) best = { id: c.id, name: c.name, score };
  }
  return best ? { id: best.id, name: best.name } : null;
}

/**
 * Resolves every name the sheet uses (`seen`: name key → first spelling, row count, first row) against the
 * register (`index`) and the person's decisions (`mapping.parties`). `newId` names the parties to be created.
 */
export function resolveParties(
  seen: ReadonlyMap<string, { name: string; rows: number; firstRow: number }>,
  index: PartyIndex,
  mapping: SheetMapping,
  newId: () => string,
  exists: (id: string) => string | null,
): PartyResolution {
  const decisions = new Map<string, PartyDecision>();
  for (const [name, decision] of Object.entries(mapping.parties?.names ?? {})) decisions.set(nameKey(name), decision);
  const createAs = mapping.parties?.createAs ?? 'other';
  const lines = new Map<string, PartyLine>();
  for (const [key, s] of seen) {
    const known = index.byKey.get(key) ?? [];
    const first = known[0];
    lines.set(key, {
      name: s.name,
      key,
      rows: s.rows,
      firstRow: s.firstRow,
      match: first ? { id: first.id, name: first.name, via: first.via } : null,
      alsoNamed: known.slice(1).map((k) => ({ id: k.id, name: k.name })),
      outcome: first ? 'matched' : 'create',
      partyId: first?.id ?? null,
      target: null,
      suggestion: null,
    });
  }
  const created = new Map<string, { name: string; type: string }>();
  const aliases: PartyResolution['aliases'] = [];
  // Decisions first (merge, skip, create), then "same as", which follows the line it names.
  for (const line of lines.values()) {
    const decision = decisions.get(line.key);
    if (decision?.action === 'merge') {
      const name = exists(decision.partyId);
      if (name) {
        Object.assign(line, { outcome: 'merge', partyId: decision.partyId, target: name });
        if (line.match?.id !== decision.partyId)
          aliases.push({ key: line.key, alias: line.name, partyId: decision.partyId });
        continue;
      }
    }
    if (decision?.action === 'skip') Object.assign(line, { outcome: 'skip', partyId: null });
    else if (!line.match && decision?.action !== 'same') {
      const id = newId();
      created.set(id, {
        name: line.name,
        type: decision?.action === 'create' ? (decision.type ?? createAs) : createAs,
      });
      Object.assign(line, { outcome: 'create', partyId: id });
    }
  }
  for (const line of lines.values()) {
    const decision = decisions.get(line.key);
    if (decision?.action !== 'same') continue;
    const other = lines.get(nameKey(decision.as)) ?? null;
    const otherId = other && other !== line && decisions.get(other.key)?.action !== 'same' ? other.partyId : null;
    if (otherId) {
      Object.assign(line, { outcome: 'same', partyId: otherId, target: other!.match?.name ?? other!.name });
      aliases.push({ key: line.key, alias: line.name, partyId: otherId });
    } else if (!line.match) {
      const id = newId();
      created.set(id, { name: line.name, type: createAs });
      Object.assign(line, { outcome: 'create', partyId: id });
    }
  }
  // Suggestions for the names to be created: the register's parties and the other new names.
  const registerCandidates = [...index.byKey].map(([key, list]) => ({ key, id: list[0]!.id, name: list[0]!.name }));
  const newCandidates = [...lines.values()]
    .filter((l) => l.outcome === 'create')
    .map((l) => ({ key: l.key, id: null, name: l.name }));
  for (const line of lines.values()) {
    if (line.outcome !== 'create') continue;
    line.suggestion =
      closest(line.key, registerCandidates) ??
      closest(
        line.key,
        newCandidates.filter((c) => (lines.get(c.key)?.rows ?? 0) > line.rows),
      );
  }
  return {
    lines: [...lines.values()],
    resolve: (name) => lines.get(nameKey(name))?.partyId ?? null,
    created,
    aliases,
  };
}
