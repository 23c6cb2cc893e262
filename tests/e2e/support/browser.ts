/**
 * One Chromium per test file, driven by playwright-core against startPreviewServer on a temp database.
 * The browser is found via CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own download; without one the
 * suite FAILS with instructions (it never skips). Every request the page makes is recorded so tests can
 * assert that nothing leaves 127.0.0.1.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadSeedArticle, type SeedIds } from '../../../db/demo/seed-article';
import { openDatabase } from '../../../db/store/open';
import { CHROMIUM_ARGS as PDF_CHROMIUM_ARGS } from '../../../electron/node/services/pdf/chromium';
import { startPreviewServer, type PreviewOptions, type PreviewServer } from '../../../electron/node/preview/server';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../screenshots');

export const CHROMIUM_ARGS = [...PDF_CHROMIUM_ARGS, '--force-prefers-reduced-motion'];

/**
 * Options every test browser context is created with: the page asks for reduced motion, which the app honours
 * (Mantine `respectReducedMotion`, app.css), so modals and menus appear settled instead of fading in.
 */
export const CONTEXT_OPTIONS = { reducedMotion: 'reduce', deviceScaleFactor: 1 } as const;

/**
 * Resolves once the screen is settled: fonts loaded and no animation or transition running on the page
 * (`document.getAnimations()` empty), checked on two consecutive frames so one that starts on the next frame is
 * caught too. Call before axe, a screenshot or any assertion about colours. Waits for the condition, never for time.
 */
export async function settled(page: Page, timeout = 45_000): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A plain predicate, never an async one: waitForFunction takes any truthy return — a Promise included — as done,
  // so an async check returned at the first look with the dialog still fading (a tester caught it at opacity 0.1).
  const still = () => document.getAnimations().every((a) => a.playState !== 'running' && !a.pending);
  await page.waitForFunction(still, undefined, { timeout, polling: 'raf' });
  // Two frames later, still nothing running: an animation that starts on the next frame is waited for too.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(still, undefined, { timeout, polling: 'raf' });
}

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core has no browser of its own unless one was installed.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
  );
}

export interface BrowserSession {
  preview: PreviewServer;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

export type SessionOptions = PreviewOptions & { viewport?: { width: number; height: number } };

export async function openBrowserSession(options: SessionOptions = {}): Promise<BrowserSession> {
  const executablePath = findChromium();
  const preview = await startPreviewServer({ build: 'if-stale', quiet: true, ...options });
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1360, height: 860 },
    ...CONTEXT_OPTIONS,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail a step well before the test timeout, so a broken step names itself (generous: CI machines can be busy).
  page.setDefaultTimeout(45_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(preview.openUrl);
  return {
    preview,
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      await preview.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A screenshot of the settled screen into tests/screenshots/<name>.png (animations disabled as a second guard). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await settled(page);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/**
 * axe-core's serious and critical WCAG 2.1 A/AA violations on the settled screen, one line each; [] when clean.
 * Settling first matters: axe measures contrast from computed colours, and a dialog mid-fade has partial opacity.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await settled(page);
  // A sandboxed frame (the report preview: no scripts allowed) cannot host axe, and injecting into it hangs: it is
  // excluded here and the report document is checked on a page of its own (tests/e2e/reports-builder.test.ts).
  const results = await new AxeBuilder({ page })
    .exclude('iframe[sandbox]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** URLs that went anywhere but this preview server (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/**
 * One browser session for the suite it is called in: opened before the first test (from `options`, or what
 * `prepare` returns once it has made a register file), with the example data loaded when `demo`, and closed
 * after the last. The returned session reads through to the open one, so tests use it as they would a variable.
 */
export function suiteSession(
  options: SessionOptions | (() => SessionOptions | Promise<SessionOptions>) = {},
  { demo = false }: { demo?: boolean } = {},
): BrowserSession {
  let open: BrowserSession | undefined;
  beforeAll(async () => {
    open = await openBrowserSession(typeof options === 'function' ? await options() : options);
    if (demo) {
      const loaded = await open.preview.call('demo.load', {});
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
  }, 300_000);
  afterAll(async () => {
    await open?.close();
  }, 60_000);
  const current = (): BrowserSession => {
    if (!open) throw new Error('The browser session opens before the first test: use it inside a test.');
    return open;
  };
  return {
    get preview() {
      return current().preview;
    },
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get requests() {
      return current().requests;
    },
    get pageErrors() {
      return current().pageErrors;
    },
    close: () => current().close(),
  };
}

/**
 * `suiteSession` on a fresh register file holding the seed article's records (written before the preview opens,
 * so the page never offers the welcome panel); `ids()` names them once the suite has started.
 */
export function seededSession(options: SessionOptions = {}): { session: BrowserSession; ids: () => SeedIds } {
  let ids: SeedIds | undefined;
  const session = suiteSession(() => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'entente-seeded-')), 'entente.sqlite');
    const db = openDatabase(dbFile);
    ids = loadSeedArticle(db);
    db.close();
    return { ...options, dbFile };
  });
  return {
    session,
    ids: () => {
      if (!ids) throw new Error('The seeded register is written before the first test: use ids() inside a test.');
      return ids;
    },
  };
}
