/**
 * Issue 16 §4 in a real Chromium, by keyboard: a programme is linked to an agreement ("merged into") in the
 * programme's form and both record pages show the link, the agreement's in the inverse wording ("absorbed"); a title
 * in another script (Japanese) added in the same form finds the programme in search. The form with both editors
 * open and the record page are looked at (screenshots) and checked with axe in the light and dark themes.
 */
import { describe, expect, it } from 'vitest';
import { getRecord } from '../../db/store/records';
import { peekOnce } from '../support/temp-db';
import { screenshot, seriousViolations, suiteSession, type BrowserSession } from './support/browser';
import { KeyCounter } from './support/keys';
import { switchTheme, waitForText } from './support/ui';

const JAPANESE_TITLE = '次期戦闘機テンペスト計画';

/** The id a records.create reply gives, or the error it says. */
function idOf(reply: { ok: true; value: unknown } | { ok: false; error: { message: string } }): string {
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { id: string }).id;
}

/** axe on the settled screen in both themes, with a screenshot of each; back in light at the end. */
async function lookInBothThemes(session: BrowserSession, name: string): Promise<void> {
  const { page } = session;
  await screenshot(page, name);
  expect({ name, light: await seriousViolations(page) }).toEqual({ name, light: [] });
  await switchTheme(page, 'dark');
  await screenshot(page, `${name}-dark`);
  expect({ name, dark: await seriousViolations(page) }).toEqual({ name, dark: [] });
  await switchTheme(page, 'light');
}

describe('links between any records, and titles in other scripts, in the browser', () => {
  const session = suiteSession();

  it(
    'links a programme to an agreement by keyboard; both pages show it, each in its own words',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      const agreementId = idOf(
        await session.preview.call('records.create', {
          kind: 'agreement',
          draft: { title: 'GCAP International Organisation Convention', type: 'treaty', placeOfSignature: 'Tokyo' },
        }),
      );
      const programmeId = idOf(
        await session.preview.call('records.create', {
          kind: 'programme',
          draft: { name: 'Tempest', type: 'development' },
        }),
      );

      await page.goto(`${session.preview.url}#/programmes/${programmeId}/edit`);
      await page.getByRole('button', { name: 'Add link', exact: true }).waitFor();
      const keys = new KeyCounter(page);
      const sees = (option: RegExp) => page.getByRole('option', { name: option }).first().waitFor();

      // The link: "Add link" makes a row and goes to its kind; type to filter, Enter takes the match.
      await page.getByRole('button', { name: 'Add link', exact: true }).focus();
      await keys.press('Enter');
      await keys.type('merged');
      await sees(/^Merged into/);
      await keys.press('Enter');
      await keys.press('Tab'); // Linked record 1
      await keys.type('GCAP');
      await sees(/^GCAP International Organisation Convention/);
      await keys.press('Enter');
      expect(await page.getByRole('combobox', { name: 'Link kind 1', exact: true }).inputValue()).toBe('Merged into');

      // The title in Japanese: its own "Add …" button, then language and title.
      await page.getByRole('button', { name: 'Add title in another language', exact: true }).focus();
      await keys.press('Enter');
      await keys.type('ja');
      await keys.press('Tab');
      await keys.type(JAPANESE_TITLE);
      expect(await page.getByRole('textbox', { name: 'Title in another language 1', exact: true }).inputValue()).toBe(
        JAPANESE_TITLE,
      );
      await page.mouse.move(0, 0);
      await lookInBothThemes(session, 'links-titles-form');

      await keys.press('Control+s');
      await page.waitForURL(new RegExp(`#/programmes/${programmeId}$`));
      await page.getByRole('heading', { name: 'Tempest', level: 1 }).waitFor();
      const stored = peekOnce(session.preview.dbFile, (db) => getRecord(db, 'programme', programmeId));
      expect(stored.links).toEqual([{ targetId: agreementId, kind: 'merged_into' }]);
      expect(stored.alternateTitles).toEqual([{ language: 'ja', title: JAPANESE_TITLE }]);

      // The programme's side: "Merged into" the agreement; its Japanese title shown with the other fields.
      const links = page.getByRole('region', { name: 'Links', exact: true });
      await links.getByText('Merged into', { exact: true }).waitFor();
      await links.getByText('GCAP International Organisation Convention').first().waitFor();
      await waitForText(page, JAPANESE_TITLE);
      await lookInBothThemes(session, 'links-titles-programme');

      // The agreement's side, reached from the link: the same link in the inverse wording.
      await links.getByText('GCAP International Organisation Convention').first().click();
      await page.getByRole('heading', { name: 'GCAP International Organisation Convention', level: 1 }).waitFor();
      await page.getByRole('region', { name: 'Links', exact: true }).getByText('Absorbed', { exact: true }).waitFor();
      await page.getByRole('region', { name: 'Links', exact: true }).getByText('Tempest').first().waitFor();
      await waitForText(page, 'Tokyo'); // place of signature
      await lookInBothThemes(session, 'links-titles-agreement');
    },
  );

  it('finds the programme by its Japanese title', { timeout: 120_000 }, async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/search`);
    const input = page.getByRole('combobox', { name: 'Search the register' });
    await input.waitFor();
    await input.pressSequentially('次期戦闘機');
    await page.locator('#search-results[aria-busy="false"]').waitFor();
    const hit = page.getByRole('option').first();
    await hit.getByText('Tempest').first().waitFor();
    expect(await hit.locator('mark').first().innerText()).toBe('次期戦闘機');
    await screenshot(page, 'links-titles-search');
  });
});
