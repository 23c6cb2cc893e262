/**
 * The sidebar's shortcut hint ("Ctrl+K jump · Ctrl+N new · ? shortcuts") stays inside the sidebar at 1366 px:
 * on one unbreakable line it ran past the sidebar's edge and over the first column of every page (found in a
 * fresh-user pass on the 1,400-record register). It wraps between shortcuts, never inside one.
 */
import { describe, expect, it } from 'vitest';
import { seededSession } from './support/browser';

const { session } = seededSession({ viewport: { width: 1366, height: 768 } });

describe('the sidebar’s shortcut hint', () => {
  it('is drawn inside the sidebar, each shortcut whole', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/agreements`);
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    const drawn = await page.evaluate(() => {
      const nav = document.querySelector('.ent-navbar');
      const hint = document.querySelector('.ent-nav-footer');
      if (!nav || !hint) return null;
      const range = document.createRange();
      range.selectNodeContents(hint);
      const edge = nav.getBoundingClientRect().right;
      const lines = [...range.getClientRects()].map((r) => Math.round(r.right));
      return { edge: Math.round(edge), lines, text: hint.textContent };
    });
    expect(drawn?.text).toBe('Ctrl+K jump · Ctrl+N new · ? shortcuts');
    for (const right of drawn!.lines) expect(right).toBeLessThanOrEqual(drawn!.edge);
    // Each shortcut is on one line with its key.
    for (const item of await page.locator('.ent-nav-footer-item').all())
      expect(await item.evaluate((el) => el.getClientRects().length)).toBe(1);
  }, 120_000);
});
