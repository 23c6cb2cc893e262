/**
 * Backups: verified copies through the online backup API, the retention policy and the
 * schedule on fake clocks, restore (with its safety copy, and undone), over the contract
 * and the command line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { openDatabase } from '../../../../../db/store/open';
import { countRecords, createRecord, getRecord, updateRecord } from '../../../../../db/store/records';
import { runCli } from '../../../../../electron/node/cli/main';
import type { HandlerContext } from '../../../../../electron/node/handlers/context';
import { dispatch } from '../../../../../electron/node/handlers/dispatch';
import {
  BackupScheduler,
  backupsToKeep,
  createVerifiedBackup,
  decideBackup,
  DEFAULT_SCHEDULE,
  listBackups,
  restoreBackup,
  verifyBackupFile,
  type Dated,
  type SchedulerClock,
} from '../../../../../electron/node/services/backup';
import { exportBundle } from '../../../../../electron/node/services/exchange';
import { openTempDb, tempDir } from '../../../../support/temp-db';
import { Store } from '../../../../../db/store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function register() {
  const { db, file } = openTempDb();
  const ids = loadSeedArticle(db);
  return { db, file, ids, dir: join(tempDir(), 'backups') };
}

describe('taking a backup', () => {
  it('writes a standalone, verified copy: integrity ok, the same rows in every table, a manifest beside it', async () => {
    const { db, file, dir } = register();
    const info = await createVerifiedBackup(Store.over(db), { dir, source: file });
    expect(info.name).toMatch(/^entente-(?:[\w.-]+-)?\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
    expect(readdirSync(dir).sort()).toEqual([info.name, `${info.name}.json`]);
    expect(info.manifest).toMatchObject({ reason: 'manual', records: 17, tables: Store.over(db).tableCounts() });
    const copy = new Database(info.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(verifyBackupFile(info.path, Store.over(db).tableCounts())).toMatchObject({ ok: true, records: 17 });
  });

  it('verification names what is wrong: counts that differ, a damaged file', async () => {
    const { db, dir } = register();
    const info = await createVerifiedBackup(Store.over(db), { dir });
    expect(verifyBackupFile(info.path, { ...Store.over(db).tableCounts(), records: 99 })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/records: 17 rows, expected 99/),
    });
    expect(verifyBackupFile(join(dir, 'nothing.sqlite'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/cannot be opened/),
    });
  });

  it('never overwrites: two backups in the same millisecond get two names', async () => {
    const { db, dir } = register();
    const now = new Date('2026-03-01T10:00:00.000Z');
    const a = await createVerifiedBackup(Store.over(db), { dir, now });
    const b = await createVerifiedBackup(Store.over(db), { dir, now });
    expect(a.name).not.toBe(b.name);
    expect(b.takenAt).toBe('2026-03-01T10:00:00.001Z');
    expect(existsSync(b.path)).toBe(true); // (a was then rotated out: one per hour is kept)
  });
});

describe('retention (fake clock)', () => {
  const every = (from: number, count: number, stepMs: number, kind: Dated['kind'] = 'regular'): Dated[] =>
    Array.from({ length: count }, (_, i) => {
      const takenAt = new Date(from + i * stepMs).toISOString();
      return { name: `${kind}-${takenAt}`, takenAt, kind, verified: true };
    });

  it('keeps the newest of each of the last 5 hours, then the newest of each earlier day: 10 in all', () => {
    const start = Date.parse('2026-01-01T00:07:00.000Z');
    const backups = every(start, 20 * 24 * 4, 15 * MINUTE); // every 15 minutes for 20 days
    const kept = [...backupsToKeep(backups)]
      .map((n) => n.replace('regular-', ''))
      .sort()
      .reverse();
    expect(kept).toEqual([
      '2026-01-20T23:52:00.000Z',
      '2026-01-20T22:52:00.000Z',
      '2026-01-20T21:52:00.000Z',
      '2026-01-20T20:52:00.000Z',
      '2026-01-20T19:52:00.000Z',
      '2026-01-19T23:52:00.000Z',
      '2026-01-18T23:52:00.000Z',
      '2026-01-17T23:52:00.000Z',
      '2026-01-16T23:52:00.000Z',
      '2026-01-15T23:52:00.000Z',
    ]);
  });

  it('always keeps the newest; honours a smaller `keep`; keeps unverified files and the 5 newest safety copies apart', () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const regular = every(start, 30, 3 * HOUR);
    const safety = every(start, 8, DAY, 'pre-restore');
    const stray: Dated = {
      name: 'unverified',
      takenAt: new Date(start).toISOString(),
      kind: 'regular',
      verified: false,
    };
    const kept = backupsToKeep([...regular, ...safety, stray], { keep: 3, hourly: 2, keepSafetyCopies: 5 });
    expect(kept.has(regular.at(-1)!.name)).toBe(true);
    expect([...kept].filter((n) => n.startsWith('regular-'))).toHaveLength(3);
    expect([...kept].filter((n) => n.startsWith('pre-restore-'))).toEqual(
      safety
        .slice(-5)
        .map((s) => s.name)
        .reverse(),
    );
    expect(kept.has('unverified')).toBe(true);
  });

  it('rotates on disk after each verified backup, down to the policy', async () => {
    const { db, dir } = register();
    const start = Date.parse('2026-02-01T08:00:00.000Z');
    const times = Array.from({ length: 16 }, (_, i) => new Date(start + i * 11 * HOUR));
    for (const now of times) await createVerifiedBackup(Store.over(db), { dir, now, reason: 'auto' });
    const onDisk = listBackups(dir);
    const policy = backupsToKeep(
      times.map((t) => ({ name: t.toISOString(), takenAt: t.toISOString(), kind: 'regular' as const, verified: true })),
    );
    expect(onDisk.map((b) => b.takenAt).sort()).toEqual([...policy].sort());
    expect(onDisk).toHaveLength(10);
    expect(onDisk[0]!.takenAt).toBe(times.at(-1)!.toISOString());
    expect(onDisk.every((b) => b.manifest !== null)).toBe(true);
  });
});

describe('schedule (fake clock)', () => {
  const t0 = Date.parse('2026-04-01T09:00:00.000Z');
  const state = { lastBackupAt: t0, lastBackupAuditId: 10 };

  it('does nothing while nothing changed, however long', () => {
    expect(
      decideBackup(t0 + 30 * DAY, state, { auditMaxId: 10, firstUnsavedChangeAt: null, lastChangeAt: null }).due,
    ).toBe(false);
  });

  it('backs up changed data once changes settle, never within 15 minutes of the last backup, within the hour if they keep coming', () => {
    const changed = (first: number, last: number) => ({
      auditMaxId: 12,
      firstUnsavedChangeAt: first,
      lastChangeAt: last,
    });
    expect(decideBackup(t0 + 10 * MINUTE, state, changed(t0 + MINUTE, t0 + 2 * MINUTE))).toMatchObject({
      due: false,
      checkAgainAt: t0 + 15 * MINUTE,
    });
    expect(decideBackup(t0 + 16 * MINUTE, state, changed(t0 + MINUTE, t0 + 15 * MINUTE))).toMatchObject({
      due: false,
      checkAgainAt: t0 + 17 * MINUTE,
    });
    expect(decideBackup(t0 + 17 * MINUTE, state, changed(t0 + MINUTE, t0 + 15 * MINUTE))).toMatchObject({
      due: true,
      reason: 'changes have settled',
    });
    expect(decideBackup(t0 + 61 * MINUTE, state, changed(t0 + MINUTE, t0 + 61 * MINUTE))).toMatchObject({
      due: true,
      reason: 'changes have waited an hour',
    });
    expect(
      decideBackup(t0, { lastBackupAt: null, lastBackupAuditId: 0 }, changed(t0 - 3 * MINUTE, t0 - 3 * MINUTE)).due,
    ).toBe(true);
    // After a restore the newest audit id can be lower than the last backed-up one: still a change.
    expect(decideBackup(t0 + DAY, state, { auditMaxId: 4, firstUnsavedChangeAt: null, lastChangeAt: null }).due).toBe(
      true,
    );
    expect(DEFAULT_SCHEDULE).toEqual({ minIntervalMs: 15 * MINUTE, quietMs: 2 * MINUTE, maxDelayMs: HOUR });
  });

  it('BackupScheduler on an injected clock: backs up after changes, not before, and starts and stops its timer', async () => {
    const { db, dir } = register();
    let now = Date.now() + DAY; // later than the seed data's audit times
    const timers: { callback: () => void; ms: number }[] = [];
    const clock: SchedulerClock = {
      now: () => now,
      setTimeout: (callback, ms) => timers.push({ callback, ms }) - 1,
      clearTimeout: () => undefined,
    };
    const errors: unknown[] = [];
    const scheduler = new BackupScheduler({
      getStore: () => Store.over(db),
      backupDir: dir,
      clock,
      onError: (e) => errors.push(e),
    });
    scheduler.start();
    expect(timers).toEqual([{ callback: expect.any(Function), ms: 0 }]);
    const first = await scheduler.tick();
    expect(first?.manifest?.reason).toBe('auto'); // never backed up, changes long settled
    expect(await scheduler.tick()).toBeNull(); // nothing changed since
    now += 20 * MINUTE;
    createRecord(db, 'party', { name: 'Australia', type: 'state' }, { now: new Date(now) });
    now += MINUTE;
    expect(await scheduler.tick()).toBeNull(); // still settling
    now += 2 * MINUTE;
    const second = await scheduler.tick();
    expect(second?.manifest?.records).toBe(18);
    expect(scheduler.status()).toMatchObject({ lastBackupAt: Date.parse(second!.takenAt), running: false });
    await scheduler.stop();
    expect(errors).toEqual([]);
  });
});

describe('restore', () => {
  it('restores a verified backup after keeping a safety copy, and the restore can be undone', async () => {
    const { db, file, ids, dir } = register();
    const backup = await createVerifiedBackup(Store.over(db), { dir });
    const before = exportBundle(Store.over(db)).records;
    updateRecord(db, 'party', ids.japan, { ...getRecord(db, 'party', ids.japan), notes: 'after the backup' });
    createRecord(db, 'party', { name: 'Australia', type: 'state' });
    const changed = exportBundle(Store.over(db)).records;
    const result = await restoreBackup({
      store: Store.over(db),
      databaseFile: file,
      backupPath: backup.path,
      backupDir: dir,
    });
    expect(db.open).toBe(false);
    expect(exportBundle(result.store).records).toEqual(before);
    expect(result.safetyCopy?.name).toMatch(/^pre-restore-/);
    expect(result.safetyCopy?.manifest?.records).toBe(18);
    const undo = await restoreBackup({
      store: result.store,
      databaseFile: file,
      backupPath: result.safetyCopy!.path,
      backupDir: dir,
    });
    expect(exportBundle(undo.store).records).toEqual(changed);
    undo.store.close();
  });

  it('refuses a damaged backup before touching anything', async () => {
    const { db, file, dir } = register();
    const backup = await createVerifiedBackup(Store.over(db), { dir });
    const raw = new Database(backup.path);
    raw.prepare('DELETE FROM tags').run(); // the copy no longer holds what its manifest says
    raw.close();
    await expect(
      restoreBackup({ store: Store.over(db), databaseFile: file, backupPath: backup.path, backupDir: dir }),
    ).rejects.toThrow(/does not hold what it should: tags: \d+ rows, expected \d+.*Nothing was restored/);
    expect(db.open).toBe(true);
    expect(countRecords(db).party).toBe(7);
    expect(listBackups(dir).filter((b) => b.kind === 'pre-restore')).toEqual([]);
  });

  it('over the contract: list, back up now, restore replaces the handler context’s connection', async () => {
    const { db, file, ids, dir } = register();
    const store = Store.over(db);
    const ctx: HandlerContext = {
      store,
      databaseFile: file,
      backupDir: dir,
      transport: 'preview',
      appVersion: 'test',
      host: {},
    };
    const made = await dispatch(ctx, 'backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'regular', reason: 'manual', records: 17, verified: true } });
    const name = (made as { value: { name: string } }).value.name;
    expect(await dispatch(ctx, 'backups.list', {})).toMatchObject({
      ok: true,
      value: { dir, keep: 10, backups: [{ name }] },
    });
    expect(await dispatch(ctx, 'backups.verify', { name })).toMatchObject({
      ok: true,
      value: { ok: true, records: 17 },
    });
    await dispatch(ctx, 'records.delete', { kind: 'party', id: ids.eu, detach: true });
    const restored = await dispatch(ctx, 'backups.restore', { name });
    expect(restored).toMatchObject({
      ok: true,
      value: { restoredFrom: { name, records: 17 }, safetyCopy: { kind: 'pre-restore' }, records: 17 },
    });
    expect(ctx.store).not.toBe(store);
    expect(await dispatch(ctx, 'records.get', { kind: 'party', id: ids.eu })).toMatchObject({
      ok: true,
      value: { name: 'European Union' },
    });
    expect(await dispatch(ctx, 'backups.restore', { name: 'entente-2020-01-01T00-00-00-000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatch(ctx, 'backups.restore', { name: '../entente.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    ctx.store.close();
  });

  it('from the command line: backup, --list, restore with the way back printed', async () => {
    const { db, file, ids } = register();
    db.close();
    const io = () => {
      const lines: string[] = [];
      return { lines, io: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) } };
    };
    const a = io();
    expect(await runCli(['backup', '--db', file], a.io)).toBe(0);
    expect(a.lines[0]).toMatch(/^Backed up 17 records to .*backups\/entente-.*\.sqlite \(verified/);
    const backupFile = /to (.*\.sqlite)/.exec(a.lines[0]!)![1]!;
    const second = openDatabase(file);
    updateRecord(second, 'party', ids.italy, { ...getRecord(second, 'party', ids.italy), notes: 'later' });
    second.close();
    const list = io();
    expect(await runCli(['backup', '--db', file, '--list'], list.io)).toBe(0);
    expect(list.lines.join('\n')).toMatch(/17 records, verified/);
    const r = io();
    expect(await runCli(['restore', '--db', file, '--from', backupFile], r.io)).toBe(0);
    expect(r.lines.join('\n')).toMatch(
      /Restored 17 records from entente-.*\n.*kept in .*pre-restore-.*; to undo: npm run cli -- restore/,
    );
    const after = openDatabase(file);
    expect(getRecord(after, 'party', ids.italy).notes).toBe('');
    after.close();
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });
});
