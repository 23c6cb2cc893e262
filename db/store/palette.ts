/**
 * The Ctrl+K palette's rows: every record's title with what tells similar titles apart — the counterparts (the
 * other side's top-level parties when a home party is set, else every party named, as top-level parties), the
 * kind's subtitle and the record's own date. One query for titles and dates, one for who is involved.
 */
import type { PaletteEntry } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import { INVOLVEMENT_SQL, RECORD_TITLES_SQL } from './kinds';
import { loadSides } from './sides';
import type { Db } from './sql';
import { all } from './sql';

export function paletteEntries(db: Db): PaletteEntry[] {
  const rows = all<{ id: string; kind: RecordKind; title: string; subtitle: string; date: string | null }>(
    db,
    `SELECT t.id, t.kind, t.title, t.subtitle, d.date FROM (${RECORD_TITLES_SQL}) t
     LEFT JOIN search_docs d ON d.record_id = t.id
     ORDER BY t.title COLLATE NOCASE`,
  );
  const involved = new Map<string, string[]>();
  for (const i of all<{ recordId: string; partyId: string }>(
    db,
    `SELECT record_id AS recordId, party_id AS partyId FROM (${INVOLVEMENT_SQL}) WHERE record_id <> party_id`,
  ))
    involved.set(i.recordId, [...(involved.get(i.recordId) ?? []), i.partyId]);
  const sides = loadSides(db);
  return rows.map((r) => {
    const parties = involved.get(r.id) ?? [];
    const others = sides.homeId
      ? sides.counterparts(parties)
      : [...new Map(parties.map((p) => [sides.rootOf(p).id, sides.rootOf(p)])).values()];
    return { ...r, date: r.date ?? 'XXXX', counterparts: others.map((o) => o.name) };
  });
}
