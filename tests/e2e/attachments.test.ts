/**
 * Attachments in a real Chromium against the preview server, as a new user would: on the demo Technical Arrangement,
 * attach a signed two-page PDF (and a DOCX) through the page's file picker, wait until their text is read, search a
 * word that is only on page 2, get the hit with the file name and page, open it at that page. Axe-clean; the register
 * is looked at from outside (peek).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, screenshot, seriousViolations, type BrowserSession } from './support/browser';
import { docxFile, twoPagePdf } from '../support/attachment-fixtures';
import { peekOnce } from '../support/temp-db';
import { switchTheme } from './support/ui';

describe('attachments in the browser', () => {
  let session: BrowserSession;
  let taId: string;
  beforeAll(async () => {
    session = await openBrowserSession();
    const loaded = await session.preview.call('demo.load', {});
    if (!loaded.ok) throw new Error(loaded.error.message);
    const found = await session.preview.call('search.query', {
      query: 'Technical Arrangement Italian Japanese Air Forces',
    });
    if (!found.ok) throw new Error(found.error.message);
    taId = found.value.hits.find((h) => h.kind === 'agreement')!.id;
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it(
    'attach → text read → search finds page 2 → the hit names file and page → open at page 2',
    { timeout: 180_000 },
    async () => {
      const { page } = session;
      await page.goto(`${session.preview.url}#/agreements/${taId}`);
      await page.getByRole('heading', { level: 2, name: 'Attachments' }).waitFor();
      const pdf = Buffer.from(await twoPagePdf());
      const docx = Buffer.from(await docxFile('Draft minutes of the working group on pilot exchanges'));
      await page.getByTestId('attach-input').setInputFiles([
        { name: 'TA signed.pdf', mimeType: 'application/pdf', buffer: pdf },
        { name: 'draft minutes.docx', mimeType: 'application/octet-stream', buffer: docx },
      ]);
      await page.getByText('2 pages of text').waitFor({ timeout: 90_000 });
      await page.getByText('1 page of text').waitFor({ timeout: 90_000 });
      expect(await page.getByTestId('attachment-row').count()).toBe(2);
      // Stored in the register itself, hashed.
      const rows = peekOnce(session.preview.dbFile, (db) =>
        db.prepare('SELECT file_name AS name, text_state AS state FROM attachment_versions ORDER BY file_name').all(),
      );
      expect(rows).toEqual([
        { name: 'TA signed.pdf', state: 'text' },
        { name: 'draft minutes.docx', state: 'text' },
      ]);
      await screenshot(page, 'attachments-record');
      expect(await seriousViolations(page)).toEqual([]);
      // The text-state badges ("2 pages of text") read on the dark page too.
      await switchTheme(page, 'dark');
      await screenshot(page, 'attachments-record-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await switchTheme(page, 'light');

      await page.goto(`${session.preview.url}#/search`);
      const input = page.getByRole('combobox', { name: 'Search the register' });
      await input.waitFor();
      await input.pressSequentially('addestramento', { delay: 20 });
      const where = page.getByTestId('attachment-hit').first();
      await where.waitFor();
      expect(await where.innerText()).toBe('in the attached “TA signed.pdf”, page 2');
      expect(await page.getByRole('option').first().locator('mark').first().innerText()).toMatch(/addestramento/i);
      await screenshot(page, 'attachments-search');
      expect(await seriousViolations(page)).toEqual([]);

      await input.press('Enter');
      await page.getByText('The search found this on page 2.').waitFor();
      expect(page.url()).toMatch(/\?field=attachment%3A[0-9A-Z]{26}%3A2$|\?field=attachment:[0-9A-Z]{26}:2$/);
      const [tab] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: 'Open at page 2' }).click(),
      ]);
      await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
      expect(tab.url()).toMatch(/\/download\/[A-Za-z0-9_-]{24}#page=2$/);
      await tab.close();
    },
  );
});
