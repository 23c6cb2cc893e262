/**
 * Corruption and recovery, as a new user would meet it: one byte of the database is damaged
 * (in a page holding table rows; or in the file header), the app starts — the damaged file is
 * kept untouched beside, the restore offer names the backup's date, and after restoring every
 * record of that backup is there. Also: a healthy file opens normally, a newer one is refused
 * untouched, a broken search index is rebuilt (not data loss), and `cli check` says all this.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { LATEST_SCHEMA_VERSION } from '../../../../../db/migrations';
import { openDatabase, openUnmigrated } from '../../../../../db/store/open';
import { runCli } from '../../../../../electron/node/cli/main';
import { createVerifiedBackup, restoreBackup } from '../../../../../electron/node/services/backup';
import { exportBundle } from '../../../../../electron/node/services/exchange';
import {
  checkDatabaseFile,
  openAtStartup,
  openWithRecovery,
  type DamagedDatabase,
} from '../../../../../electron/node/services/integrity';
import { peekOnce, tempDir } from '../../../../support/temp-db';
import { Store } from '../../../../../db/store';

/** A register with a verified backup, written through to the main file; returns the files and the backup's records. */
async function registerWithBackup() {
  const dir = tempDir();
  const file = join(dir, 'entente.sqlite');
  const backupDir = join(dir, 'backups');
  const db = openDatabase(file);
  loadSeedArticle(db);
  const backup = await createVerifiedBackup(Store.over(db), {
    dir: backupDir,
    now: new Date('2026-05-04T08:15:00.000Z'),
  });
  const records = exportBundle(Store.over(db)).records;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const meetingsPage = (
    db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'meetings'`).get() as { rootpage: number }
  ).rootpage;
  db.close(); // checkpoints the WAL into the main file
  return { dir, file, backupDir, backup, records, pageSize, meetingsPage };
}

function damageByte(file: string, offset: number): Buffer {
  const bytes = readFileSync(file);
  bytes[offset] = bytes[offset]! ^ 0xff;
  writeFileSync(file, bytes);
  return bytes;
}

async function cli(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

describe('recovery from a damaged database', () => {
  for (const where of ['a page holding meeting rows', 'the file header'] as const) {
    it(`one damaged byte in ${where}: moved aside untouched, the newest good backup offered by date, restore brings every record back`, async () => {
      const r = await registerWithBackup();
      // Damage a copy of the database, the way a person testing this would, and start the app on it. The copy keeps
      // the register's name (in a folder of its own): backups belong to the register they were taken of, by name.
      const copy = join(tempDir(), 'entente.sqlite');
      copyFileSync(r.file, copy);
      const offset = where === 'the file header' ? 0 : (r.meetingsPage - 1) * r.pageSize + 3; // the page's cell count
      const damaged = damageByte(copy, offset);
      expect(checkDatabaseFile(copy)).toMatchObject({ ok: false, damaged: true });

      const outcome = openWithRecovery(copy, r.backupDir, { now: new Date('2026-05-05T10:00:00.000Z') });
      if (!('damaged' in outcome)) throw new Error('the damage went unnoticed');
      const { movedTo, problem, newestBackup } = outcome.damaged;
      expect(movedTo).toBe(`${copy}.damaged-2026-05-05T10-00-00-000Z`);
      expect(readFileSync(movedTo).equals(damaged)).toBe(true); // untouched, byte for byte
      expect(existsSync(copy)).toBe(false);
      expect(newestBackup).toMatchObject({ name: r.backup.name, takenAt: '2026-05-04T08:15:00.000Z', records: 17 });
      expect(problem).toMatch(
        /^The database .*entente\.sqlite is damaged: .*It was moved aside, unchanged, to .*\.damaged-2026-05-05T10-00-00-000Z\. The newest good backup is from 2026-05-04 08:15 UTC \(17 records\): restore it to go on\.$/,
      );

      const restored = await restoreBackup({
        store: null,
        databaseFile: copy,
        backupPath: newestBackup!.path,
        backupDir: r.backupDir,
      });
      expect(restored.safetyCopy).toBeNull();
      expect(exportBundle(restored.store).records).toEqual(r.records);
      expect(peekOnce(copy, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
      restored.store.close();
      expect(readFileSync(movedTo).equals(damaged)).toBe(true);
    });
  }

  it('start-up flow for the app: asks once with the offer, then restores, starts empty, or quits — never touching the damaged file', async () => {
    const r = await registerWithBackup();
    const asked: DamagedDatabase[] = [];
    const damageAndStart = async (choice: 'restore' | 'start-empty' | 'quit') => {
      const db = openDatabase(r.file);
      db.close();
      const bytes = damageByte(r.file, (r.meetingsPage - 1) * r.pageSize + 3);
      const outcome = await openAtStartup(r.file, r.backupDir, async (damaged) => {
        asked.push(damaged);
        return choice;
      });
      expect(readFileSync(asked.at(-1)!.movedTo).equals(bytes)).toBe(true);
      return outcome;
    };
    const restored = await damageAndStart('restore');
    if (!('store' in restored)) throw new Error('expected a database');
    expect(restored.notice).toMatch(
      /^Restored 17 records from the backup taken 2026-05-04 08:15 UTC\. The damaged file is kept at .*\.damaged-/,
    );
    expect(exportBundle(restored.store).records).toEqual(r.records);
    restored.store.close();
    const empty = await damageAndStart('start-empty');
    if (!('store' in empty)) throw new Error('expected a database');
    expect(peekOnce(r.file, (db) => db.prepare('SELECT count(*) AS n FROM records').get())).toEqual({ n: 0 });
    empty.store.close();
    copyFileSync(r.backup.path, r.file); // a register again, to damage once more
    const quit = await damageAndStart('quit');
    expect(quit).toMatchObject({
      quit: true,
      message: expect.stringMatching(/is damaged: .* Entente was closed; the damaged file is kept at /),
    });
    expect(asked).toHaveLength(3);
    expect(asked[0]!.newestBackup?.takenAt).toBe('2026-05-04T08:15:00.000Z');
  });

  it('skips a damaged backup and offers the newest one that verifies; says so plainly when there is none', async () => {
    const r = await registerWithBackup();
    const db = openDatabase(r.file);
    const newer = await createVerifiedBackup(Store.over(db), {
      dir: r.backupDir,
      now: new Date('2026-05-04T12:00:00.000Z'),
    });
    db.close();
    damageByte(newer.path, 0);
    damageByte(r.file, 0);
    const outcome = openWithRecovery(r.file, r.backupDir);
    expect('damaged' in outcome && outcome.damaged.newestBackup?.name).toBe(r.backup.name);

    const lonely = join(tempDir(), 'entente.sqlite');
    writeFileSync(lonely, 'this is not a database at all, just text that happens to be here '.repeat(100));
    const none = openWithRecovery(lonely, join(tempDir(), 'no-backups'));
    expect('damaged' in none && none.damaged.problem).toMatch(
      /No good backup was found; Entente can start with an empty register\.$/,
    );
  });

  it('opens a healthy database normally, and refuses a newer one without moving or changing it', async () => {
    const r = await registerWithBackup();
    const healthy = openWithRecovery(r.file, r.backupDir);
    expect('store' in healthy && healthy.report?.ok).toBe(true);
    if ('store' in healthy) {
      healthy.store.close();
      const raw = openUnmigrated(r.file);
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      raw.close();
    }
    const bytes = readFileSync(r.file);
    expect(() => openWithRecovery(r.file, r.backupDir)).toThrow(/written by a newer version of Entente/);
    expect(readFileSync(r.file).equals(bytes)).toBe(true);
  });

  it('rebuilds a broken search index on open (the index holds nothing the records do not)', async () => {
    const r = await registerWithBackup();
    const db = openDatabase(r.file);
    db.prepare('DELETE FROM search_docs WHERE rowid IN (SELECT rowid FROM search_docs LIMIT 3)').run();
    db.close();
    const outcome = openWithRecovery(r.file, r.backupDir);
    if (!('store' in outcome)) throw new Error('a search index problem is not damage');
    expect(outcome.report?.checks.find((c) => c.name === 'search_index')).toMatchObject({ ok: true });
    expect(peekOnce(r.file, (db) => db.prepare('SELECT count(*) AS n FROM search_docs').get())).toEqual({ n: 17 });
    outcome.store.close();
    expect((await cli(['check', '--db', r.file])).code).toBe(0);
  });

  it('cli check: exit 0 when healthy, 1 with the problem when damaged; cli restore moves the damaged file aside first', async () => {
    const r = await registerWithBackup();
    const ok = await cli(['check', '--db', r.file]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.text).toMatch(/quick_check: ok[\s\S]*is healthy\./);
    damageByte(r.file, (r.meetingsPage - 1) * r.pageSize + 3);
    const bad = await cli(['check', '--db', r.file, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.text)).toMatchObject({ ok: false, damaged: true });
    const restore = await cli(['restore', '--db', r.file, '--from', r.backup.path]);
    expect(restore.code).toBe(0);
    expect(restore.text).toMatch(/was damaged; it was moved aside, unchanged, to .*\.damaged-.*\nRestored 17 records/);
    expect((await cli(['check', '--db', r.file])).code).toBe(0);
  });
});
