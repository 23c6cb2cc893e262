/**
 * The real desktop app (`npm run test:electron`): the built main, preload and renderer in a real
 * Electron, on a temp database. First what a hostile page would find (nothing but the contract),
 * then the desk officer's journey — two parties, an agreement between them, status events, the
 * derived status on screen, delete — and finally the SQLite file itself, read back after the app quit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/contract/channels';
import { launchApp, type RunningApp } from './support/app';

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

let running: RunningApp | undefined;
let launchError: unknown;
let workDir: string;
let dbFile: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'entente-electron-test-'));
  dbFile = path.join(workDir, 'register.sqlite');
  try {
    running = await launchApp({ dbFile });
  } catch (error) {
    launchError = error; // reported by every test below, so the run fails loudly instead of skipping
  }
});

afterAll(async () => {
  await running?.close();
  rmSync(workDir, { recursive: true, force: true });
});

function app(): RunningApp {
  if (!running) throw launchError instanceof Error ? launchError : new Error(String(launchError));
  return running;
}

/** Calls a contract channel through window.entente in the page: the real preload → IPC → main path. */
async function call(name: string, input: unknown): Promise<Reply> {
  return app().page.evaluate(
    ([n, i]) => (window as unknown as { entente: Record<string, (x: unknown) => Promise<unknown>> }).entente[n]!(i),
    [name, input] as const,
  ) as Promise<Reply>;
}

async function ok<T>(name: string, input: unknown): Promise<T> {
  const reply = await call(name, input);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error?.code} ${reply.error?.message}`);
  return reply.value as T;
}

describe('the desktop window', () => {
  it('shows the app from app://entente/', async () => {
    const { page } = app();
    expect(page.url()).toMatch(/^app:\/\/entente\//);
    await expect.poll(() => page.title()).toBe('Entente');
  });

  it('gives the page no Node and exactly the contract on window.entente', async () => {
    const probe = await app().page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      keys: Object.keys((window as unknown as { entente: object }).entente).sort(),
    }));
    expect(probe).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', keys: [...CHANNEL_NAMES, 'onMenuCommand'].sort() });
  });

  it('enforces the CSP: no eval, no requests leaving the app, no new windows', async () => {
    const { page, app: electronApp } = app();
    const result = await page.evaluate(async () => {
      let evalBlocked = false;
      try {
        eval('1 + 1');
      } catch {
        evalBlocked = true;
      }
      let fetchBlocked = false;
      try {
        await fetch('https://example.org/');
      } catch {
        fetchBlocked = true;
      }
      const opened = window.open('https://example.org/');
      return { evalBlocked, fetchBlocked, opened: opened !== null };
    });
    expect(result).toEqual({ evalBlocked: true, fetchBlocked: true, opened: false });
    expect(electronApp.windows()).toHaveLength(1);
  });

  it('refuses to navigate away from the app', async () => {
    const { page } = app();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
  });
});

describe("a desk officer's journey", () => {
  it('records an agreement between two parties, derives its status, then deletes it', async () => {
    const { page } = app();
    expect(await ok('app.info', {})).toMatchObject({ databaseFile: dbFile, isEmpty: true, transport: 'ipc' });

    const italy = await ok<{ id: string }>('records.create', { kind: 'party', draft: { name: 'Italian Ministry of Defence', type: 'ministry' } });
    const japan = await ok<{ id: string }>('records.create', { kind: 'party', draft: { name: 'Japan Ministry of Defense', type: 'ministry' } });
    const agreement = await ok<{ id: string }>('records.create', {
      kind: 'agreement',
      draft: {
        title: 'Technical Arrangement on Defence Equipment and Technology Cooperation',
        type: 'technical_arrangement',
        parties: [
          { partyId: italy.id, role: 'signatory' },
          { partyId: japan.id, role: 'signatory' },
        ],
      },
    });
    await ok('status.add', { kind: 'agreement', recordId: agreement.id, event: { status: 'under_negotiation', date: '2019' } });
    await ok('status.add', { kind: 'agreement', recordId: agreement.id, event: { status: 'signed', date: 'January 2021' } });

    const listed = await ok<{ id: string; status: { status: string } | null }[]>('records.list', { kind: 'agreement' });
    expect(listed.map((r) => [r.id, r.status?.status])).toEqual([[agreement.id, 'signed']]);
    const asOf2020 = await ok<{ status: { status: string } | null }>('status.asOf', { kind: 'agreement', recordId: agreement.id, asOf: '2020' });
    expect(asOf2020.status?.status).toBe('under_negotiation');

    // The derived status on screen, in the record's page.
    await page.evaluate((id) => {
      window.location.hash = `#/agreements/${encodeURIComponent(id)}`;
    }, agreement.id);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('Technical Arrangement on Defence Equipment');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Signed/);

    // A party with an agreement cannot silently disappear; the agreement itself can be deleted.
    const blocked = await call('records.delete', { kind: 'party', id: italy.id });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS' } });
    expect(await ok('records.delete', { kind: 'agreement', id: agreement.id })).toMatchObject({ deletedId: agreement.id });
    expect(await ok('records.list', { kind: 'agreement' })).toEqual([]);

    await page.evaluate(() => {
      window.location.hash = '#/agreements';
    });
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).not.toContain('Technical Arrangement on Defence Equipment');
    expect(app().pageErrors).toEqual([]);
  });

  it('left every change in the SQLite file, audited, once the app has quit', async () => {
    await app().close();
    running = undefined;
    launchError = new Error('the app was closed by the previous test');
    const db = new Database(dbFile, { readonly: true });
    try {
      const parties = db.prepare(`SELECT COUNT(*) AS n FROM records WHERE kind = 'party'`).get() as { n: number };
      const agreements = db.prepare(`SELECT COUNT(*) AS n FROM records WHERE kind = 'agreement'`).get() as { n: number };
      const audit = db.prepare(`SELECT COUNT(*) AS n FROM audit`).get() as { n: number };
      expect(parties.n).toBe(2);
      expect(agreements.n).toBe(0);
      expect(audit.n).toBeGreaterThanOrEqual(6); // 3 creates, 2 status events, 1 delete
    } finally {
      db.close();
    }
  });
});
