/**
 * The Ctrl+K palette on a generated register of 1,400+ records (tests/support/treaty-register.ts, Italy's side set
 * as home): 300 agreement titles that share their first 120 characters. Each row shows the counterpart, the type
 * and the date, and the end of the title — where the titles differ — is on screen. Screenshot, axe clean.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations } from './support/browser';
import { treatySession } from './support/treaty-session';

const { session, reg } = treatySession({ homeParty: true });

describe('the palette on a register of thousands', () => {
  it('rows show the counterpart, type and date, and the end of long titles', { timeout: 180_000 }, async () => {
    const { page } = session;
    // One of the agreements with Japan: its field ends the title ("… in the field of <field>"), where titles differ.
    const got = await session.preview.call('records.get', { kind: 'agreement', id: reg.japanAgreements[0]! });
    if (!got.ok) throw new Error(got.error.message);
    const field = /in the field of (.+)$/.exec((got.value as { title: string }).title)![1]!;
    await page.goto(`${session.preview.url}#/`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Jump to a record' }).waitFor();
    // "japan" is in none of these titles: it is the counterpart, shown and matched beside the title.
    await page.keyboard.type(`${field} japan`);
    const options = page.getByRole('listbox', { name: 'Matching records' }).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 45_000 }).toBeGreaterThan(0);
    const first = options.first();
    const text = await first.innerText();
    expect(text).toContain('Japan');
    expect(text).toContain(`in the field of ${field}`);
    expect(text).toMatch(/\d{4}/); // the date
    await screenshot(page, 'palette-at-scale');
    // The distinguishing end of the title is drawn inside the palette, not clipped away.
    const end = first.getByText(new RegExp(`${field}$`));
    const [box, list] = [await end.boundingBox(), await page.locator('.ent-palette').boundingBox()];
    expect(box && list && box.x + box.width <= list.x + list.width).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
