/**
 * Focus and single keys, in the whole window on a real database: after a navigation the page's heading has
 * the focus (and is announced); E edits, S adds a status event, ? lists the shortcuts — never while typing;
 * closing a dialog gives the focus back to what opened it; letters typed right after Ctrl+N all arrive; the
 * history says what changed in words.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, getRecord } from '../../db/store/records';
import { focused, openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

describe('focus and shortcuts', () => {
  let h: Harness;
  let agreementId: string;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    agreementId = createRecord(h.db, 'agreement', {
      title: 'Memorandum on defence cooperation',
      type: 'mou',
      statusEvents: [{ status: 'signed', date: 'May 2017' }],
    }).id;
  });
  afterEach(() => h.close());

  it('moves the focus to the heading after a navigation and acts on E, S and ? only outside fields', async () => {
    await openApp(h, '#/agreements');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Agreements' });
    await user.keyboard('{Control>}k{/Control}memorandum');
    await screen.findByRole('option', { name: /Memorandum on defence cooperation/ });
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Memorandum on defence cooperation' });
    await waitFor(() => expect(document.activeElement, focused()).toBe(heading));
    await waitFor(() =>
      expect(document.getElementById('ent-route-announcer')?.textContent).toBe('Memorandum on defence cooperation'),
    );

    // ? lists the shortcuts; Esc gives the focus back to the heading that had it.
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Add a status event')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
    await waitFor(() => expect(document.activeElement, focused()).toBe(heading));

    // S opens "add status event" with the focus in its status picker: "force" + Enter takes In force.
    await user.keyboard('s');
    const status = await screen.findByRole('combobox', { name: 'Status' });
    await waitFor(() => expect(document.activeElement, focused()).toBe(status));
    await user.keyboard('force{Enter}');
    expect((status as HTMLInputElement).value).toBe('In force');
    await user.tab();
    // A letter typed in a field is text, not a shortcut.
    await user.keyboard('15/04/2019');
    expect(window.location.hash).toBe(`#/agreements/${agreementId}`);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(getRecord(h.db, 'agreement', agreementId).statusEvents.map((e) => e.status)).toEqual([
        'signed',
        'in_force',
      ]),
    );
    await waitFor(() =>
      expect(document.activeElement, focused()).toBe(screen.getByRole('button', { name: 'Add status event' })),
    );

    // The history says it in words, and opens to the change.
    const history = screen.getByRole('region', { name: 'History' });
    const entry = await within(history).findByRole('button', { name: 'Changed Status events' });
    expect(entry.getAttribute('aria-expanded')).toBe('false');
    await user.click(entry);
    expect(entry.getAttribute('aria-expanded')).toBe('true');
    expect(within(history).getByText('added: In force · 15 Apr 2019')).toBeTruthy();

    // E edits (the focus must be outside a field).
    heading.focus();
    await user.keyboard('e');
    await screen.findByRole('heading', { name: 'Edit “Memorandum on defence cooperation”' });
    expect(window.location.hash).toBe(`#/agreements/${agreementId}/edit`);
  });

  it('Enter with no date does not add an undated status; Ctrl+Enter does, deliberately', async () => {
    await openApp(h, `#/agreements/${agreementId}`);
    const user = userEvent.setup();
    const heading = await screen.findByRole('heading', { name: 'Memorandum on defence cooperation' });
    await waitFor(() => expect(document.activeElement, focused()).toBe(heading));
    await user.keyboard('s');
    const status = await screen.findByRole('combobox', { name: 'Status' });
    await waitFor(() => expect(document.activeElement, focused()).toBe(status));
    await user.keyboard('terminat{Enter}');
    expect((status as HTMLInputElement).value).toBe('Terminated');
    await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByText('Type a date, or press Ctrl+Enter to add it with the date unknown');
    expect(getRecord(h.db, 'agreement', agreementId).statusEvents.map((e) => e.status)).toEqual(['signed']);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(getRecord(h.db, 'agreement', agreementId).statusEvents.map((e) => [e.status, e.date])).toEqual([
        ['signed', '2017-05'],
        ['terminated', 'XXXX'],
      ]),
    );
  });

  it('keeps every letter typed right after Ctrl+N', async () => {
    await openApp(h, '#/meetings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Meetings' });
    await user.keyboard('{Control>}n{/Control}Bilateral');
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect((title as HTMLInputElement).value).toBe('Bilateral'));
    expect(document.activeElement, focused()).toBe(title);
  });

  it('opens the match of an Enter typed in the palette before its list had answered (a busy machine)', async () => {
    // The palette's titles come from the database when it opens; hold that answer back until after the Enter.
    const bridge = (window as unknown as { entente: Record<string, (input: unknown) => Promise<unknown>> }).entente;
    const answer = bridge['records.palette']!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    bridge['records.palette'] = async (input) => {
      await held;
      return answer(input);
    };
    await openApp(h, '#/meetings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Meetings' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('combobox', { name: 'Jump to a record' });
    act(() => {
      fireEvent.change(palette, { target: { value: 'memorandum' } });
      fireEvent.keyDown(palette, { key: 'Enter' });
    });
    release();
    await screen.findByRole('heading', { level: 1, name: 'Memorandum on defence cooperation' });
    expect(window.location.hash).toBe(`#/agreements/${agreementId}`);
  });

  it('gives the palette the letters typed right after Ctrl+K, not the field that had the focus', async () => {
    await openApp(h, '#/meetings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Meetings' });
    await user.keyboard('{Control>}n{/Control}Call');
    const title = (await screen.findByRole('textbox', { name: /^Title/ })) as HTMLInputElement;
    await waitFor(() => expect(title.value).toBe('Call'));
    // Ctrl+K and the first letters in one task, before React has drawn the palette: a fast typist on a busy machine.
    // (jsdom types nothing on a keydown; a letter the page does not hold is simply lost to the palette.)
    const held = ['k', 'm', 'e', 'm'].map(
      (key) =>
        !title.dispatchEvent(
          new KeyboardEvent('keydown', { key, ctrlKey: key === 'k', bubbles: true, cancelable: true }),
        ),
    );
    expect(held).toEqual([true, true, true, true]);
    const palette = await screen.findByRole('combobox', { name: 'Jump to a record' });
    await waitFor(() => expect((palette as HTMLInputElement).value).toBe('mem'));
    expect(title.value).toBe('Call');
  });
});
