/**
 * Nothing hard-coded slips back (issue 18): the whole interface in the pseudo-locale, where every i18n string reads
 * ⟦…⟧, on the example register — every main screen, the forms and the dialogs. Any visible word left outside ⟦…⟧
 * that is not the register's own data or a date word is text that bypassed i18n, and so would stay English in
 * Italian; the test names it and the screen it is on.
 */
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../electron/common/domain/vocab';
import { KIND_SEGMENTS } from '../../renderer/src/app/kinds';
import { LANGUAGE_STORAGE_KEY } from '../../renderer/src/i18n/language';
import { settled, suiteSession } from './support/browser';
import { dataWords, untranslatedWords } from './support/pseudo';

const KINDS: RecordKind[] = ['agreement', 'working_group', 'programme', 'meeting', 'party', 'person'];

describe('pseudo-locale: every word on screen comes through i18n', () => {
  const session = suiteSession({}, { demo: true });
  const found: Record<string, string[]> = {};
  let allowed = new Set<string>();

  async function check(name: string): Promise<void> {
    await settled(session.page);
    found[name] = await untranslatedWords(session.page, allowed);
  }
  async function visit(name: string, hash: string): Promise<void> {
    await session.page.goto(`${session.preview.url}#${hash}`);
    await session.page.locator('h1').first().waitFor();
    await check(name);
  }
  const firstId = async (kind: RecordKind) => {
    const reply = await session.preview.call('records.list', { kind });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.value as { id: string }[])[0]!.id;
  };

  it('switches to the pseudo-locale', async () => {
    allowed = await dataWords(session);
    const { page } = session;
    await page.evaluate((key) => localStorage.setItem(key, 'pseudo'), LANGUAGE_STORAGE_KEY);
    await page.reload();
    await page.getByRole('heading', { name: '⟦Dashboard⟧' }).waitFor();
  });

  it('the dashboard, lists, details and forms of every kind', { timeout: 300_000 }, async () => {
    await visit('dashboard', '/');
    // Recent changes are worded by the interface from action, kind and title: every line names its record.
    const changes = await session.page.locator('a.ent-link').allInnerTexts();
    expect(changes.some((line) => /Created ⟦programme⟧ “Tempest/.test(line))).toBe(true);
    expect(changes.filter((line) => line.includes('“”'))).toEqual([]);
    for (const kind of KINDS) {
      const segment = KIND_SEGMENTS[kind];
      await visit(`${kind} list`, `/${segment}`);
      await visit(`${kind} detail`, `/${segment}/${await firstId(kind)}`);
      await visit(`${kind} form`, `/${segment}/${await firstId(kind)}/edit`);
      await session.page.goto(`${session.preview.url}#/`); // leave the untouched form
    }
  });

  it('the tools: search, reports, timeline, data & backups, import', { timeout: 300_000 }, async () => {
    const { page } = session;
    await visit('search', '/search');
    await page.getByLabel('⟦Search the register⟧').first().fill('tempest');
    await page
      .getByText('⟦1 result⟧')
      .or(page.getByText(/⟦\d+ results⟧/))
      .first()
      .waitFor();
    await check('search results');
    await visit('reports', '/reports');
    await visit('timeline', '/timeline');
    await visit('data', '/data');
    await visit('import', '/import');
  });

  it('the dialogs: palette, shortcuts, delete, bulk actions', { timeout: 300_000 }, async () => {
    const { page } = session;
    await visit('agreement list again', `/${KIND_SEGMENTS.agreement}`);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').fill('tempest');
    await check('palette');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await check('shortcuts');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.locator('.ent-grid-datarow').first().getByRole('checkbox').check();
    for (const button of ['⟦Add status event…⟧', '⟦Tag…⟧', '⟦Delete…⟧']) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(`bulk ${button}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }

    await visit('programme detail again', `/${KIND_SEGMENTS.programme}/${await firstId('programme')}`);
    await page.getByRole('button', { name: '⟦Delete⟧', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await check('delete dialog');
    await page.keyboard.press('Escape');
  });

  it('refusals: the store’s and the contract’s messages come through i18n too', { timeout: 300_000 }, async () => {
    const { page } = session;
    // A store refusal: a record that does not exist (the detail page shows the store's NOT_FOUND).
    await page.goto(`${session.preview.url}#/${KIND_SEGMENTS.agreement}/01JAAAAAAAAAAAAAAAAAAAAAAA`);
    await page
      .getByText(/⟦No ⟦agreement⟧ with id 01JAAAAAAAAAAAAAAAAAAAAAAA\.⟧/)
      .first()
      .waitFor();
    await check('store refusal');
    // A zod refusal: a title longer than the contract allows, saved from the form.
    await visit('agreement form again', `/${KIND_SEGMENTS.agreement}/${await firstId('agreement')}/edit`);
    await page
      .getByLabel(/^⟦Title⟧/)
      .first()
      .fill('x'.repeat(501));
    await page.keyboard.press('Control+s');
    await page
      .getByText(/⟦⟦Title⟧ must be at most 500 characters⟧/)
      .first()
      .waitFor();
    await check('zod refusal');
    await page
      .getByLabel(/^⟦Title⟧/)
      .first()
      .fill('Tempest');
  });

  it('found no word outside i18n on any screen', () => {
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(31);
    const leaks = Object.fromEntries(Object.entries(found).filter(([, words]) => words.length > 0));
    expect(leaks).toEqual({});
  });
});
