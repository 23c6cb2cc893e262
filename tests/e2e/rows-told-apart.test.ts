/**
 * Lists and the timeline tell rows apart (issue 13, fresh testers) in a real Chromium at 1366 px on the generated
 * register of 1,400+ records: an upper-case, a Japanese and a mixed title are cut to fit their list cell by
 * measuring them, so their distinguishing END is on screen and nothing overflows (boxes compared), and the whole
 * title is the cell's accessible name. On the cross-record timeline the same titles' row labels keep their end
 * inside the label column, whole in the row's tooltip and accessible name; the whole register's timeline draws
 * every record (none dropped past the 500th), and the last one is reached and opened by keyboard. Screenshots
 * light and dark, axe clean.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../db/store/records';
import { screenshot, seriousViolations, settled } from './support/browser';
import { treatySession } from './support/treaty-session';
import { switchTheme, waitForText } from './support/ui';

/** Titles wider than their characters suggest: capitals, Japanese (about twice a Latin letter), and both mixed. */
const TITLES = {
  upper:
    'MEMORANDUM OF UNDERSTANDING BETWEEN THE MINISTRY OF DEFENCE OF THE ITALIAN REPUBLIC AND THE MINISTRY OF DEFENCE OF FREEDONIA CONCERNING THE JOINT DEVELOPMENT OF THE WIDEBODY TRAINER AIRCRAFT, ANNEX QX-7',
  japanese:
    'イタリア共和国政府とフリードニア共和国政府との間の防衛装備品及び技術の移転並びに共同研究開発に関する協定の実施のための技術取決めにおける相互後方支援及び教育訓練の実施細目に関する附属書第七号乙',
  mixed:
    'Accordo tra ITALIA e FREEDONIA — 防衛装備品及び技術の移転に関する協定 — concerning the TRANSFER OF DEFENCE EQUIPMENT AND TECHNOLOGY FOR THE WIDEBODY PROGRAMME (附属書第九号 ZK-9)',
};
/** What tells each apart: its last characters. */
const ENDS = { upper: 'ANNEX QX-7', japanese: '附属書第七号乙', mixed: '附属書第九号 ZK-9)' };

const { session, reg, prepared } = treatySession({
  homeParty: true,
  prepare: (db, reg) => {
    const freedonia = createRecord(db, 'party', { name: 'Freedonia', type: 'state' }).id;
    for (const title of Object.values(TITLES))
      createRecord(db, 'agreement', {
        title,
        type: 'treaty',
        parties: [
          { partyId: reg.italy, role: 'signatory', events: [{ kind: 'signature', date: '2022-03-04' }] },
          { partyId: freedonia, role: 'signatory', events: [{ kind: 'signature', date: '2022-03-04' }] },
        ],
        statusEvents: [{ status: 'signed', date: '2022-03-04' }],
      });
    // In force since 2021, then "Superseded" entered with no date: as of 2023 its status may since have changed.
    const oldMou = createRecord(db, 'agreement', {
      title: 'Old MoU on logistics with Freedonia',
      type: 'mou',
      parties: [
        { partyId: reg.italy, role: 'signatory', events: [] },
        { partyId: freedonia, role: 'signatory', events: [] },
      ],
      statusEvents: [
        { status: 'in_force', date: '2021' },
        { status: 'superseded', date: '' },
      ],
    }).id;
    return { freedonia, oldMou };
  },
});

/** Light and dark screenshots of the settled screen, each checked by axe. */
async function shots(page: Page, name: string): Promise<void> {
  await screenshot(page, `told-apart-${name}`);
  expect(await seriousViolations(page)).toEqual([]);
  await switchTheme(page, 'dark');
  await screenshot(page, `told-apart-${name}-dark`);
  expect(await seriousViolations(page)).toEqual([]);
  await switchTheme(page, 'light');
}

/**
 * What a title cell shows, read from the layout: its visible text (screen-reader-only text left out), the text
 * boxes that stick out of the cell (its column horizontally, its two-line title box vertically: a glyph's box may
 * pass its line by a few pixels, a clamped third line by a whole line), and whether its last characters do.
 */
function readCell(cell: Locator) {
  return cell.evaluate((el) => {
    const column = el.getBoundingClientRect();
    const lines = el.querySelector('.ent-cell-title2')!.getBoundingClientRect();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!n.parentElement?.closest('.ent-sr') && n.textContent) texts.push(n as Text);
    const outside = (r: DOMRect) =>
      r.width > 0 &&
      (r.left < column.left - 0.5 ||
        r.right > column.right + 0.5 ||
        r.top < lines.top - 4 ||
        r.bottom > lines.bottom + 4);
    const out: string[] = [];
    for (const t of texts) {
      const range = document.createRange();
      range.selectNodeContents(t);
      for (const r of range.getClientRects())
        if (outside(r)) out.push(`${t.data.slice(0, 20)}… at ${r.left}–${r.right}`);
    }
    const last = texts[texts.length - 1]!;
    const range = document.createRange();
    range.setStart(last, Math.max(0, last.data.length - 3));
    range.setEnd(last, last.data.length);
    const end = [...range.getClientRects()].map((r) => outside(r));
    return { visible: texts.map((t) => t.data).join(' '), outside: out, endHidden: end.some(Boolean) };
  });
}

/** Opens `path` afresh: the dashboard first, so nothing of an earlier visit (filters, as-of date) stays. */
async function openFresh(page: Page, path: string): Promise<void> {
  await page.goto(`${session.preview.url}#/`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.goto(`${session.preview.url}#${path}`);
}

describe('rows told apart in a register of thousands', () => {
  it(
    'upper-case, Japanese and mixed titles are cut to fit their cell and keep their end',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      await openFresh(page, `/agreements?f=${encodeURIComponent(JSON.stringify({ partyId: prepared.freedonia }))}`);
      await waitForText(page, '4 matches');
      for (const key of ['upper', 'japanese', 'mixed'] as const) {
        const cell = page
          .getByRole('gridcell')
          .filter({ has: page.locator(`.ent-cell-title2[title="${TITLES[key]}"]`) });
        await cell.waitFor();
        const seen = await readCell(cell);
        expect(seen.outside, `${key}: text outside its cell`).toEqual([]);
        expect(seen.endHidden, `${key}: its last characters are clipped`).toBe(false);
        expect(seen.visible.trimEnd(), `${key}: shows its end`).toMatch(
          new RegExp(`${ENDS[key].replace(/[()]/g, '\\$&')}$`),
        );
        // Cut (the title is far longer than two lines), and the cut is in the middle, the start kept too.
        expect(seen.visible).toContain('…');
        expect(TITLES[key].startsWith(seen.visible.slice(0, 8))).toBe(true);
        // The whole title is the cell's accessible name (and its tooltip), whatever is cut on screen.
        expect(await page.getByRole('gridcell', { name: TITLES[key], exact: true }).count()).toBe(1);
      }
      await shots(page, 'list-wide-titles');
    },
  );

  it(
    'the list as of a past date marks a status that may since have changed, and says why',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      await openFresh(page, `/agreements?f=${encodeURIComponent(JSON.stringify({ partyId: prepared.freedonia }))}`);
      await waitForText(page, '4 matches');
      const row = page.locator(`#row-${prepared.oldMou}`);
      // Today: Superseded (the undated status entered last is the current one), no mark.
      await expect.poll(() => row.locator('.ent-badge').innerText()).toMatch(/^Superseded/);
      expect(await page.getByTestId('status-later').count()).toBe(0);
      const asOf = page.getByRole('textbox', { name: 'As of (status and dates as they were)' });
      await asOf.fill('2023');
      await waitForText(page, 'as of 2023');
      await expect.poll(() => row.locator('.ent-badge').innerText()).toMatch(/^In force/);
      // The mark, on that row only, with the report's words as its tooltip and in the cell's accessible name.
      await expect.poll(() => page.getByTestId('status-later').count()).toBe(1);
      expect(await row.getByTestId('status-later').getAttribute('title')).toBe(
        '* may since have changed: Superseded, date unknown',
      );
      expect(
        await row
          .getByRole('gridcell', { name: /^In force .* may since have changed: Superseded, date unknown$/ })
          .count(),
      ).toBe(1);
      await shots(page, 'list-as-of-mark');
      await asOf.fill('');
    },
  );

  it(
    'timeline row labels keep their end inside the label column; the whole title is the tooltip',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      await openFresh(page, `/timeline?party=${prepared.freedonia}`);
      const rows = page.getByRole('listbox', { name: /Records on the timeline/ });
      await expect.poll(() => rows.getByRole('option').count()).toBe(4);
      await settled(page);
      const labels = await labelLines(page);
      for (const key of ['upper', 'japanese', 'mixed'] as const) {
        const label = labels.find((l) => l.title === TITLES[key]);
        expect(label, key).toBeDefined();
        // Two lines: the start, then "… " and the end that tells the row apart, then its kind.
        expect(TITLES[key].startsWith(label!.lines[0]!), key).toBe(true);
        expect(label!.lines[1], key).toMatch(/^… /);
        expect(label!.lines[1]!.endsWith(`${ENDS[key]} · Agreement`), key).toBe(true);
        expect(label!.overflow, `${key}: label runs into the chart`).toEqual([]);
        // The whole title: the row's tooltip and what a screen reader reads.
        const option = rows.getByRole('option', { name: new RegExp(`^${escape(TITLES[key])}, Agreement`) });
        expect(await option.getAttribute('title')).toContain(TITLES[key]);
      }
      await shots(page, 'timeline-labels');
    },
  );

  it(
    'the whole register on the timeline: every record drawn, one past the 500th opened by keyboard',
    { timeout: 300_000 },
    async () => {
      const { page } = session;
      const request = { partyIds: [reg.italy], partyMatch: 'any' as const, includeMeetings: true };
      const reply = await session.preview.call('reports.data', { request });
      if (!reply.ok) throw new Error(reply.error.message);
      const expected = (reply.value as { records: { id: string; title: string }[] }).records;
      expect(expected.length).toBeGreaterThan(1300);
      await page.goto(`${session.preview.url}#/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      // Opening cost, measured once (reported, not asserted): time to every row, and the longest main-thread task.
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      const started = Date.now();
      await page.evaluate((id) => (location.hash = `#/timeline?party=${id}`), reg.italy);
      const rows = page.getByRole('listbox', { name: /Records on the timeline/ });
      await rows.waitFor({ timeout: 90_000 });
      await expect.poll(() => rows.getByRole('option').count(), { timeout: 90_000 }).toBe(expected.length);
      await page.locator('svg#timeline-view').waitFor();
      const opened = Date.now() - started;
      const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      console.info(
        `whole-register timeline: ${expected.length} rows in ${opened} ms; longest task ${Math.round(longest)} ms`,
      );
      expect(await page.getByText(/^The first \d+ of/).count()).toBe(0);
      expect(await page.getByText(`· ${expected.length} records`).count()).toBe(1);

      // The last row (far beyond the old 500th) by keyboard: End, drawn where it now is, Enter opens it.
      await rows.focus();
      await page.keyboard.press('End');
      const last = expected[expected.length - 1]!;
      await expect.poll(() => rows.getAttribute('aria-activedescendant')).toBe(`tl-${last.id}`);
      await expect
        .poll(async () => (await labelLines(page)).some((l) => l.title === last.title), { timeout: 45_000 })
        .toBe(true);
      await screenshot(page, 'told-apart-timeline-whole-end');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain(last.id);
    },
  );
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each drawn row's label on the timeline chart: its full title (the row's <title>), its label lines as shown, and
 * any line whose box passes the label column's right edge (into the bars).
 */
function labelLines(page: Page) {
  return page.locator('svg#timeline-view').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const columnRight = svg.getBoundingClientRect().left + 250 * scale;
    return [...svg.querySelectorAll(':scope > g')]
      .filter((g) => g.firstElementChild?.tagName === 'title' && g.querySelector(':scope > text[x="8"]'))
      .map((g) => {
        const texts = [...g.querySelectorAll<SVGTextElement>(':scope > text[x="8"]')];
        return {
          title: g.firstElementChild!.textContent ?? '',
          lines: texts.map((t) => t.textContent ?? ''),
          overflow: texts.filter((t) => t.getBoundingClientRect().right > columnRight).map((t) => t.textContent),
        };
      });
  });
}
