/**
 * A damaged register's window offers no action that could only be refused (issue 15, as a fresh tester met it): the
 * preview opens a register whose people's pages are overwritten read-only, and in a real browser the lists offer no
 * "New", Ctrl+N opens no form, a record offers no Edit, Delete or status change, the form's address shows why
 * instead of a form, and Undo / Import are disabled naming the reason. Reading still works. Files dropped onto a
 * record are not sent to be refused: the window says once why nothing was attached.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { openDatabase } from '../../db/store/open';
import { damagePage } from '../safety/processes/support';
import { screenshot, seriousViolations, settled, suiteSession } from './support/browser';

let agreementId = '';
const session = suiteSession(() => {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'entente-read-only-')), 'entente.sqlite');
  const db = openDatabase(dbFile);
  agreementId = loadSeedArticle(db).technicalArrangement;
  db.close();
  damagePage(dbFile, 'people');
  return { dbFile };
});

describe('a damaged register in the browser', () => {
  it('reads, but offers no new record, edit, delete, status change, undo or import', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/agreements`);
    const banner = page.getByRole('status').filter({ hasText: 'This register is damaged' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('people');
    await page.getByText('Technical Arrangement between the Italian and Japanese Air Forces').first().waitFor();
    expect(await page.getByRole('link', { name: 'New agreement' }).count()).toBe(0);
    await page.keyboard.press('Control+n');
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/agreements');

    await page.goto(`${preview.url}#/agreements/${agreementId}`);
    await page.getByRole('heading', { level: 1, name: /Technical Arrangement/ }).waitFor();
    await page.locator('#chronology-title').waitFor();
    for (const name of ['Edit', 'Delete', 'Add status event', 'Add files'])
      expect(await page.getByRole('button', { name }).or(page.getByRole('link', { name })).count(), name).toBe(0);
    await screenshot(page, 'read-only-record');
    expect(await seriousViolations(page)).toEqual([]);

    // Files dropped onto the record: nothing is sent (no upload, no attach), and the reason is said once.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (/\/upload|attachments\.(add|replace)/.test(request.url())) sent.push(request.url());
    });
    const dataTransfer = await page.evaluateHandle(() => {
      const files = new DataTransfer();
      files.items.add(new File(['Minutes of the first session'], 'minutes.txt', { type: 'text/plain' }));
      return files;
    });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    expect(await page.getByText('Drop to attach to this record').count()).toBe(0);
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const said = page.getByRole('alert').filter({ hasText: 'Nothing was attached. This register is damaged' });
    await said.waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer }); // a second drop says it no more than once
    await settled(page);
    expect(await said.count()).toBe(1);
    expect(sent).toEqual([]);
    await screenshot(page, 'read-only-drop');

    await page.goto(`${preview.url}#/agreements/${agreementId}/edit`);
    await page.getByText('Read-only: changes cannot be saved').first().waitFor();
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);

    await page.goto(`${preview.url}#/data`);
    const undo = page.getByTestId('undo');
    await undo.waitFor();
    await expect(undo.isDisabled()).resolves.toBe(true);
    await expect(undo.getAttribute('title')).resolves.toMatch(/This register is damaged/);
    await expect(page.getByTestId('import-bundle').isDisabled()).resolves.toBe(true);
  }, 240_000);
});
