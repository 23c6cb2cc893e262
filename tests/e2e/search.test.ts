/**
 * The search page in a real Chromium on the example data: results as you type with marked hits,
 * keyboard to a record that then highlights the matched words (CSS Custom Highlight API), Back
 * to the same search, axe-core clean (light and dark), nothing requested beyond 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { foreignRequests, screenshot, seriousViolations, suiteSession } from './support/browser';
import { switchTheme, waitForText } from './support/ui';

describe('search in the browser', () => {
  const session = suiteSession({}, { demo: true });

  it(
    'finds as you type, opens a hit with the keyboard at the matched words, and Back returns to the search',
    { timeout: 120_000 },
    async () => {
      const { page } = session;
      await page.goto(`${session.preview.url}#/search`);
      const input = page.getByRole('combobox', { name: 'Search the register' });
      await input.waitFor();
      await input.pressSequentially('indo-pacific', { delay: 20 });
      // Every letter typed stays in the box, however late the answers to the shorter texts arrive.
      expect(await input.inputValue()).toBe('indo-pacific');
      // The list answers the whole word once it is no longer busy (an answer to "indo" may show meanwhile).
      await page.locator('#search-results[aria-busy="false"]').waitFor();
      const option = page.getByRole('option').first();
      expect(await option.locator('mark').first().innerText()).toBe('Indo-Pacific');
      await screenshot(page, 'search');
      expect(await seriousViolations(page)).toEqual([]);

      await switchTheme(page, 'dark');
      await screenshot(page, 'search-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await switchTheme(page, 'light');

      await input.press('Enter');
      await page.getByRole('heading', { level: 1, name: /defence ministers’ meeting/ }).waitFor();
      expect(page.url()).toMatch(/#\/meetings\/[0-9A-Z]{26}\?field=summary$/);
      // The matched words are found on the record page and highlighted there.
      await page.waitForFunction(() =>
        (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
          'entente-search-reveal',
        ),
      );

      await page.goBack();
      await waitForText(page, '1 result');
      expect(await page.getByRole('combobox', { name: 'Search the register' }).inputValue()).toBe('indo-pacific');
    },
  );

  it('Japanese and a filter chip', { timeout: 60_000 }, async () => {
    const { page } = session;
    await page.goto(
      `${session.preview.url}#/search?q=${encodeURIComponent('防衛')}&f=${encodeURIComponent(JSON.stringify({ kinds: ['party'] }))}`,
    );
    await waitForText(page, '2 results'); // the MoD (防衛省) and the JASDF, whose parent it is
    expect(await page.getByRole('option').count()).toBe(2);
    expect(await page.getByRole('option').first().locator('mark').first().innerText()).toBe('防衛');
    await page.getByRole('button', { name: 'Remove filter Parties' }).click();
    await waitForText(page, '4 results');
  });

  it('never asked anything of a host other than the preview server', () => {
    expect(foreignRequests(session.requests, session.preview.url.replace(/\/$/, ''))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
