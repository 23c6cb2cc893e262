/**
 * The report builder as a desk officer uses it, in real Chromium against the preview server: choose Italy
 * and Japan and a marking, read the live preview (the report itself, in a sandboxed iframe), export to Excel
 * and get the file. Uses the e2e harness (tests/e2e/support); no request may leave 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, screenshot, seriousViolations, suiteSession } from './support/browser';
import { waitForText } from './support/ui';

describe('report builder in the browser', () => {
  const session = suiteSession({ viewport: { width: 1440, height: 1000 } });
  beforeAll(async () => {
    const loaded = await session.preview.call('demo.load', {});
    expect(loaded.ok).toBe(true);
  }, 300_000);

  it('previews the Italy–Japan report with its marking and exports it to Excel', async () => {
    const { page } = session;
    await page.goto(`${session.preview.url}#/reports`);
    await page.getByRole('combobox', { name: 'Parties' }).click();
    await page.getByRole('option', { name: 'Italy', exact: true }).click();
    await page.getByRole('option', { name: 'Japan', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Handling marking' }).fill('RESTRICTED');
    await waitForText(page, '8 records · 8 events (4 undated)');

    const iframe = page.locator('iframe[title="Report preview"]');
    expect(await iframe.getAttribute('sandbox')).toBe('');
    const report = page.frameLocator('iframe[title="Report preview"]');
    // The preview follows the scope (debounced): the title changes from "Defence cooperation timeline".
    await report.getByRole('heading', { level: 1, name: 'Italy–Japan: cooperation timeline' }).waitFor();
    await report.getByText('RESTRICTED').first().waitFor();
    await expect(report.locator('svg.timeline-chart').count()).resolves.toBe(1);
    await screenshot(page, 'reports-builder');
    expect(await seriousViolations(page)).toEqual([]);
    // The report document itself (the preview's sandbox allows no script, so axe checks it on a page of its own).
    const html = await session.preview.call('reports.preview', { request: {} });
    if (!html.ok) throw new Error(html.error.message);
    const reportPage = await session.context.newPage();
    await reportPage.setContent((html.value as { html: string }).html);
    expect(await seriousViolations(reportPage)).toEqual([]);
    await reportPage.close();

    await page.getByRole('button', { name: 'Excel', exact: true }).click();
    await waitForText(page, 'is ready.', 120_000);
    const link = page.getByRole('link', { name: 'Download' });
    expect(await link.getAttribute('href')).toMatch(/^\/download\//);
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Italy–Japan cooperation timeline \d{4}-\d\d-\d\d\.xlsx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    expect(foreignRequests(session.requests, session.preview.url.replace(/\/$/, ''))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});
