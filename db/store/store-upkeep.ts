/**
 * The Store's methods for keeping a register sound: SQLite's checks on files and on the open register, backups,
 * the write lock, audit activity for the scheduler, and plain settings. Part of the one Store interface (see
 * store-base.ts for how the class is split).
 */
import * as damagedParts from './damaged-parts';
import * as maintenance from './maintenance';
import { foreignWalError, hasForeignWal } from './open';
import { getSetting, putSettings } from './settings';
import { StoreFiles } from './store-files';

export abstract class StoreUpkeep extends StoreFiles {
  /** SQLite's checks on a file opened read-only, never changing it (backups, files about to be opened). */
  static inspectFile(file: string, deep: boolean): maintenance.FileInspection {
    return maintenance.inspectFile(file, deep);
  }

  /** A -wal beside `file` that cannot belong to it (see open.ts hasForeignWal): the register must not be opened. */
  static foreignWalProblem(file: string): string | null {
    return hasForeignWal(file) ? foreignWalError(file).message : null;
  }

  /** Makes a fresh copy (from `backupTo`) a self-contained file: rollback journal, no -wal beside it. */
  static makeStandalone(file: string): void {
    maintenance.makeStandalone(file);
  }

  // ---- settings ----------------------------------------------------------------------------------------
  setting(key: string): string | undefined {
    return getSetting(this.db, key);
  }
  /** Sets (text) or removes (null) settings in one transaction. */
  putSettings(changes: Readonly<Record<string, string | null | undefined>>): void {
    putSettings(this.db, changes);
  }

  // ---- maintenance: checks, backups, the scheduler ---------------------------------------------------------
  inspect(deep: boolean): maintenance.Inspection {
    return maintenance.inspect(this.db, deep);
  }
  /** The tables whose pages fail SQLite's check ([] when all are sound): see damaged-parts.ts. */
  damagedTables(): string[] {
    return damagedParts.damagedTables(this.db);
  }
  /**
   * Reads go around damaged tables from now on (their readable rows only; read-only connections): the tables newly
   * set aside, [] when there was nothing more to set aside. See damaged-parts.ts.
   */
  setAsideDamagedTables(): string[] {
    return damagedParts.setAsideDamagedTables(this.db);
  }
  /** Every table set aside so far on this connection. */
  tablesSetAside(): string[] {
    return damagedParts.tablesSetAside(this.db);
  }
  tableCounts(): Record<string, number> {
    return maintenance.tableCounts(this.db);
  }
  auditMaxId(): number {
    return maintenance.auditMaxId(this.db);
  }
  auditActivitySince(since: number): { auditMaxId: number; firstAt: number | null; lastAt: number | null } {
    return maintenance.auditActivitySince(this.db, since);
  }
  /** Online backup of the live register into `path` (others keep reading and writing meanwhile). */
  backupTo(path: string): Promise<void> {
    return maintenance.backupTo(this.db, path);
  }
  /** Another program holds the write lock now (tried for the busy timeout); see maintenance.ts. */
  writeLockHeldElsewhere(): boolean {
    return maintenance.writeLockHeldElsewhere(this.db);
  }
}
