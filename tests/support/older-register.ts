/**
 * Writing records into a register kept at an older schema version with today's store code (tests of what a
 * migration does to a register made before it). Today's codecs also read and write what migration 10 added to
 * every kind — record_links, record_titles, agreements.place_of_signature — so those are made for the call and
 * removed again after it: the file stays exactly at its version, as the older program would have left it.
 */
import type { Db } from '../../db/store/sql';

export function withTodaysSharedTables<T>(db: Db, write: () => T): T {
  const has = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
  if (has('record_links')) return write();
  db.exec(`CREATE TABLE record_links (source_id TEXT NOT NULL, target_id TEXT NOT NULL, kind TEXT NOT NULL,
             position INTEGER NOT NULL) STRICT;
           CREATE TABLE record_titles (record_id TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,
             position INTEGER NOT NULL) STRICT;
           ALTER TABLE agreements ADD COLUMN place_of_signature TEXT NOT NULL DEFAULT '';`);
  try {
    return write();
  } finally {
    db.exec(
      `DROP TABLE record_links; DROP TABLE record_titles; ALTER TABLE agreements DROP COLUMN place_of_signature;`,
    );
  }
}
