/**
 * Issue 15, as a new user met it: another program's exclusive lock is "busy", never damage; a symlink to a register
 * meets the same owner claim as the register itself. Each CLI run a real process beside a real second one (actor.ts).
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../db/store';
import { peekOnce } from '../../support/temp-db';
import { processSuite } from './suite';

const suite = processSuite('locks-links');
const { register, actor, cli } = suite;
const partyNames = (file: string) =>
  peekOnce(file, (db) =>
    (db.prepare('SELECT name FROM parties ORDER BY name').all() as { name: string }[]).map((r) => r.name),
  );

describe('cli: an exclusive lock is busy, not damage', () => {
  it('list and check say busy (exit 5), never damaged, FAIL or SQLite words', async () => {
    const file = register();
    const holder = await actor('exclusive', file);
    await holder.line(/^holding$/);

    const list = await cli('list', 'party', '--db', file);
    expect(list.stdout + list.stderr).not.toMatch(/damaged|restore a good backup|SQLITE_|database is locked/);
    expect(list.code).toBe(5);

    const check = await cli('check', '--db', file);
    expect(check.stdout + check.stderr).not.toMatch(/damaged|FAIL|SQLITE_/);
    expect(check.stdout).toMatch(/another program holds the register/);
    expect(check.code).toBe(5);
  }, 120_000);
});

describe('a window meets another program’s exclusive lock', () => {
  it('says another program is using the register, waits, and opens once that program lets go', async () => {
    const file = register();
    const holder = await actor('exclusive', file);
    await holder.line(/^holding$/);
    const notices: string[] = [];
    let told: () => void = () => undefined;
    const heard = new Promise<void>((resolve) => (told = resolve));
    const opening = suite.window(file, (message) => {
      notices.push(message);
      if (/Another program is using this register/.test(message)) told();
    });
    // Heard while still held: the window neither opened past the lock nor gave up on it.
    await Promise.race([heard, opening.then(() => Promise.reject(new Error('opened while another program held it')))]);
    await holder.stop(); // the other program closes the register
    const win = await opening;
    const parties = await win.call('records.list', { kind: 'party' });
    expect(parties.ok && parties.value.length).toBe(7);
    expect(win.readOnly).toBeNull();
    expect(notices.join('\n')).not.toMatch(/damaged|SQLITE_|database is locked/);
  }, 180_000);
});

describe('cli: a symlink meets the owner claim', () => {
  it('import through a symlink to a register another Entente owns is refused, and writes nothing', async () => {
    const file = register();
    const source = join(suite.root, `source-${suite.next()}.sqlite`);
    const store = Store.open(source);
    store.createRecord('party', { name: 'Australia', type: 'state' });
    store.close();
    const bundle = join(suite.root, `bundle-${suite.n}.json`);
    expect((await cli('export', '--db', source, '--out', bundle)).code).toBe(0);
    const alias = join(suite.root, `alias-${suite.n}.sqlite`);
    symlinkSync(file, alias);

    const owner = await actor('host', file, suite.workerScript);
    await owner.line(/"ready":true/);
    const imported = await cli('import', '--db', alias, '--in', bundle);
    expect(imported.stderr).toMatch(/Entente is open on this register in another window \(the Entente preview/);
    expect(imported.code).toBe(5);
    expect(partyNames(file)).not.toContain('Australia');
  }, 120_000);
});
