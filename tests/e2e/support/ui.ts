/** Small helpers for driving Mantine inputs the way a person does (click, type, pick). */
import type { Page } from 'playwright-core';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens a Mantine Select/MultiSelect by its accessible label and picks the option whose text starts with
 * `option` (record pickers show "title — subtitle"). Searchable inputs get the text typed first.
 */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true }).first();
  await input.click();
  if (await input.isEditable()) await input.fill(option);
  await page
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(option)}`) })
    .first()
    .click();
}

/** Waits for `text` to be visible, as long as the page's own waits (45 s): a busy machine is slow, not wrong. */
export async function waitForText(page: Page, text: string, timeout = 45_000): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout });
}

/**
 * Switches the colour scheme with the top bar's button, as a person does, and waits until the page says it is in
 * that scheme (Mantine's `data-mantine-color-scheme` on <html>) and the pointer is off the button (no tooltip).
 */
export async function switchTheme(page: Page, scheme: 'dark' | 'light'): Promise<void> {
  await page.getByRole('button', { name: `Switch to ${scheme} theme` }).click();
  await page.waitForFunction(
    (want) => document.documentElement.getAttribute('data-mantine-color-scheme') === want,
    scheme,
  );
  await page.mouse.move(700, 700);
  await page
    .getByRole('tooltip')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}
