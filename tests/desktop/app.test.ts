/**
 * The real desktop app (`npm run test:electron`): the built main, preload and renderer in a real
 * Electron, on a temp database. First what a hostile page would find (nothing but the contract),
 * then the desk officer's journey through the UI, with the same steps and labels as the browser
 * journey (tests/e2e/journey.test.ts) — an agreement with two parties, status events typed as people
 * type them, the derived status on screen, delete — and finally the SQLite file, read after the app quit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/common/contract/channels';
import { pick, waitForText } from '../e2e/support/ui';
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
    expect(probe).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      keys: [...CHANNEL_NAMES, 'onMenuCommand'].sort(),
    });
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
    const { page, app: electronApp } = app();
    const before = page.url();
    // Listen in main for the navigation attempt itself: the app's own will-navigate guard was registered first,
    // so once this listener has run the attempt has been decided (a condition, not a fixed wait).
    await electronApp.evaluate(({ webContents }) => {
      (globalThis as Record<string, unknown>).__navigationAttempt = new Promise<string>((resolve) => {
        for (const contents of webContents.getAllWebContents())
          contents.once('will-navigate', (_event, url) => resolve(url));
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    expect(await electronApp.evaluate(() => (globalThis as Record<string, unknown>).__navigationAttempt)).toBe(
      'https://example.org/',
    );
    await page.evaluate(() => document.readyState);
    expect(page.url()).toBe(before);
  });
});

describe("a desk officer's journey", () => {
  const TITLE = 'Memorandum of Understanding on defence cooperation';
  let agreementId = '';

  /** In-app navigation, as a sidebar link would do it (hash routes). */
  async function go(hash: string) {
    await app().page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }

  it('creates an agreement with two parties and their roles, through the form', async () => {
    const { page } = app();
    expect(await ok('app.info', {})).toMatchObject({ databaseFile: dbFile, isEmpty: true, transport: 'ipc' });
    // The two parties exist already (created the same way the browser journey does, through the contract).
    for (const name of ['Italian Ministry of Defence', 'Ministry of Defense of Japan']) {
      await ok('records.create', { kind: 'party', draft: { name, type: 'ministry' } });
    }

    await go('#/agreements/new');
    await page.getByLabel('Title').first().fill(TITLE);
    await page.getByRole('button', { name: 'Add party', exact: true }).click();
    await page.getByRole('button', { name: 'Add party', exact: true }).click();
    await pick(page, 'Party 1', 'Italian Ministry of Defence');
    await pick(page, 'Party 2', 'Ministry of Defense of Japan');
    await pick(page, 'Role 2', 'Beneficiary');
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const parties = page.getByRole('region', { name: 'Parties and roles' });
    await parties.getByText('Italian Ministry of Defence').waitFor();
    await parties.getByText('Beneficiary').waitFor();

    agreementId = decodeURIComponent(/#\/agreements\/([^/?#]+)$/.exec(page.url())?.[1] ?? '');
    expect(agreementId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('adds "signed May 2017" and "in force April 2019" and shows the derived status', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Add status event', exact: true }).click();
    await pick(page, 'Status', 'Signed');
    await page.getByLabel('Date', { exact: true }).fill('May 2017');
    await page.getByRole('button', { name: 'Add status event', exact: true }).last().click();
    await waitForText(page, 'Signed · May 2017');

    await page.getByRole('button', { name: 'Add status event', exact: true }).click();
    await pick(page, 'Status', 'In force');
    await page.getByLabel('Date', { exact: true }).fill('April 2019');
    await page.getByRole('button', { name: 'Add status event', exact: true }).last().click();
    await waitForText(page, 'In force · Apr 2019');

    // The same derivation, asked as of a date between the two events.
    const asOf2018 = await ok<{ status: { status: string } | null }>('status.asOf', {
      kind: 'agreement',
      recordId: agreementId,
      asOf: '2018',
    });
    expect(asOf2018.status?.status).toBe('signed');
  });

  it('deletes the agreement after a confirmation', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('heading', { name: 'Agreements' }).waitFor();
    await waitForText(page, 'No agreements yet');
    expect(await ok('records.list', { kind: 'agreement' })).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });

  it('left every change in the SQLite file, audited, once the app has quit', async () => {
    await app().close();
    running = undefined;
    launchError = new Error('the app was closed by the previous test');
    const db = new Database(dbFile, { readonly: true });
    try {
      const parties = db.prepare(`SELECT COUNT(*) AS n FROM records WHERE kind = 'party'`).get() as { n: number };
      const agreements = db.prepare(`SELECT COUNT(*) AS n FROM records WHERE kind = 'agreement'`).get() as {
        n: number;
      };
      const audit = db.prepare(`SELECT COUNT(*) AS n FROM audit`).get() as { n: number };
      expect(parties.n).toBe(2);
      expect(agreements.n).toBe(0);
      expect(audit.n).toBeGreaterThanOrEqual(6); // 2 parties + 1 agreement created, 2 status events, 1 delete
    } finally {
      db.close();
    }
  });
});
