/**
 * One Chromium per test file, driven by playwright-core against startPreviewServer on a temp database.
 * The browser is found via CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own download; without one the
 * suite FAILS with instructions (it never skips). Every request the page makes is recorded so tests can
 * assert that nothing leaves 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewOptions, type PreviewServer } from '../../../electron/preview/server';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../screenshots');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

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

export async function openBrowserSession(options: PreviewOptions & { viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const executablePath = findChromium();
  const preview = await startPreviewServer({ build: 'if-stale', quiet: true, ...options });
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1360, height: 860 },
    deviceScaleFactor: 1,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail a step in seconds, not at the test timeout, so a broken step names itself.
  page.setDefaultTimeout(15_000);
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

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** URLs that went anywhere but this preview server (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
