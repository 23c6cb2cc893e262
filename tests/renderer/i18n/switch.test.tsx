/**
 * Switching the language: it applies at once to an open form without losing what was typed, it is remembered for
 * the next start, and with nothing chosen the system's language decides (navigator.languages; Electron fills them
 * from app.getLocale()). View ▸ Language in the desktop menu reaches the same setting.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordForm } from '../../../renderer/src/features/records/form/RecordFormPage';
import { emptyDraft } from '../../../renderer/src/features/records/form/convert';
import { formatInstant } from '../../../renderer/src/components/format';
import { i18n, setLanguageSetting } from '../../../renderer/src/i18n';
import {
  LANGUAGE_STORAGE_KEY,
  readLanguageSetting,
  resolveLanguage,
  systemLanguage,
} from '../../../renderer/src/i18n/language';
import { openHarness, type Harness } from '../support/harness';

describe('interface language', () => {
  let h: Harness;
  beforeEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    h = openHarness();
    window.location.hash = '#/agreements/new';
  });
  afterEach(() => {
    act(() => setLanguageSetting('en'));
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    h.close();
  });

  it('switches an open form to Italian at once, keeping what was typed', async () => {
    h.render(<RecordForm kind="agreement" initial={emptyDraft('agreement')} />);
    const user = userEvent.setup();
    const title = screen.getByLabelText(/^Title/);
    await user.click(title);
    await user.paste('Accordo quadro Italia–Giappone');

    act(() => setLanguageSetting('it'));

    const [titolo] = await screen.findAllByLabelText(/^Titolo(?! breve)/);
    expect(titolo).toBe(title); // the same field, not a new one
    expect((titolo as HTMLInputElement).value).toBe('Accordo quadro Italia–Giappone');
    expect(screen.getAllByRole('button', { name: 'Crea' }).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('it');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it');

    act(() => setLanguageSetting('en'));
    expect((await screen.findByLabelText(/^Title/)) as HTMLInputElement).toBe(title);
  });

  it('follows the system language until one is chosen, and remembers the choice', () => {
    expect(readLanguageSetting()).toBe('system');
    expect(systemLanguage(['it-IT', 'en-US'])).toBe('it');
    expect(systemLanguage(['fr-FR', 'it'])).toBe('it');
    expect(systemLanguage(['fr-FR', 'de-DE'])).toBe('en');
    act(() => setLanguageSetting('it'));
    expect(readLanguageSetting()).toBe('it');
    expect(resolveLanguage(readLanguageSetting())).toBe('it');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(readLanguageSetting()).toBe('system');
  });

  it('writes dates and times in the chosen locale', () => {
    act(() => setLanguageSetting('en'));
    expect(formatInstant('2026-03-03T14:05:00')).toMatch(/^3 Mar 2026/);
    act(() => setLanguageSetting('it'));
    expect(i18n.language).toBe('it');
    expect(formatInstant('2026-03-03T14:05:00')).toMatch(/^3 mar 2026/);
  });
});
