/**
 * The timeline view's programme and search scopes in a real Chromium on a generated register of 1,400+ records
 * (tests/support/treaty-register.ts plus a programme family): each opened by keyboard from where a person starts
 * (the programme's page, the search page), its rows exactly the scope's records, kept by reload and Back; a scope
 * without dates says so in words; a scope of the whole register stays a usable listbox. Screenshots, axe clean.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchInput, SearchResult } from '../../electron/common/domain/search';
import { addProgrammeFamily } from '../support/programme-family';
import { screenshot, seriousViolations } from './support/browser';
import { treatySession } from './support/treaty-session';
import { switchTheme, waitForText } from './support/ui';

const {
  session,
  reg,
  prepared: family,
} = treatySession({
  prepare: (db, reg) => {
    const family = addProgrammeFamily(db, reg, 'Lightning trainer', 0);
    addProgrammeFamily(db, reg, 'Harbour drone', 10);
    return family;
  },
});

const rowsOf = (page: Page) => page.getByRole('listbox', { name: /Records on the timeline/ });

async function rowIds(page: Page): Promise<string[]> {
  const rows = rowsOf(page);
  await rows.waitFor();
  return rows.getByRole('option').evaluateAll((os) => os.map((o) => o.id.replace(/^tl-/, '')));
}

/** Light and dark screenshots of the settled screen, each checked by axe. */
async function shots(page: Page, name: string): Promise<void> {
  await screenshot(page, `timeline-${name}`);
  expect(await seriousViolations(page)).toEqual([]);
  await switchTheme(page, 'dark');
  await screenshot(page, `timeline-${name}-dark`);
  expect(await seriousViolations(page)).toEqual([]);
  await switchTheme(page, 'light');
}

/** Tabs from the page's start until `name` has the focus (a keyboard user's way there), then presses Enter. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`“${name}” never took the focus`);
}

describe('timeline scopes in the browser', () => {
  it("a programme's timeline from its page, by keyboard: exactly its records", { timeout: 240_000 }, async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/programmes/${family.programme}`);
    await page.getByRole('heading', { level: 1, name: 'Lightning trainer' }).waitFor();
    await tabTo(page, 'Show on timeline');
    const heading = page.getByRole('heading', { level: 1, name: 'Timeline · Lightning trainer and its records' });
    await heading.waitFor();
    expect((await rowIds(page)).sort()).toEqual([...family.expected].sort());
    await shots(page, 'programme');

    // The scope is in the address: a reload keeps it.
    await page.reload();
    await heading.waitFor();
    expect((await rowIds(page)).sort()).toEqual([...family.expected].sort());
    // Enter on the second row opens that record.
    await rowsOf(page).focus();
    await page.keyboard.press('ArrowDown');
    const active = (await rowsOf(page).getAttribute('aria-activedescendant'))!.replace(/^tl-/, '');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.location.hash.endsWith(`/${id}`), active);
    await page.goBack();
    await heading.waitFor();
  });

  it(
    "a search's timeline from the search page, by keyboard: exactly its results, date chip and all",
    {
      timeout: 240_000,
    },
    async () => {
      const { page } = session;
      await page.goto(`${session.preview.url}#/search`);
      await page.getByLabel('Search the register').fill('japan training 2021');
      await page.getByRole('list', { name: 'Dates read in the search' }).getByText('Dated 2021').waitFor();
      await tabTo(page, 'Show on timeline');
      const heading = page.getByRole('heading', { level: 1, name: 'Timeline · search “japan training 2021”' });
      await heading.waitFor();
      // Every record the search page finds (all pages of it), parties and people aside: no more, no fewer.
      const expected: string[] = [];
      const input: SearchInput = { query: 'japan training 2021', mode: 'typing', filters: {} };
      for (let offset = 0; ; offset += 200) {
        const reply = await session.preview.call('search.query', { ...input, limit: 200, offset });
        if (!reply.ok) throw new Error(reply.error.message);
        const page = reply.value as SearchResult;
        expected.push(...page.hits.filter((h) => h.kind !== 'party' && h.kind !== 'person').map((h) => h.id));
        if (!page.hasMore) break;
      }
      expect(expected).toContain(reg.japanTrainingSession);
      expect((await rowIds(page)).sort()).toEqual(expected.sort());
      await waitForText(page, 'dates: 2021');
      await shots(page, 'search');
      // Back returns to the same search.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      expect(await page.getByLabel('Search the register').inputValue()).toBe('japan training 2021');
    },
  );

  it(
    "the page's own party picker, by keyboard: the chart's rows follow the party chosen",
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      /** The records the timeline of `party` must show (the same request the page makes), every one. */
      const expectedFor = async (party: string): Promise<string[]> => {
        const reply = await session.preview.call('reports.data', {
          request: { partyIds: [party], partyMatch: 'any', includeMeetings: true },
        });
        if (!reply.ok) throw new Error(reply.error.message);
        return (reply.value as { records: { id: string }[] }).records.map((r) => r.id);
      };
      await page.goto(`${session.preview.url}#/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page.goto(`${session.preview.url}#/timeline`);
      await page.getByText('Choose a party, or open the timeline').waitFor();
      const picker = page.getByRole('combobox', { name: 'Records with a party (any of its bodies)' });
      /** Chooses a party the keyboard way: focus, type its name, ↓ to it, Enter. */
      const choose = async (name: string) => {
        await picker.focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(name);
        await page.getByRole('option', { name, exact: true }).waitFor();
        // ↓ through the matches ("Japan Air Force", "Ministry of Defence of Japan"…) to the party itself.
        const selected = page.locator('[role="option"][data-combobox-selected]');
        for (let i = 0; i < 5 && ((await selected.count()) === 0 || (await selected.textContent()) !== name); i++)
          await page.keyboard.press('ArrowDown');
        expect(await selected.textContent()).toBe(name);
        await page.keyboard.press('Enter');
      };
      const japan = reg.countries.find((c) => c.name === 'Japan')!;
      const france = reg.countries.find((c) => c.name === 'France')!;
      await choose('Japan');
      await page.getByRole('heading', { level: 1, name: 'Timeline · with Japan', exact: true }).waitFor();
      const japanRows = await expectedFor(japan.id);
      expect(japanRows).toEqual(expect.arrayContaining(reg.japanAgreements));
      await expect.poll(() => rowIds(page), { timeout: 45_000 }).toEqual(japanRows);

      // Another party from the same picker: the chart redraws with that party's records, none of Japan's.
      await choose('France');
      await page.getByRole('heading', { level: 1, name: 'Timeline · with France', exact: true }).waitFor();
      const franceRows = await expectedFor(france.id);
      await expect.poll(() => rowIds(page), { timeout: 45_000 }).toEqual(franceRows);
      expect(franceRows.filter((id) => reg.japanAgreements.includes(id))).toEqual([]);
    },
  );

  it(
    'a scope without dates says so in words; the whole register stays a usable listbox',
    {
      timeout: 240_000,
    },
    async () => {
      const { page } = session;
      const created = await session.preview.call('records.create', {
        kind: 'programme',
        draft: { name: 'Undated study', type: 'development' },
      });
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as { id: string }).id;
      await page.goto(`${session.preview.url}#/timeline?programme=${id}`);
      await page.getByRole('status').filter({ hasText: 'has no known date yet' }).waitFor();
      expect(await page.locator('svg#timeline-view').count()).toBe(0);
      await shots(page, 'undated');

      // Leave the page first, so this is a fresh open of the scope.
      await page.goto(`${session.preview.url}#/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page.goto(`${session.preview.url}#/timeline?party=${reg.italy}`);
      // Every record of the register involves Italy: every one is a row (none dropped past the 500th).
      await page.getByText(/ · 1,?\d{3} records$/).waitFor({ timeout: 90_000 });
      const rows = rowsOf(page);
      expect(await rows.getByRole('option').count()).toBeGreaterThan(1300);
      expect(await page.getByText(/^The first \d+ of/).count()).toBe(0);
      await rows.focus();
      await page.keyboard.press('End');
      const last = await rows.getByRole('option').last().getAttribute('id');
      // The key is handled by the page in its own time: wait for the active row, never assume it already moved.
      await expect.poll(() => rows.getAttribute('aria-activedescendant')).toBe(last);

      // Zoomed in and scrolled to the last rows, the time axis is still in view under the header.
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await expect.poll(() => page.getByRole('button', { name: 'Zoom out' }).isEnabled()).toBe(true);
      const axis = page.locator('.ent-timeline-axis');
      const chart = page.locator('svg#timeline-view');
      await expect
        .poll(async () => {
          const [a, c] = [await axis.boundingBox(), await chart.boundingBox()];
          return a && c ? { axisInView: a.y >= 0 && a.y < 80, chartTopGone: c.y < -1000 } : null;
        })
        .toEqual({ axisInView: true, chartTopGone: true });
      // It is the chart's own axis: the same tick labels.
      const labels = (sel: string) =>
        page
          .locator(sel)
          .evaluateAll((ts) =>
            ts
              .filter((t) => t.parentElement?.childElementCount === 2 && t.previousElementSibling?.tagName === 'line')
              .map((t) => t.textContent),
          );
      const chartTicks = await labels('svg#timeline-view > g > text');
      expect(chartTicks.length).toBeGreaterThan(1);
      expect(await labels('.ent-timeline-axis svg > g > text')).toEqual(chartTicks.filter((l) => l !== 'Today'));
      await screenshot(page, 'timeline-axis-sticky');
    },
  );
});
