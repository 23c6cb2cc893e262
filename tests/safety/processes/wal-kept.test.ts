/**
 * Another program opens the register while Entente has it open, then closes it (issue 15, as a tester met it with the
 * `sqlite3` shell): the last connection to close checkpoints the -wal and deletes it — unless another process still
 * holds its lock on the file (https://sqlite.org/wal.html#persistence_of_wal_mode). Entente's workers must keep that
 * lock for as long as they have the register open, so the shell's close leaves the -wal alone and every later save
 * lands in the file; and a -wal removed all the same is noticed before the next save, which is refused rather than
 * reported saved. The app is a real second process (actor.ts `host`); the other program is the real `sqlite3` CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processSuite } from './suite';

const suite = processSuite('wal-kept');
const { register, actor } = suite;

const party = (name: string) => ({ kind: 'party', draft: { name, type: 'state' } }) as never;
/** What a program opening the file from scratch sees: the `sqlite3` shell, as its own process. */
const namesFromScratch = (file: string) =>
  execFileSync('sqlite3', [file, 'SELECT name FROM parties ORDER BY name;'], { encoding: 'utf8' }).split('\n');

describe('the sqlite3 shell opening and closing a register the app has open', () => {
  it('leaves the app’s -wal in place, and a save made after it is in the file', async () => {
    const file = register();
    // The last session ended without closing (a crash): the app starts on a -wal holding its saves, which each worker
    // looks at before opening (open.ts hasForeignWal) — reading the file outside SQLite must not cost SQLite its lock.
    const crashed = await actor('write', file);
    await crashed.line(/^wrote 100$/);
    await crashed.kill();
    const app = await actor('host', file, suite.workerScript);
    await app.line(/"ready":true/);
    expect(await app.call('records.create', party('Before the shell'))).toMatchObject({ ok: true });

    // The other program reads, writes a table of its own and closes: it is not the last connection to the file.
    execFileSync('sqlite3', [
      file,
      'SELECT count(*) FROM parties; CREATE TABLE shell_notes (x); DROP TABLE shell_notes;',
    ]);
    expect(existsSync(`${file}-wal`)).toBe(true);

    expect(await app.call('records.create', party('After the shell'))).toMatchObject({ ok: true });
    expect(namesFromScratch(file)).toEqual(expect.arrayContaining(['Before the shell', 'After the shell']));
  }, 180_000);

  it('a -wal removed while the app has the register open: the next save is refused, never reported saved', async () => {
    const file = register();
    const app = await actor('host', file, suite.workerScript);
    await app.line(/"ready":true/);
    expect(await app.call('records.create', party('Before'))).toMatchObject({ ok: true });
    rmSync(`${file}-wal`); // as another program's close-time checkpoint would, had it been able to
    const saved = await app.call('records.create', party('Into the removed log'));
    expect(saved).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Nothing was saved/) } });
    expect(saved.error?.message).not.toMatch(/SQLITE|sqlite3/);
    // The window reopened the register as it is on disk: the next save lands in the file.
    expect(await app.call('records.create', party('After reopening'))).toMatchObject({ ok: true });
    expect(namesFromScratch(file)).toContain('After reopening');
  }, 180_000);
});
