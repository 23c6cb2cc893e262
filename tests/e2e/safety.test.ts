/**
 * The Data & backups page in a real browser (Chromium via playwright-core) against the preview
 * server on a temp database: undo and redo from the history, Back up now, Restore… with its
 * confirmation and its undo, Export bundle (a real download), and Import with the dry-run
 * summary and its conflicts before anything is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekOnce } from '../support/temp-db';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { openDatabase } from '../../db/store/open';
import { foreignRequests, screenshot, seriousViolations, suiteSession } from './support/browser';

let ids: ReturnType<typeof loadSeedArticle>;
const session = suiteSession(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dbFile = join(mkdtempSync(join(tmpdir(), 'entente-')), 'entente.sqlite');
  const db = openDatabase(dbFile);
  ids = loadSeedArticle(db);
  db.close();
  return { dbFile };
});
/** A party as the app reads it now, through the same door as the page. */
async function partyNamed(id: string): Promise<{ name: string; notes: string }> {
  const reply = await session.preview.call('records.get', { kind: 'party', id });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as unknown as { name: string; notes: string };
}

const total = () =>
  peekOnce(session.preview.dbFile, (db) => (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n);

describe('Data & backups page', () => {
  it('is in the sidebar and undoes / redoes the last change from the history', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/data`);
    await page.getByRole('heading', { name: 'Data & backups', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: 'Data & backups' }).count()).resolves.toBeGreaterThan(0);
    await page
      .getByTestId('history-list')
      .getByText(/Created meeting “Italy–Japan defence ministers’ meeting/)
      .waitFor();
    await page.getByTestId('undo').click();
    await page
      .getByTestId('undo-done')
      .getByText(/^Undone: Created meeting/)
      .waitFor();
    expect(total()).toBe(16);
    await page.getByTestId('redo').click();
    await page
      .getByTestId('undo-done')
      .getByText(/^Redone: Created meeting/)
      .waitFor();
    expect(total()).toBe(17);
  }, 180_000);

  it('backs up now, then restores that backup after confirmation, and undoes the restore', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/data`);
    await page.getByText('No backups yet', { exact: false }).waitFor();
    await page.getByTestId('backup-now').click();
    await page.getByText(/^Backed up 17 records \(entente-.*\.sqlite\), verified\.$/).waitFor();
    const row = page.getByTestId('backup-list').getByRole('row').nth(1);
    await expect(row.textContent()).resolves.toMatch(/Backup \(manual\)17.*Verified/);

    await preview.call('records.delete', { kind: 'party', id: ids.eu, detach: true });
    expect(total()).toBe(16);
    await page.reload();
    await row.getByRole('button', { name: 'Restore…' }).click();
    await page
      .getByText(/Replace the whole register with the backup taken .* \(17 records\)\? .*can be undone\./)
      .waitFor();
    await screenshot(page, 'safety-restore-confirm');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('confirm-restore').click();
    await page
      .getByTestId('restore-done')
      .getByText(/^Restored 17 records from the backup taken/)
      .waitFor();
    expect(total()).toBe(17);
    expect((await partyNamed(ids.eu)).name).toBe('European Union');
    await page.getByRole('button', { name: 'Undo the restore' }).click();
    await page.getByText('The register is back as it was before the restore.').waitFor();
    expect(total()).toBe(16);
    await page.getByTestId('backup-list').getByText('Before a restore').first().waitFor();

    await page.getByRole('button', { name: 'Change…' }).click();
    await page.getByLabel('Backups to keep').fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Backups are kept in .* 3 in all\./).waitFor();
    expect(await preview.call('backups.list', {})).toMatchObject({ ok: true, value: { keep: 3 } });
  }, 180_000);

  it('exports a bundle as a download, and imports one only after showing what would change and every conflict', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/data`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      records: { id: string; notes?: string; updatedAt: string }[];
    };
    expect(bundle.records).toHaveLength(16);

    // The same bundle with one record changed later elsewhere.
    const japan = bundle.records.find((r) => r.id === ids.japan)!;
    japan.notes = 'Strategic partner in Tempest';
    japan.updatedAt = new Date(Date.now() + 60_000).toISOString();
    await page.locator('input[type=file]').setInputFiles({
      name: 'from-rome.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle)),
    });
    const plan = page.getByTestId('import-plan');
    await plan.getByText('If imported, from-rome.json would:').waitFor();
    await plan.getByText('update 1 records (the bundle’s version is newer)').waitFor();
    await plan.getByText('Conflicts (1): the record differs in the bundle and here').waitFor();
    await plan.getByRole('cell', { name: 'bundle’s version (newer)' }).waitFor();
    expect((await partyNamed(ids.japan)).notes).toBe(''); // the dry run wrote nothing
    await screenshot(page, 'safety-import-plan');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('confirm-import').click();
    await page
      .getByTestId('import-done')
      .getByText('Imported: 0 created, 1 updated. It can be undone as one change.')
      .waitFor();
    expect((await partyNamed(ids.japan)).notes).toBe('Strategic partner in Tempest');
    await page.getByTestId('history-list').getByText('Import of from-rome.json: 0 created, 1 updated').waitFor();

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'application/json', buffer: Buffer.from('not a bundle') });
    await page
      .getByTestId('import-error')
      .getByText(/not valid JSON/)
      .waitFor();
    await screenshot(page, 'safety-page');
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    expect(foreignRequests(session.requests, preview.url.replace(/\/$/, ''))).toEqual([]);
  }, 180_000);
});
