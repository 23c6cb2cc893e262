/**
 * Lists and the timeline tell rows apart (issue 13, fresh testers) in a real Chromium at 1366 px on the generated
 * register of 1,400+ records: an upper-case, a Japanese and a mixed title are cut to fit their list cell by
 * measuring them, so their distinguishing END is on screen and nothing overflows (boxes compared), and the whole
 * title is the cell's accessible name. Screenshots light and dark, axe clean.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../db/store/records';
import { screenshot, seriousViolations } from './support/browser';
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

const { session, prepared } = treatySession({
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
    return { freedonia };
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

describe('rows told apart in a register of thousands', () => {
  it(
    'upper-case, Japanese and mixed titles are cut to fit their cell and keep their end',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      await page.goto(`${session.preview.url}#/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const filter = encodeURIComponent(JSON.stringify({ partyId: prepared.freedonia }));
      await page.goto(`${session.preview.url}#/agreements?f=${filter}`);
      await waitForText(page, '3 matches');
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
});
