/**
 * Chromium through playwright-core for the CLI, the preview server and tests (the desktop app prints
 * with Electron's own Chromium instead). The browser is found via CHROMIUM_PATH, then the system's
 * /usr/bin/chromium, then Playwright's own download; with none, a clear message says how to get one.
 * Every page runs with the network cut: a report must never fetch anything.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { AppError } from '../../../common/domain/errors';

export const NO_BROWSER_MESSAGE =
  'No Chromium browser was found for printing. Install one (Debian/Ubuntu: "sudo apt-get install chromium"), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** playwright-core is loaded when something is printed, not when a process starts (it takes over a second). */
const playwright = () => import('playwright-core');

/** The Chromium to print with: CHROMIUM_PATH, the system's, or Playwright's own download; null when none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = (await playwright()).chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch (error) {
    // The desktop app's build replaces playwright-core with a stub that explains itself: pass that on.
    if (error instanceof AppError) throw error;
    // Otherwise playwright-core knows no browser of its own here: fall through to "none found".
  }
  return null;
}

export async function requireChromium(): Promise<string> {
  const path = await findChromium();
  if (path === null) {
    const env = process.env.CHROMIUM_PATH?.trim();
    throw new AppError(
      'UNAVAILABLE',
      env ? `CHROMIUM_PATH points to "${env}", which does not exist. ${NO_BROWSER_MESSAGE}` : NO_BROWSER_MESSAGE,
    );
  }
  return path;
}

/** How Entente starts Chromium: headless, no network of its own (the browser tests add their own flags). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens a throwaway Chromium profile, hands `work` a page whose every request is refused, and always
 * closes the browser and deletes the profile. An aborted signal closes the browser at once.
 */
export async function withChromiumPage<T>(
  work: (page: Page) => Promise<T>,
  options: { deviceScaleFactor?: number; width?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const executablePath = await requireChromium();
  options.signal?.throwIfAborted();
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  let context: BrowserContext | undefined;
  const onAbort = () => void context?.close().catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    context = await (
      await playwright()
    ).chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: options.width ?? 1000, height: 800 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      offline: true,
    });
    await context.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    const result = await work(page);
    options.signal?.throwIfAborted();
    return result;
  } catch (error) {
    if (options.signal?.aborted)
      throw options.signal.reason instanceof Error ? options.signal.reason : new AppError('UNAVAILABLE', 'Cancelled.');
    if (error instanceof AppError) throw error;
    throw new AppError(
      'UNAVAILABLE',
      `Chromium could not print the report: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
