/**
 * Hard faults: a read-only database (the file, and the file with its folder) and a full disk
 * (SQLite's max_page_count on the connection, and a real 8 MB tmpfs) give clear messages,
 * leave no partial state, and the app keeps running; the next write after freeing space works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { openDatabase } from '../../db/store/open';
import { createRecord } from '../../db/store/records';
import type { HandlerContext } from '../../electron/node/handlers/context';
import { dispatch } from '../../electron/node/handlers/dispatch';
import { createVerifiedBackup, listBackups } from '../../electron/node/services/backup';
import { tempDir } from '../support/temp-db';
import { allRows } from './support';
import { Store } from '../../db/store';

const NOBODY = 65534;
const ROOT = join(import.meta.dirname, '../..');
const isRoot = process.getuid?.() === 0;
const made: string[] = [];

afterAll(() => {
  for (const dir of made) {
    try {
      execFileSync('chmod', ['-R', 'u+rwx', dir]);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A folder an unprivileged user can use (mkdtemp makes 0700 folders owned by root). */
function sharedDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-'));
  made.push(dir);
  chmodSync(dir, 0o755);
  return dir;
}

let appRuntime: { node: string; script: string } | undefined;

/**
 * The app child and everything it loads (node, the bundle, better-sqlite3), copied into a
 * world-readable temp folder: the unprivileged user may not be able to enter the checkout.
 */
function runtimeForApp(): { node: string; script: string } {
  if (appRuntime) return appRuntime;
  const base = sharedDir();
  const node = isRoot ? join(base, 'node') : process.execPath;
  if (isRoot) {
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
    cpSync(join(ROOT, 'node_modules/better-sqlite3'), join(base, 'node_modules/better-sqlite3'), {
      recursive: true,
      filter: (source) => !/[\\/]better-sqlite3[\\/](deps|src)([\\/]|$)/.test(source),
    });
  }
  const script = isRoot
    ? join(base, 'read-only-app.cjs')
    : join(ROOT, 'node_modules/.cache/entente-safety/read-only-app.cjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'fixtures/read-only-app.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3'],
    outfile: script,
    logLevel: 'error',
  });
  appRuntime = { node, script };
  return appRuntime;
}

function runAsApp(
  file: string,
  backupDir: string,
): Record<string, { ok?: boolean; code?: string; error?: { code: string; message: string }; message?: string }> {
  const { node, script } = runtimeForApp();
  // root ignores permissions, so the app runs as an unprivileged user, as a desk officer would.
  const result = spawnSync(node, [script, file, backupDir], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (result.status !== 0) throw new Error(`the app process failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as never;
}

function probeMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'entente-mount-'));
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status !== 0) return false;
    spawnSync('umount', [probe]);
    return true;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

function registerIn(dir: string): string {
  const file = join(dir, 'entente.sqlite');
  const db = openDatabase(file);
  loadSeedArticle(db);
  db.close();
  return file;
}

describe('a read-only database', () => {
  it('read-only file: it opens and reads; every write is refused with READ_ONLY and a plain message; nothing changes', () => {
    const dir = sharedDir();
    const file = registerIn(dir);
    const backups = join(dir, 'backups');
    mkdirSync(backups, { mode: 0o555 });
    if (isRoot) chownSync(dir, NOBODY, NOBODY); // the folder stays writable for SQLite's -wal/-shm files
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const app = runAsApp(file, backups);
    expect(app.open).toBe('ok');
    for (const step of ['create', 'undo'] as const) {
      expect(app[step], step).toMatchObject({
        ok: false,
        error: {
          code: 'READ_ONLY',
          message: 'The database is read-only: nothing was saved. Check the file permissions or free the file.',
        },
      });
    }
    expect(app.backup).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/^The backup could not be written to .*backups: .*Older backups were kept\.$/),
      },
    });
    expect(app.list).toEqual({ ok: true, count: 7 });
    expect(app.readsAfterwards).toMatchObject({ ok: true, value: { n: 17 } });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('read-only file and folder: it says plainly why it cannot open, moves nothing, changes nothing', () => {
    const dir = sharedDir();
    const file = registerIn(dir);
    if (isRoot) chownSync(dir, NOBODY, NOBODY);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const before = readFileSync(file);
    const app = runAsApp(file, join(dir, 'backups'));
    expect(app.open).toMatchObject({
      code: 'READ_ONLY',
      message: expect.stringMatching(
        /^Entente cannot open .*entente\.sqlite: the file cannot be read here .* Nothing was changed\. Make the file and its folder writable/,
      ),
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a full disk', () => {
  it('max_page_count reached: DISK_FULL, no partial state, the app keeps running, the next write after freeing space works', async () => {
    const dir = tempDir();
    const file = registerIn(dir);
    const db = openDatabase(file);
    const ctx: HandlerContext = {
      store: Store.over(db),
      databaseFile: file,
      transport: 'ipc',
      appVersion: 'test',
      host: {},
    };
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = {
      kind: 'meeting',
      draft: { title: 'Long minutes', type: 'staff_talks', minutes: 'Minutes. '.repeat(100_000) },
    };
    const before = allRows(db);
    const refused = await dispatch(ctx, 'records.create', big);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        key: 'store.diskFull',
        message: 'The disk is full: nothing was saved. Free some space and try again.',
      },
    });
    expect(allRows(db)).toEqual(before);
    expect(await dispatch(ctx, 'dashboard.get', {})).toMatchObject({ ok: true });
    db.pragma('max_page_count = 1073741823');
    expect(await dispatch(ctx, 'records.create', big)).toMatchObject({ ok: true, value: { title: 'Long minutes' } });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  // Mounting needs root and CAP_SYS_ADMIN; where it is not permitted the max_page_count case above still runs.
  const canMount = isRoot && probeMount();
  it.runIf(canMount)(
    'a real 8 MB tmpfs filled up: DISK_FULL for writes and backups, older backups kept, all works again once space is freed',
    async () => {
      const dir = sharedDir();
      const mnt = join(dir, 'small-disk');
      mkdirSync(mnt);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt]);
      let db: ReturnType<typeof openDatabase> | null = null;
      try {
        const file = registerIn(mnt);
        db = openDatabase(file);
        const backups = join(mnt, 'backups');
        const first = await createVerifiedBackup(Store.over(db), {
          dir: backups,
          now: new Date('2026-06-01T08:00:00Z'),
        });
        const ctx: HandlerContext = {
          store: Store.over(db),
          databaseFile: file,
          backupDir: backups,
          transport: 'ipc',
          appVersion: 'test',
          host: {},
        };
        const stats = statfsSync(mnt);
        writeFileSync(join(mnt, 'filler'), Buffer.alloc(Math.max(0, stats.bavail * stats.bsize - 40_000)));
        const before = allRows(db);
        const big = {
          kind: 'meeting',
          draft: { title: 'Long minutes', type: 'staff_talks', minutes: 'Minutes. '.repeat(40_000) },
        };
        expect(await dispatch(ctx, 'records.create', big)).toEqual({
          ok: false,
          error: {
            code: 'DISK_FULL',
            key: 'store.diskFull',
            message: 'The disk is full: nothing was saved. Free some space and try again.',
          },
        });
        expect(allRows(db)).toEqual(before);
        const backup = await dispatch(ctx, 'backups.create', {});
        expect(backup).toMatchObject({
          ok: false,
          error: {
            code: 'DISK_FULL',
            message: expect.stringMatching(
              /^The backup could not be written: the disk holding .* is full\. Older backups were kept\.$/,
            ),
          },
        });
        expect(listBackups(backups).map((b) => b.name)).toEqual([first.name]);
        rmSync(join(mnt, 'filler'));
        expect(await dispatch(ctx, 'records.create', big)).toMatchObject({ ok: true });
        const again = await dispatch(ctx, 'backups.create', {});
        expect(again, JSON.stringify(again)).toMatchObject({ ok: true, value: { verified: true, records: 18 } });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        createRecord(db, 'party', { name: 'After the scare', type: 'other' });
      } finally {
        if (db?.open) db.close();
        execFileSync('umount', ['-l', mnt]);
      }
    },
  );
});
