/**
 * Never lose typing beyond record forms: the inline status editor on a record page, the report builder and the
 * register settings ask "Discard / Keep editing" before a navigation takes their unsaved input away; Keep editing
 * keeps it and the focus, Ctrl+S in the dialog saves where the panel can save (settings) and then goes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, findRecord } from '../../db/store/records';
import { readRegisterSettings } from '../../db/store/register-settings';
import { hasUnsavedChanges } from '../../renderer/src/app/leave-guard';
import { focused, openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

const ASK = 'Discard unsaved changes?';

describe('leaving a panel with unsaved input', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
  });
  afterEach(() => h.close());

  it('the inline status editor on a record page asks, and Keep editing keeps the status typed', async () => {
    const id = createRecord(h.db, 'agreement', { title: 'Memorandum on defence cooperation', type: 'mou' }).id;
    await openApp(h, `#/agreements/${id}`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Memorandum on defence cooperation' });
    await user.keyboard('s');
    const status = await screen.findByRole('combobox', { name: 'Status' });
    await waitFor(() => expect(document.activeElement, `after S: ${focused()}`).toBe(status));
    await user.keyboard('force{Enter}');
    expect(hasUnsavedChanges()).toBe(true);

    // Esc in the editor asks too, rather than throwing the typing away.
    await user.keyboard('{Escape}');
    const onEsc = await screen.findByRole('dialog', { name: ASK });
    await user.click(within(onEsc).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: ASK })).toBeNull());
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Meetings' }));
    const dialog = await screen.findByRole('dialog', { name: ASK });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: ASK })).toBeNull());
    expect(window.location.hash).toBe(`#/agreements/${id}`);
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLInputElement).value).toBe('In force');
    await waitFor(() => expect(document.activeElement, focused()).toBe(status));

    await user.click(screen.getByRole('link', { name: 'Meetings' }));
    await user.click(within(await screen.findByRole('dialog', { name: ASK })).getByRole('button', { name: 'Discard' }));
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    expect(findRecord(h.db, 'agreement', id)!.version).toBe(1);
  });

  it('the report builder asks before its scope is lost', async () => {
    await openApp(h, '#/reports');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Timeline report' });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Italy–Japan, 2019–2026');
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    const dialog = await screen.findByRole('dialog', { name: ASK });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: ASK })).toBeNull());
    expect(window.location.hash).toBe('#/reports');
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Italy–Japan, 2019–2026');

    // Once exported, the scope lives in its file: leaving asks nothing (and a change after the export asks again).
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    await screen.findByText(/is ready\.|Saved to|Not saved\./, undefined, { timeout: 30_000 });
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    await screen.findByRole('heading', { level: 1, name: 'Agreements' });
    expect(screen.queryByRole('dialog', { name: ASK })).toBeNull();
  });

  it('register settings ask, and Ctrl+S in the dialog saves them and goes on', async () => {
    await openApp(h, '#/data');
    const user = userEvent.setup();
    const expiry = (await screen.findByRole('textbox', { name: 'Expiry' })) as HTMLInputElement;
    await waitFor(() => expect(expiry.value).not.toBe(''));
    await user.clear(expiry);
    await user.type(expiry, '120, 30');
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    await screen.findByRole('dialog', { name: ASK });
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' });
    expect(screen.queryByRole('dialog', { name: ASK })).toBeNull();
    expect(readRegisterSettings(h.db).leadDays.expiry).toEqual([120, 30]);
  });
});
