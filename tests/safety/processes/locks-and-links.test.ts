/**
 * Issue 15, as a new user met it: another program's exclusive lock is "busy", never damage; a symlink to a register
 * meets the same owner claim as the register itself. Each CLI run a real process beside a real second one (actor.ts).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { Store } from '../../../db/store';
import { openDatabase } from '../../../db/store/open';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { peekOnce } from '../../support/temp-db';
import { runCliProcess } from '../../electron/node/cli/process';
import { startActor, type Actor } from './support';

let root: string;
let workerScript: string;
const actors: Actor[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'entente-locks-links-'));
  workerScript = await workerBundle();
  await runCliProcess(['--help']); // builds the CLI bundle once, outside the tests' own time
}, 300_000);

afterEach(async () => {
  for (const actor of actors.splice(0).reverse()) await actor.kill();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function register(): string {
  const file = join(root, `register-${++n}.sqlite`);
  const db = openDatabase(file);
  loadSeedArticle(db);
  db.close();
  return file;
}

async function actor(action: string, file: string, extra?: string): Promise<Actor> {
  const started = await startActor(action, file, extra);
  actors.push(started);
  return started;
}

const cli = (...args: string[]) => runCliProcess(args);
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

describe('cli: a symlink meets the owner claim', () => {
  it('import through a symlink to a register another Entente owns is refused, and writes nothing', async () => {
    const file = register();
    const source = join(root, `source-${++n}.sqlite`);
    const store = Store.open(source);
    store.createRecord('party', { name: 'Australia', type: 'state' });
    store.close();
    const bundle = join(root, `bundle-${n}.json`);
    expect((await cli('export', '--db', source, '--out', bundle)).code).toBe(0);
    const alias = join(root, `alias-${n}.sqlite`);
    symlinkSync(file, alias);

    const owner = await actor('host', file, workerScript);
    await owner.line(/"ready":true/);
    const imported = await cli('import', '--db', alias, '--in', bundle);
    expect(imported.stderr).toMatch(/Entente is open on this register in another window \(the Entente preview/);
    expect(imported.code).toBe(5);
    expect(partyNames(file)).not.toContain('Australia');
  }, 120_000);
});
