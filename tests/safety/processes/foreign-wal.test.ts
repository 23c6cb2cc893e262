/**
 * A register replaced by a hand copy of another register (WAL mode, not a backup) while the old -wal stayed beside
 * it (issue 15, as a tester met it): the -wal is another database's and is never applied — every door refuses it,
 * naming it, and it is kept untouched for whoever wants it. The crashed writer and the CLI are real processes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Store } from '../../../db/store';
import { openDatabase } from '../../../db/store/open';
import { checkDatabaseFile } from '../../../electron/node/services/integrity';
import { peekOnce } from '../../support/temp-db';
import { processSuite } from './suite';

const suite = processSuite('foreign-wal');
const { register, actor, cli } = suite;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a -wal left beside a register replaced by a copy of another register', () => {
  it('is refused by the CLI, the check and the window, kept untouched, and never mixed into the copy', async () => {
    const file = register();
    const writer = await actor('write', file);
    await writer.line(/^wrote 100$/);
    await writer.kill(); // a crash: the -wal stays beside the file
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);

    // Another register, laid out differently (no seed records, its own parties), copied over it by hand.
    const other = join(suite.root, `other-${suite.next()}.sqlite`);
    const store = Store.open(other);
    for (let i = 0; i < 30; i++) store.createRecord('party', { name: `Other party ${i}`, type: 'state' } as never);
    store.close();
    copyFileSync(other, file);
    const wal = sha(`${file}-wal`);
    const copy = sha(file);

    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stderr).toMatch(/-wal does not belong to .*Nothing was opened or changed/);
    expect(listed.stdout).not.toMatch(/Busy party/);
    expect(listed.code).not.toBe(0);
    expect(checkDatabaseFile(file)).toMatchObject({
      ok: false,
      damaged: false,
      problem: expect.stringMatching(/does not belong/),
    });
    await expect(suite.window(file)).rejects.toThrow(/does not belong/);
    expect(sha(`${file}-wal`)).toBe(wal);
    expect(sha(file)).toBe(copy);

    // Following the advice (the -wal and -shm moved aside), the register is the copy, whole.
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${file}${suffix}`)) rmSync(`${file}${suffix}`);
    const names = peekOnce(file, (db) =>
      (db.prepare('SELECT name FROM parties ORDER BY name').all() as { name: string }[]).map((r) => r.name),
    );
    expect(names.filter((name) => name.startsWith('Busy party'))).toEqual([]);
    expect(names).toContain('Other party 29');
  }, 180_000);

  it('an older copy of the same register put back with cp -p (its time kept) is never mixed with the later -wal', async () => {
    const file = register();
    const older = join(suite.root, `older-${suite.next()}.sqlite`);
    execFileSync('cp', ['-p', file, older]); // a hand copy, times kept
    const writer = await actor('write', file);
    await writer.line(/^wrote 100$/);
    await writer.kill(); // a crash: the -wal of those 100 saves stays beside the file
    // A hand restore comes well after the crash: the condition is the log's own age (wal-fit.ts HAND_CHANGE_MS).
    await vi.waitUntil(() => Date.now() > statSync(`${file}-wal`).ctimeMs + 2_500, { timeout: 30_000, interval: 100 });
    execFileSync('cp', ['-p', older, file]); // the hand restore: the older copy, with its older time, over the file
    expect(statSync(file).mtimeMs).toBeLessThan(statSync(`${file}-wal`).mtimeMs);
    const wal = sha(`${file}-wal`);
    const copy = sha(file);

    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stderr).toMatch(/-wal does not belong to .*Nothing was opened or changed/);
    expect(listed.stdout).not.toMatch(/Busy party/);
    await expect(suite.window(file)).rejects.toThrow(/does not belong/);
    expect(sha(`${file}-wal`)).toBe(wal);
    expect(sha(file)).toBe(copy);
  }, 180_000);

  it('a register’s own -wal is still its own after chmod or a rename long after the crash (its ctime moved on)', async () => {
    const file = register();
    const writer = await actor('write', file);
    await writer.line(/^wrote 100$/);
    await writer.kill();
    await vi.waitUntil(() => Date.now() > statSync(`${file}-wal`).ctimeMs + 2_500, { timeout: 30_000, interval: 100 });
    chmodSync(file, 0o600); // changes the file's ctime, not a byte of it (fresh tester, issue 15)
    renameSync(file, `${file}.moved`);
    renameSync(`${file}.moved`, file);
    expect(statSync(file).ctimeMs).toBeGreaterThan(statSync(`${file}-wal`).ctimeMs + 2_000);
    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stderr).not.toMatch(/does not belong/);
    expect(listed.stdout).toMatch(/Busy party/);
  }, 180_000);

  it('a register’s own -wal after a crash is still applied: no save is lost', async () => {
    const file = register();
    const writer = await actor('write', file);
    await writer.line(/^wrote 100$/);
    await writer.kill();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const db = openDatabase(file);
    const busy = db.prepare(`SELECT count(*) AS n FROM parties WHERE name LIKE 'Busy party %'`).get() as { n: number };
    db.close();
    expect(busy.n).toBeGreaterThanOrEqual(100);
  }, 180_000);
});
