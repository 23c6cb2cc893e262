/**
 * The inline status editor and the report builder keep their typing across a confirmed reload, as the record
 * forms do: the page asks first (the browser's own prompt); going ahead, the editor comes back open with what was
 * typed and the same notice ("Unsaved changes from … were restored.", Discard them). A saved event or a discarded
 * draft is not offered again. Real Chromium against the preview server.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, seededSession } from './support/browser';
import { waitForText } from './support/ui';

const { session, ids } = seededSession({ viewport: { width: 1366, height: 900 } });

/** Reloads, answering the browser's "leave the page?" with yes; resolves with what it asked. */
async function confirmedReload(page: Page): Promise<string> {
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.reload();
  return asked;
}

/** Opens the agreement's "Add status event" editor and types a status and a date into it. */
async function typeStatusEvent(page: Page, status: string, date: string) {
  await page.goto(`${session.preview.url}#/agreements/${ids().technicalArrangement}`);
  await page.getByRole('button', { name: 'Add status event' }).click();
  const editor = page.getByRole('form', { name: 'Add status event' });
  await editor.getByRole('combobox', { name: 'Status' }).fill(status);
  await page.getByRole('option', { name: status }).click();
  await editor.getByRole('textbox', { name: 'Date', exact: true }).fill(date);
  return editor;
}

describe('drafts kept across a reload', () => {
  it('the inline status editor comes back with its typing and a notice; Discard empties it', async () => {
    const { page } = session;
    const editor = await typeStatusEvent(page, 'Terminated', 'March 2026');
    await editor.getByRole('textbox', { name: 'Note' }).fill('Note verbale of 2 March from Tokyo');

    expect(await confirmedReload(page)).toBe('beforeunload');
    const back = page.getByRole('form', { name: 'Add status event' });
    await waitForText(page, 'were restored');
    expect(await back.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Terminated');
    expect(await back.getByRole('textbox', { name: 'Date', exact: true }).inputValue()).toBe('March 2026');
    expect(await back.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Note verbale of 2 March from Tokyo');
    await screenshot(page, 'kept-draft-status-editor');
    expect(await seriousViolations(page)).toEqual([]);

    await back.getByRole('button', { name: 'Discard them' }).click();
    expect(await back.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('');
    // Nothing typed any more: a reload asks nothing and offers nothing.
    await page.reload();
    await page.getByRole('button', { name: 'Add status event' }).waitFor();
    expect(await page.getByRole('form', { name: 'Add status event' }).count()).toBe(0);
  }, 180_000);

  it('a saved status event is not offered again after a reload', async () => {
    const { page } = session;
    const editor = await typeStatusEvent(page, 'Suspended', 'April 2026');
    await editor.getByRole('button', { name: 'Add status event' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Add status event' }).waitFor();
    expect(await page.getByRole('form', { name: 'Add status event' }).count()).toBe(0);
  }, 120_000);

  it('the report builder comes back with its scope and a notice', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/reports`);
    await page.getByRole('combobox', { name: 'Parties' }).click();
    await page.getByRole('option', { name: 'Japan', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Title' }).fill('Japan, for the minister');

    expect(await confirmedReload(page)).toBe('beforeunload');
    await waitForText(page, 'were restored');
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Japan, for the minister');
    await page.locator('.mantine-Pill-label', { hasText: /^Japan$/ }).waitFor();
    await screenshot(page, 'kept-draft-report-builder');

    await page.getByRole('button', { name: 'Discard them' }).click();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('');
  }, 180_000);
});
