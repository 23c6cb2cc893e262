/**
 * Register settings (key → text), kept in the database so they travel with the data (backup folder, backups to
 * keep…). What a setting means is decided by the service that owns it; this module only stores text.
 */
import { inTransaction } from './records';
import type { Db } from './sql';
import { get, run } from './sql';

export function getSetting(db: Db, key: string): string | undefined {
  return get<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', key)?.value;
}

/** Sets (text) or removes (null) several settings in one transaction; undefined values are left as they are. */
export function putSettings(db: Db, changes: Readonly<Record<string, string | null | undefined>>): void {
  inTransaction(db, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) run(db, 'DELETE FROM settings WHERE key = ?', key);
      else if (value !== undefined)
        run(
          db,
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
          key,
          value,
        );
    }
  });
}
