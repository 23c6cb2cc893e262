/**
 * Our side and theirs. With a home party chosen (register-settings.ts), every party is on the home side (the home
 * party, its sub-parties, and the parties above it: a register kept by the Italian Ministry of Defence counts
 * Italy as its own side) or stands for a counterpart, named by its top-level party ("Japan" for the Japan Air
 * Self-Defense Force). One read of the parties table per call: a register has hundreds of parties, not millions.
 */
import { getSetting } from './settings';
import type { Db } from './sql';
import { all } from './sql';

export interface Sides {
  homeId: string | null;
  /** The side a party is on; 'unknown' when no home party is chosen. */
  sideOf(partyId: string): 'home' | 'counterpart' | 'unknown';
  /** The top-level party a party belongs to (itself when it has no parent). */
  rootOf(partyId: string): { id: string; name: string };
  /** Distinct counterparts among these parties, as top-level parties, in first-seen order. */
  counterparts(partyIds: readonly string[]): { id: string; name: string }[];
}

export function loadSides(db: Db): Sides {
  const rows = all<{ id: string; name: string; parentId: string | null }>(
    db,
    'SELECT id, name, parent_id AS parentId FROM parties',
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stored = getSetting(db, 'register.homePartyId');
  const homeId = stored && byId.has(stored) ? stored : null;
  const roots = new Map<string, { id: string; name: string }>();
  const rootOf = (id: string): { id: string; name: string } => {
    const known = roots.get(id);
    if (known) return known;
    let at = byId.get(id);
    for (let guard = 0; at?.parentId && byId.has(at.parentId) && guard < 50; guard++) at = byId.get(at.parentId);
    const root = at ? { id: at.id, name: at.name } : { id, name: '' };
    roots.set(id, root);
    return root;
  };
  const home = new Set<string>();
  if (homeId) {
    // Parties above the home party are ours too; then everything below the home party.
    for (let at = byId.get(homeId), guard = 0; at && guard < 50; at = byId.get(at.parentId ?? ''), guard++)
      home.add(at.id);
    const children = new Map<string, string[]>();
    for (const r of rows) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
    const queue = [homeId];
    while (queue.length) {
      const id = queue.pop()!;
      home.add(id);
      queue.push(...(children.get(id) ?? []).filter((c) => !home.has(c)));
    }
  }
  const sideOf = (id: string): 'home' | 'counterpart' | 'unknown' =>
    homeId === null ? 'unknown' : home.has(id) ? 'home' : 'counterpart';
  return {
    homeId,
    sideOf,
    rootOf,
    counterparts(partyIds) {
      const out = new Map<string, { id: string; name: string }>();
      for (const id of partyIds) {
        if (sideOf(id) !== 'counterpart') continue;
        const root = rootOf(id);
        if (!out.has(root.id)) out.set(root.id, root);
      }
      return [...out.values()];
    },
  };
}
