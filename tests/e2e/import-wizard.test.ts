/**
 * The spreadsheet import wizard in a real browser (Chromium via playwright-core) against the preview server on a
 * temp database, end to end as a new office would use it: the empty register's welcome panel → choose a CSV of our
 * own (Italian headers, month-first signature dates, an entry-into-force column nothing decides, parties with a
 * comma inside a name and a misspelling (Buglaria), a duplicated multi-line row, missing markers, a row without a title and a
 * date with no month 13) → the sheet and the kind → the columns (the undecided column blocks Next until chosen by
 * keyboard) → the parties (merge the misspelling with its suggestion, leave one out) → every row as it will be
 * stored → the dry run → the rejected rows as a CSV download → save the mapping → import, looked at from outside.
 * Screenshots at 1366×768 and axe on every step.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/store/open';
import { peekOnce } from '../support/temp-db';
import { csvBytes, type Row } from '../support/sheets';
import { openBrowserSession, screenshot, seriousViolations, type BrowserSession } from './support/browser';

const NOTES = 'Two lines\nof notes';
const TRAINING: Row = [
  'Technical arrangement on training',
  'Buglaria; Congo, Dem. Rep. of',
  'Technical Arrangement',
  '11/14/2018',
  'n/a',
  '',
  NOTES,
];
const ROWS: Row[] = [
  ['Titolo', 'Parti', 'Tipo', 'Data firma', 'Entrata in vigore', 'Stato', 'Note'],
  ['Accordo di cooperazione Italia-Giappone', 'Italy, Japan', 'MoU', '03/25/2019', '04/05/2020', 'in vigore', ''],
  TRAINING,
  TRAINING, // the same row twice: the wizard must notice the repeat
  ['', 'Italy', 'MoU', '01/02/2017', 'N/A', '', ''],
  ['Letter of intent on logistics', 'Japan / Freedonia', 'Letter of Intent', '2016', '-', 'signed', ''],
  ['Agreement with a bad date', 'Italy', 'MoU', '13/13/2013', '', '', ''],
];

let session: BrowserSession;
let bulgaria: string;

const count = (sql: string) => peekOnce(session.preview.dbFile, (db) => (db.prepare(sql).get() as { n: number }).n);

async function step(page: Page, name: string, shot: string): Promise<void> {
  await page.getByRole('button', { name, exact: false }).and(page.locator('[aria-current="step"]')).waitFor();
  await screenshot(page, shot);
  expect(await seriousViolations(page), shot).toEqual([]);
}

beforeAll(async () => {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'entente-')), 'entente.sqlite');
  openDatabase(dbFile).close();
  session = await openBrowserSession({ dbFile, viewport: { width: 1366, height: 768 } });
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('import wizard', () => {
  it('brings a spreadsheet in from the empty register, step by step, and imports it as one change', async () => {
    const { page, preview } = session;
    await page.goto(`${preview.url}#/`);
    await page.getByTestId('welcome-import').click();
    await page.getByRole('heading', { name: 'Import spreadsheet', level: 1 }).waitFor();
    await step(page, 'File', 'import-1-file-empty');

    // Three parties the sheet will meet (one by a misspelling), added through the same door as the page.
    for (const name of ['Italy', 'Japan', 'Bulgaria']) {
      const created = await preview.call('records.create', { kind: 'party', draft: { name, type: 'state' } });
      if (!created.ok) throw new Error(created.error.message);
      if (name === 'Bulgaria') bulgaria = (created.value as { id: string }).id;
    }

    await page.locator('input[type=file]').setInputFiles({
      name: 'registro.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvBytes(ROWS, { encoding: 'utf8-bom', lineEnds: 'crlf' })),
    });
    await page.getByTestId('import-file-info').getByText('registro.csv').waitFor();
    await page.getByText('6 rows').waitFor();
    await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('Agreements');
    await step(page, 'File', 'import-1-file');

    // Columns: Italian headers recognised; the column nothing decides holds Next until its order is chosen.
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-columns').waitFor();
    await expect(page.getByTestId('target-Data firma').inputValue()).resolves.toBe('Date: Signed');
    await expect(page.getByTestId('target-Parti').inputValue()).resolves.toBe('Parties');
    await page.getByText('Month first: 03/25/2019 has a day over 12').waitFor();
    await page.getByText('Choose how “Entrata in vigore” write dates before going on.').waitFor();
    expect(await page.getByTestId('import-next').isDisabled()).toBe(true);
    await step(page, 'Columns', 'import-2-columns-ask');
    const order = page.getByRole('combobox', { name: 'Choose how this column writes dates: Entrata in vigore' });
    await order.focus();
    await page.keyboard.type('m'); // a native select picks its option by its first letter
    await expect.poll(() => order.inputValue()).toBe('mdy');
    await page.getByTestId('import-next').and(page.locator(':enabled')).waitFor();

    // Save the mapping as the JSON the CLI reads (a one-time download in the preview).
    const [mappingFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save mapping…' }).click(),
    ]);
    const mapping = JSON.parse(readFileSync((await mappingFile.path())!, 'utf8')) as {
      columns: { column: string; dateOrder?: string }[];
    };
    expect(mappingFile.suggestedFilename()).toBe('registro.mapping.json');
    expect(mapping.columns.find((c) => c.column === 'Entrata in vigore')?.dateOrder).toBe('mdy');
    await page.getByText(/^Mapping saved as registro\.mapping\.json/).waitFor();

    // Parties: a misspelling with its suggestion, a name kept whole despite its comma, one left out.
    await page.keyboard.press('Tab'); // from the last control, on to Next by keyboard
    await page.getByTestId('import-next').focus();
    await page.keyboard.press('Enter');
    const parties = page.getByTestId('import-parties');
    await parties.waitFor();
    await parties.getByText('Did you mean Bulgaria?').waitFor();
    await parties.getByText('Congo, Dem. Rep. of', { exact: true }).waitFor();
    await step(page, 'Parties', 'import-3-parties');
    const buglaria = page.getByRole('combobox', { name: 'Becomes: Buglaria' });
    await buglaria.click();
    await page.getByRole('option', { name: 'Same as Bulgaria' }).click();
    await expect.poll(() => buglaria.inputValue()).toBe('Same as Bulgaria');
    const freedonia = page.getByRole('combobox', { name: 'Becomes: Freedonia' });
    await freedonia.click();
    await page.getByRole('option', { name: 'Leave it out' }).click();
    await expect.poll(() => freedonia.inputValue()).toBe('Leave it out');

    // Preview: every row as it will be stored.
    await page.getByTestId('import-next').click();
    const table = page.getByTestId('import-preview');
    await table.waitFor();
    const rowOf = (n: number) =>
      table.locator('tbody tr').filter({ has: page.locator(`td:first-child:text-is("${n}")`) });
    await expect.poll(() => rowOf(2).textContent()).toMatch(/Signed 03\/25\/2019 → 25 Mar 2019/);
    await expect(rowOf(2).textContent()).resolves.toMatch(/In force 04\/05\/2020 → 5 Apr 2020/);
    await expect(rowOf(2).textContent()).resolves.toMatch(/In force/);
    await expect(rowOf(3).textContent()).resolves.toMatch(/Buglaria → Bulgaria/);
    await expect(rowOf(3).textContent()).resolves.toMatch(/Congo, Dem\. Rep\. of new/);
    await expect(rowOf(4).textContent()).resolves.toMatch(/^4Skip/);
    await expect(rowOf(5).textContent()).resolves.toMatch(/Title is required/);
    await expect(rowOf(7).textContent()).resolves.toMatch(/There is no month 13/);
    await step(page, 'Preview', 'import-4-preview');

    // The dry run: counts, the rejected rows named, and those rows as a CSV to fix.
    await page.getByTestId('import-next').click();
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    const countOf = (key: string) => counts.locator(`[data-key="${key}"] .ent-import-count-n`).textContent();
    await expect(countOf('create')).resolves.toBe('3');
    await expect(countOf('skip')).resolves.toBe('1');
    await expect(countOf('error')).resolves.toBe('2');
    await page.getByTestId('import-errors').getByText('13/13/2013').waitFor();
    await step(page, 'Import', 'import-5-summary');
    expect(count('SELECT count(*) AS n FROM records')).toBe(3);
    const [rejected] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-rejected').click(),
    ]);
    const csv = readFileSync((await rejected.path())!, 'utf8');
    expect(csv).toMatch(/Titolo/);
    expect(csv).toMatch(/Agreement with a bad date/);
    expect(csv).not.toMatch(/Letter of intent/);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByText('Done: Import of registro.csv: 3 agreements created, 1 new party.').waitFor();
    await step(page, 'Import', 'import-6-done');
    expect(count("SELECT count(*) AS n FROM records WHERE kind = 'agreement'")).toBe(3);
    expect(count("SELECT count(*) AS n FROM records WHERE kind = 'party'")).toBe(4);
    expect(count(`SELECT count(*) AS n FROM party_aliases WHERE alias = 'Buglaria' AND party_id = '${bulgaria}'`)).toBe(
      1,
    );
    expect(count("SELECT count(*) AS n FROM change_groups WHERE label LIKE 'Import of registro.csv%'")).toBe(1);
    expect(session.pageErrors).toEqual([]);
  }, 300_000);
});
