/**
 * Child rows that several kinds share: status events, tags, cooperation areas and party
 * roles (record_parties). Each kind module calls these from its own load/save.
 */
import type { StatusEvent } from '../../../electron/common/domain/types';
import type { Status } from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';
import { all, dateColumns, replaceChildren } from '../sql';

export function loadStatusEvents(db: Db, recordId: string): StatusEvent[] {
  return all<StatusEvent & { status: Status }>(
    db,
    'SELECT id, status, date, note, source FROM status_events WHERE record_id = ? ORDER BY position',
    recordId,
  );
}

export function saveStatusEvents(db: Db, recordId: string, events: readonly StatusEvent[]): void {
  replaceChildren(
    db,
    'status_events',
    'record_id',
    recordId,
    events.map((e) => ({ id: e.id, status: e.status, ...dateColumns('date', e.date), note: e.note, source: e.source })),
  );
}

export function loadTags(db: Db, recordId: string): string[] {
  return all<{ tag: string }>(db, 'SELECT tag FROM tags WHERE record_id = ? ORDER BY position', recordId).map(
    (r) => r.tag,
  );
}

export function saveTags(db: Db, recordId: string, tags: readonly string[]): void {
  replaceChildren(
    db,
    'tags',
    'record_id',
    recordId,
    tags.map((tag) => ({ tag })),
  );
}

export function loadAreas<A extends string>(db: Db, recordId: string): A[] {
  return all<{ area: A }>(db, 'SELECT area FROM record_areas WHERE record_id = ? ORDER BY position', recordId).map(
    (r) => r.area,
  );
}

export function saveAreas(db: Db, recordId: string, areas: readonly string[]): void {
  replaceChildren(
    db,
    'record_areas',
    'record_id',
    recordId,
    areas.map((area) => ({ area })),
  );
}

export function loadPartyRoles<R extends string>(db: Db, recordId: string): { partyId: string; role: R }[] {
  return all<{ partyId: string; role: R }>(
    db,
    'SELECT party_id AS partyId, role FROM record_parties WHERE record_id = ? ORDER BY position',
    recordId,
  );
}

export function savePartyRoles(db: Db, recordId: string, parties: readonly { partyId: string; role: string }[]): void {
  replaceChildren(
    db,
    'record_parties',
    'record_id',
    recordId,
    parties.map((p) => ({ party_id: p.partyId, role: p.role })),
  );
}

/** Saves the children every record kind has (tags) plus its status events when it has a timeline. */
/** The status events and tags a record carries (the load side of saveCommon). */
export function loadCommon(db: Db, recordId: string): { statusEvents: StatusEvent[]; tags: string[] } {
  return { statusEvents: loadStatusEvents(db, recordId), tags: loadTags(db, recordId) };
}

export function saveCommon(
  db: Db,
  recordId: string,
  body: { tags: readonly string[]; statusEvents?: readonly StatusEvent[] },
): void {
  saveTags(db, recordId, body.tags);
  if (body.statusEvents) saveStatusEvents(db, recordId, body.statusEvents);
}
