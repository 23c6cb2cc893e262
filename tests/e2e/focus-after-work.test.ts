/**
 * Keyboard-first: the focus never falls to the page body after work a person started. An export (report builder,
 * exchange bundle) disables its button while it runs; when it is done the focus is on its result — the line with
 * the download link — or on the button again. A confirmed import puts it on what was imported. A record page
 * loaded afresh (a reload) puts it on the record's heading. Real Chromium against the preview server, keys only.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seededSession } from './support/browser';
import { waitForText } from './support/ui';

let bundlePath = '';
const { session, ids } = seededSession({ viewport: { width: 1366, height: 900 } });

/** What has the focus: tag, role, name and text, enough to say where a keyboard user is. */
function focusIs(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 200),
      testId: el?.getAttribute('data-testid') ?? '',
    };
  });
}

describe('focus after work is done', () => {
  it('a report export by keyboard ends with the focus on its result; Tab reaches the download', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/reports`);
    await waitForText(page, 'records ·');
    const excel = page.getByRole('button', { name: 'Excel', exact: true });
    await excel.focus();
    await page.keyboard.press('Enter');
    await waitForText(page, 'is ready.', 120_000);
    await expect.poll(async () => (await focusIs(page)).text, { timeout: 30_000 }).toContain('is ready.');
    await page.keyboard.press('Tab');
    expect(await focusIs(page)).toMatchObject({ tag: 'a', text: 'Download' });
  }, 240_000);

  it('a bundle export by keyboard ends with the focus on what it says, never on the body', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/data`);
    const button = page.getByTestId('export-bundle');
    await button.focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    bundlePath = (await (await downloading).path())!;
    // The preview hands the file over as a download: the status line says so and has the focus.
    await expect.poll(async () => (await focusIs(page)).testId, { timeout: 30_000 }).toBe('export-done');
    expect((await focusIs(page)).text).toMatch(/^Exported \d+ records to /);
  }, 120_000);

  it('a confirmed import puts the focus on what was imported', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/data`);
    // The bundle the export above downloaded, with one record changed later elsewhere.
    const parsed = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
      records: { id: string; notes?: string; updatedAt: string }[];
    };
    const japan = parsed.records.find((r) => r.id === ids().japan)!;
    japan.notes = 'Changed in Rome';
    japan.updatedAt = new Date(Date.now() + 60_000).toISOString();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'rome.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(parsed)) });
    const confirm = page.getByTestId('confirm-import');
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-done').waitFor();
    await expect.poll(async () => (await focusIs(page)).testId, { timeout: 30_000 }).toBe('import-done');
  }, 120_000);

  it('a record page reloaded puts the focus on the record’s heading', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/agreements/${ids().technicalArrangement}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    const title = (await heading.textContent()) ?? '';
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(async () => focusIs(page), { timeout: 30_000 }).toMatchObject({ tag: 'h1', text: title });
    // The next Tab goes on from the heading, into the record's actions, not from the top of the window.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  }, 120_000);
});
