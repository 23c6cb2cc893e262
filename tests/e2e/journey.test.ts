/**
 * The desk officer's journey in a real Chromium against `npm run preview`'s server on a temp database:
 * create an agreement with two parties and roles, give it status events typed as people type them, read the
 * derived status and both timelines, edit it, link a meeting to it, jump with Ctrl+K, and delete it with a
 * confirmation that names the meeting depending on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openBrowserSession, screenshot, type BrowserSession } from './support/browser';
import { pick, waitForText } from './support/ui';

describe('record journey in the browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
    // The two parties exist already (a person would have created them the same way, through a form).
    for (const name of ['Italian Ministry of Defence', 'Ministry of Defense of Japan']) {
      const reply = await session.preview.call('records.create', {
        kind: 'party',
        draft: { name, type: 'ministry' },
      });
      expect(reply.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates an agreement with two parties and their roles', async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/agreements/new`);
    await page.getByLabel('Title').first().fill('Memorandum of Understanding on defence cooperation');
    await page.getByRole('button', { name: 'Add party', exact: true }).click();
    await page.getByRole('button', { name: 'Add party', exact: true }).click();
    await pick(page, 'Party 1', 'Italian Ministry of Defence');
    await pick(page, 'Party 2', 'Ministry of Defense of Japan');
    await pick(page, 'Role 2', 'Beneficiary');
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Memorandum of Understanding on defence cooperation' }).waitFor();
    const parties = page.getByRole('region', { name: 'Parties and roles' });
    // The section fills in once the party names are loaded: wait for each (isVisible() would not wait).
    for (const text of ['Italian Ministry of Defence', 'Signatory', 'Beneficiary']) {
      await parties.getByText(text, { exact: true }).first().waitFor({ state: 'visible' });
    }
  });

  it('shows how a typed date is understood, and refuses an impossible one', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Add status event', exact: true }).click();
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('32 Jan 2021');
    await waitForText(page, 'January 2021 has only 31 days.');
    await date.fill('May 2017');
    await waitForText(page, '→ May 2017 (month)');
  });

  it('adds "signed May 2017" and "entered into force April 2019" and derives the status', async () => {
    const { page } = session;
    await pick(page, 'Status', 'Signed');
    await page.getByRole('button', { name: 'Add status event', exact: true }).last().click();
    await waitForText(page, 'Signed · May 2017');

    await page.getByRole('button', { name: 'Add status event', exact: true }).click();
    await pick(page, 'Status', 'In force');
    await page.getByLabel('Date', { exact: true }).fill('April 2019');
    await page.getByLabel('Note', { exact: true }).fill('Entered into force');
    await page.getByRole('button', { name: 'Add status event', exact: true }).last().click();

    // The header badge is the derived status: the latest event by date.
    await waitForText(page, 'In force · Apr 2019');
    const chronology = page.getByRole('list', { name: 'Status timeline' });
    const items = await chronology.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Signed');
    expect(items[0]).toContain('May 2017');
    expect(items[1]).toContain('In force');
    expect(items[1]).toContain('Apr 2019');
    // The horizontal chart draws both periods.
    const chart = page.getByRole('img', { name: /Status periods of/ });
    const chartText = await chart.innerText();
    expect(chartText).toContain('Signed');
    expect(chartText).toContain('In force');
    await screenshot(page, 'journey-agreement-detail');
  });

  it('edits the title', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const title = page.getByLabel('Title').first();
    await title.fill('Italy–Japan Memorandum of Understanding on defence cooperation');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await page
      .getByRole('heading', { name: 'Italy–Japan Memorandum of Understanding on defence cooperation' })
      .waitFor();
    await waitForText(page, 'In force · Apr 2019');
    await waitForText(page, 'Changed title');
  });

  it('links a meeting to it', async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/meetings/new`);
    await page.getByLabel('Title').first().fill('Bilateral staff talks, Rome');
    await page.getByLabel('Date', { exact: true }).fill('15/03/2021');
    await waitForText(page, '→ 15 Mar 2021 (day)');
    await pick(page, 'Linked records', 'Italy–Japan Memorandum of Understanding on defence cooperation');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Bilateral staff talks, Rome' }).waitFor();
    await page
      .getByRole('region', { name: 'Linked records' })
      .getByRole('link', { name: /Memorandum/ })
      .click();
    await page.getByRole('region', { name: 'Referenced by' }).getByText('Bilateral staff talks, Rome').waitFor();
  });

  it('jumps to a record with Ctrl+K', async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/`);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Jump to a record' }).fill('staff talks');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bilateral staff talks, Rome' }).waitFor();
    expect(page.url()).toMatch(/#\/meetings\/[0-9A-Z]{26}$/);
  });

  it('deletes the agreement after a confirmation that names the dependent meeting', async () => {
    const { page } = session;
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Jump to a record' }).fill('memorandum');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Memorandum/ }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Bilateral staff talks, Rome').waitFor();
    await screenshot(page, 'journey-delete-dialog');
    await dialog.getByRole('button', { name: 'Delete and detach' }).click();
    await page.getByRole('heading', { name: 'Agreements' }).waitFor();
    await waitForText(page, 'No agreements yet');
    // The meeting survives, its link is gone.
    const meetings = await session.preview.call('records.list', { kind: 'meeting' });
    expect(meetings.ok && (meetings.value as { title: string }[]).map((m) => m.title)).toEqual([
      'Bilateral staff talks, Rome',
    ]);
  });

  it('never asked anything of a host other than the preview server', () => {
    expect(session.requests.length).toBeGreaterThan(10);
    expect(foreignRequests(session.requests, session.preview.url.replace(/\/$/, ''))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
