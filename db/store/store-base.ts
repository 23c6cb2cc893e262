/**
 * The connection the Store interface works on. The Store (index.ts) is one class whose methods are written in
 * a few files by subject — store-files.ts (bundles, attachments, spreadsheet imports), store-upkeep.ts (settings,
 * checks, backups) and index.ts (records, search, reports, the register's side) — each extending the one before,
 * so callers still hold one `Store` with the whole data API.
 */
import type { Db } from './sql';

export abstract class StoreBase {
  protected readonly db: Db;

  protected constructor(db: Db) {
    this.db = db;
  }
}
