/**
 * In a real Chromium: Ctrl+S under the "Discard unsaved changes?" dialog saves and then goes where the person was
 * going (no dialog left over a saved record). Screenshot of the dialog with its "Save and leave", with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRecord } from '../../db/store/records';
import { peekOnce } from '../support/temp-db';
import { openBrowserSession, screenshot, seriousViolations, type BrowserSession } from './support/browser';

describe('the leave dialog in a real browser', () => {
  let session: BrowserSession;
  let meetingId: string;

  beforeAll(async () => {
    session = await openBrowserSession();
    await session.preview.call('records.create', {
      kind: 'agreement',
      draft: { title: 'Memorandum on defence cooperation', type: 'mou' },
    });
    const meeting = await session.preview.call('records.create', {
      kind: 'meeting',
      draft: { title: 'Staff talks, Rome', type: 'staff_talks', date: '2026-11-02' },
    });
    if (!meeting.ok) throw new Error(meeting.error.message);
    meetingId = (meeting.value as { id: string }).id;
  });
  afterAll(async () => {
    await session?.close();
  });

  const stored = () =>
    peekOnce(session.preview.dbFile, (db) => getRecord(db, 'meeting', meetingId)) as unknown as {
      version: number;
    };

  it('Ctrl+S under the leave dialog saves and completes the navigation', async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/meetings/${meetingId}/edit`);
    const title = page.getByRole('textbox', { name: /^Title/ });
    await expect.poll(() => title.inputValue()).toBe('Staff talks, Rome');
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (second round)');
    const before = stored().version;
    await page.getByRole('link', { name: 'Agreements' }).click();
    const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await dialog.getByRole('button', { name: 'Save and leave' }).waitFor();
    await screenshot(page, 'leave-dialog-save');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Control+s');
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    expect(await dialog.count()).toBe(0);
    expect(stored().version).toBe(before + 1);
    expect(
      (peekOnce(session.preview.dbFile, (db) => getRecord(db, 'meeting', meetingId)) as { title: string }).title,
    ).toBe('Staff talks, Rome (second round)');
  });
});
