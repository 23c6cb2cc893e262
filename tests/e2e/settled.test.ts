/**
 * The wait every screenshot and axe run goes through (`settled`, tests/e2e/support/browser.ts) really waits for a
 * running animation to end. Checked on a page of its own with motion allowed, so nothing else can hide a helper
 * that returns too early (a tester found one that gave up at the first look, with a dialog at opacity 0.1).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../electron/node/services/pdf/chromium';
import { findChromium, settled } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
});

describe('settled()', () => {
  it('returns only once a fading dialog is fully shown', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.setContent(`<style>
        @keyframes in { from { opacity: 0 } to { opacity: 1 } }
        #dialog { animation: in 1500ms linear; }
      </style><div id="dialog" role="dialog">Delete and detach</div>`);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(1);
    await settled(page);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await page.locator('#dialog').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await context.close();
  });
});
