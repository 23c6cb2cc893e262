/**
 * Where two processes, a lock or a damaged file meet (issue 15), with real second processes (actor.ts): a second
 * Entente on a register another one owns; another program holding the write lock; a register damaged on disk; a
 * backup while another process writes without pause; an older register; a -wal left beside a register restored by
 * hand. Each finding of the issue is a test here; each fails when its guard is taken out.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { claimRegister, Store } from '../../../db/store';
import { openDatabase } from '../../../db/store/open';
import { createVerifiedBackup, restoreBackup } from '../../../electron/node/services/backup';
import { checkDatabaseFile, checkSearchTables } from '../../../electron/node/services/integrity';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { DatabaseHost } from '../../../electron/node/worker/host';
import { peekOnce } from '../../support/temp-db';
import { damagePage, startActor, type Actor } from './support';

let root: string;
let workerScript: string;
const open: (Actor | DatabaseHost | Store)[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'entente-processes-'));
  workerScript = await workerBundle();
}, 300_000);

afterEach(async () => {
  for (const thing of open.splice(0).reverse()) {
    if (thing instanceof DatabaseHost) await thing.close();
    else if (thing instanceof Store) thing.close();
    else await thing.kill();
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A register with the seed article's records, closed (its WAL checkpointed into the file). */
function register(): string {
  const file = join(root, `register-${++n}.sqlite`);
  const db = openDatabase(file);
  loadSeedArticle(db);
  db.close();
  return file;
}

async function host(file: string): Promise<DatabaseHost> {
  const started = await DatabaseHost.start({
    workerScript,
    databaseFile: file,
    transport: 'preview',
    appVersion: 'test',
    hostServices: {},
    owner: 'preview',
  });
  open.push(started);
  return started;
}

async function actor(action: string, file: string, extra?: string): Promise<Actor> {
  const started = await startActor(action, file, extra);
  open.push(started);
  return started;
}

const party = (name: string) => ({ kind: 'party', draft: { name, type: 'state' } });
const partyNames = (file: string) =>
  peekOnce(file, (db) =>
    (db.prepare('SELECT name FROM parties ORDER BY name').all() as { name: string }[]).map((r) => r.name),
  );

describe('one register, one owner', () => {
  it('a second Entente opens a register another one owns read-only, naming the owner; writes go only through the owner', async () => {
    const file = register();
    const first = await actor('host', file, workerScript);
    const ready = JSON.parse(await first.line(/"ready":true/)) as { pid: number; readOnly: string | null };
    expect(ready.readOnly).toBeNull();

    const second = await host(file);
    expect(second.readOnly).toMatch(new RegExp(`another window \\(the Entente preview, pid ${ready.pid}, since `));
    const refused = await second.call('records.create', party('Australia') as never);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', message: expect.stringMatching(/^Nothing was saved\. Entente is open/) },
    });
    expect(await second.call('app.info', {})).toMatchObject({ ok: true, value: { readOnly: second.readOnly } });

    // The owner writes; the second one reads what it wrote (the same file, through WAL).
    expect(await first.call('records.create', party('Chile'))).toMatchObject({ ok: true });
    const list = await second.call('records.list', { kind: 'party' });
    expect(list.ok && list.value.map((r) => r.title)).toContain('Chile');
    expect(partyNames(file)).not.toContain('Australia');

    // What a restore or an import from a terminal does first: claim the register. It is refused, naming the owner.
    expect(() => claimRegister(file, 'cli')).toThrow(new RegExp(`pid ${ready.pid}.*was not changed`));

    // Once the owner has gone, the next Entente owns the register and writes.
    await first.stop();
    await second.close();
    open.splice(open.indexOf(second), 1);
    const third = await host(file);
    expect(third.readOnly).toBeNull();
    expect(await third.call('records.create', party('Peru') as never)).toMatchObject({ ok: true });
  }, 180_000);

  it('an owner that crashed leaves a claim the next Entente takes over', async () => {
    const file = register();
    const first = await actor('host', file, workerScript);
    await first.line(/"ready":true/);
    await first.kill();
    expect(existsSync(`${file}.owner`)).toBe(true);
    const next = await host(file);
    expect(next.readOnly).toBeNull();
    expect(await next.call('records.create', party('Kenya') as never)).toMatchObject({ ok: true });
  }, 180_000);
});

describe('busy is not damage', () => {
  it('while another program holds the write lock: the register opens and checks read-only, nothing is rebuilt, a write says busy', async () => {
    const file = register();
    const holder = await actor('hold-lock', file);
    await holder.line(/^holding$/);
    const docsBefore = peekOnce(file, (db) => db.prepare('SELECT count(*) AS n FROM search_docs').get());

    const report = checkDatabaseFile(file);
    expect(report).toMatchObject({ ok: true, damaged: false });
    const store = Store.open(file, { busyTimeoutMs: 200 });
    open.push(store);
    expect(store.searchIndexProblems).toEqual([]);
    const search = checkSearchTables(store);
    expect(search).toMatchObject({ name: 'search_index', ok: false, busy: true });
    expect(peekOnce(file, (db) => db.prepare('SELECT count(*) AS n FROM search_docs').get())).toEqual(docsBefore);

    const h = await host(file);
    expect(h.readOnly).toBeNull(); // not damaged, not another Entente: just busy for a moment
    expect((await h.call('records.list', { kind: 'party' })).ok).toBe(true);
    const write = await h.call('records.create', party('Australia') as never);
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'BUSY', message: expect.stringMatching(/busy in another window or program: nothing was saved/) },
    });
    expect(write.ok === false && write.error.message).not.toMatch(/SQLITE|database is locked/);

    await holder.stop();
    expect(await h.call('records.create', party('Australia') as never)).toMatchObject({ ok: true });
  }, 180_000);
});

describe('no writes into a damaged register', () => {
  it('a register that fails its check opens read-only with the damage explained; nothing is written into it', async () => {
    const file = register();
    const bytes = damagePage(file, 'meetings');

    const h = await host(file);
    expect(h.readOnly).toMatch(
      /damaged \(parts of the file were overwritten or cannot be read: meetings\); it is open read-only/,
    );
    expect(await h.call('records.create', party('Australia') as never)).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY' },
    });
    expect(await h.call('app.info', {})).toMatchObject({
      ok: true,
      value: { readOnly: h.readOnly },
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 180_000);

  it('damage found by a check during a session turns the register read-only from then on', async () => {
    const file = register();
    const h = await host(file);
    expect(await h.call('records.create', party('Chile') as never)).toMatchObject({ ok: true });
    // The file is damaged on disk while open (a bad sector, another program).
    damagePage(file, 'people');
    const check = await h.call('integrity.check', { deep: true });
    expect(check).toMatchObject({ ok: true, value: { ok: false, damaged: true } });
    expect(await h.call('records.create', party('Peru') as never)).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', message: expect.stringMatching(/damaged .*read-only/) },
    });
  }, 180_000);
});

describe('backups that finish', () => {
  it('a backup taken while another process writes without pause completes, verified, and holds every change made before it began', async () => {
    const file = register();
    const writer = await actor('write', file);
    await writer.line(/^wrote 100$/);
    const store = Store.open(file);
    open.push(store);
    const info = await createVerifiedBackup(store, { dir: join(root, `backups-${n}`) });
    expect(info.manifest?.records).toBeGreaterThan(17 + 100);
    await writer.line(/^wrote \d*[05]00$/); // still writing after the backup finished
    expect(checkDatabaseFile(info.path, { deep: true })).toMatchObject({ ok: true });
  }, 180_000);
});

describe('old but valid; a -wal that does not belong', () => {
  it('an older register checks as valid, to be upgraded; a restore from a file without manifest says when it was taken', async () => {
    const file = join(root, 'v1.sqlite');
    const db = openDatabase(file, { targetVersion: 1 });
    db.exec(readFileSync(join(import.meta.dirname, '../../fixtures/schema-v1-demo.sql'), 'utf8'));
    db.close();
    const report = checkDatabaseFile(file);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'schema')?.detail).toMatch(
      /^schema 1: valid, from an older Entente; it will be upgraded/,
    );
    const unmigrated = Store.openUnmigrated(file);
    open.push(unmigrated);
    expect(checkSearchTables(unmigrated)).toMatchObject({ ok: true, detail: expect.stringMatching(/^not built yet/) });

    const target = join(root, 'restored.sqlite');
    const restored = await restoreBackup({
      store: null,
      databaseFile: target,
      backupPath: file,
      backupDir: join(root, 'b'),
    });
    open.push(restored.store);
    expect(restored.restoredFrom.takenAt).toBe(statSync(file).mtime.toISOString());
  }, 120_000);

  it('a register restored by hand beside its old -wal is refused, not mixed with the old changes', async () => {
    const file = register();
    const store = Store.open(file);
    const backup = await createVerifiedBackup(store, { dir: join(root, `backups-wal-${n}`) });
    store.close();
    const writer = await actor('write', file);
    await writer.line(/^wrote 50$/);
    await writer.kill(); // a crash: the -wal stays beside the file
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    copyFileSync(backup.path, file); // the restore by hand, forgetting the -wal
    expect(() => openDatabase(file)).toThrow(/-wal does not belong to .*Nothing was opened or changed/);
    expect(checkDatabaseFile(file)).toMatchObject({
      ok: false,
      damaged: false,
      problem: expect.stringMatching(/does not belong/),
    });
    await expect(host(file)).rejects.toThrow(/does not belong/);
    // Following the advice (move the -wal and -shm aside), the register opens as the backup.
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${file}${suffix}`)) rmSync(`${file}${suffix}`);
    expect(partyNames(file).filter((name) => name.startsWith('Busy party'))).toEqual([]);
  }, 180_000);
});
