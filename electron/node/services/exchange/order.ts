/**
 * The order records are written in: kinds in dependency order (a party before the people of
 * that party, agreements before the working groups they found, meetings before the working
 * groups whose sessions they are), and within a kind parents before children (a ministry
 * after its state, an implementing arrangement after the agreement it implements). References
 * that still point forward — a meeting that discusses a working group whose session it is —
 * are cycles no order can break; the import defers foreign-key checks to its commit for them.
 */
import { RECORD_KINDS, type RecordKind } from '../../../common/domain/vocab';

/** Each kind's place in the writing order (a map over every kind, so a new kind must be given one). */
const WRITE_RANK: Record<RecordKind, number> = {
  party: 0,
  person: 1,
  agreement: 2,
  programme: 3,
  meeting: 4,
  working_group: 5,
};

export const IMPORT_ORDER: readonly RecordKind[] = [...RECORD_KINDS].sort((a, b) => WRITE_RANK[a] - WRITE_RANK[b]);

interface Orderable {
  id: string;
  kind: RecordKind;
}

/** Same-kind references that should be written first: party parents, agreement parents and link targets of any kind. */
function sameKindParents(record: Orderable): string[] {
  const r = record as unknown as { parentId?: string | null; links?: { targetId: string }[] };
  const parents = r.parentId ? [r.parentId] : [];
  // Links may join any two kinds; those to the same kind are written target first where no cycle prevents it.
  parents.push(...(r.links ?? []).map((l) => l.targetId));
  return parents;
}

export function orderForWriting<T extends Orderable>(records: readonly T[], bodyOf: (r: T) => unknown = (r) => r): T[] {
  const out: T[] = [];
  for (const kind of IMPORT_ORDER) {
    const ofKind = records.filter((r) => r.kind === kind).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byId = new Map(ofKind.map((r) => [r.id, r]));
    const placed = new Set<string>();
    const visiting = new Set<string>();
    const visit = (record: T): void => {
      if (placed.has(record.id) || visiting.has(record.id)) return; // a cycle: its back edge waits for the commit
      visiting.add(record.id);
      for (const parentId of sameKindParents({
        ...(bodyOf(record) as object),
        id: record.id,
        kind: record.kind,
      } as Orderable)) {
        const parent = byId.get(parentId);
        if (parent) visit(parent);
      }
      visiting.delete(record.id);
      placed.add(record.id);
      out.push(record);
    };
    ofKind.forEach(visit);
  }
  return out;
}
