/**
 * Text typed in a picker but not chosen is never dropped by a save. Topics and outcomes (free values) take it as
 * if Enter had been pressed; pickers where only a choice is valid (type, linked records) stop the save, say which
 * field holds the text and put the focus there — by Ctrl+S and by the Save button alike. An exact label is a choice.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, findRecord } from '../../db/store/records';
import { focused, openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

type Meeting = { version: number; type: string; topics: string[]; outcomes: string[]; linkedIds: string[] };

describe('text typed but not chosen, at save time', () => {
  let h: Harness;
  let meetingId: string;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    createRecord(h.db, 'agreement', { title: 'Memorandum on defence cooperation', type: 'mou' });
    meetingId = createRecord(h.db, 'meeting', {
      title: 'Staff talks, Rome',
      type: 'staff_talks',
      date: '2026-11-02',
    }).id;
  });
  afterEach(() => h.close());

  const meeting = () => findRecord(h.db, 'meeting', meetingId) as unknown as Meeting;
  /** The input a person types into (a many-values picker also labels its hidden value field). */
  const typingInput = (name: string) =>
    screen.getAllByLabelText(name).find((e) => e instanceof HTMLInputElement && e.type !== 'hidden')!;
  const title = () => screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;

  it('takes typed topics and outcomes, and an exact type label, on Ctrl+S', async () => {
    await openApp(h, `#/meetings/${meetingId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Staff talks, Rome'));
    await user.click(typingInput('Topics'));
    await user.keyboard('Logistics');
    await user.click(typingInput('Outcomes'));
    await user.keyboard('Joint exercise in 2027');
    const type = screen.getByRole('combobox', { name: /^Type/ });
    await user.click(type);
    await user.keyboard('{Control>}a{/Control}conference{Escape}');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Staff talks, Rome' });
    expect(meeting()).toMatchObject({
      version: 2,
      type: 'conference',
      topics: ['Logistics'],
      outcomes: ['Joint exercise in 2027'],
    });
  });

  it('stops on an unchosen linked record (Ctrl+S) and a retyped type (Save button), naming the field', async () => {
    await openApp(h, `#/meetings/${meetingId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Staff talks, Rome'));
    const links = typingInput('Linked records');
    await user.click(links);
    // Typed, then Tab to the next field (the picker would empty itself on blur), then Ctrl+S.
    await user.keyboard('memo');
    await user.tab();
    expect((links as HTMLInputElement).value).toBe('memo');
    await user.keyboard('{Control>}s{/Control}');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Linked records: “memo” is typed but not chosen. Choose it from the list, or clear it.'),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement, focused()).toBe(links));
    expect(meeting().version).toBe(1);

    // Chosen now; then the type is retyped to something that is no type, and the Save button is clicked.
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    const type = screen.getByRole('combobox', { name: /^Type/ });
    await user.click(type);
    await user.keyboard('{Control>}a{/Control}plen');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Type: “plen” is typed but not chosen.'),
    );
    await waitFor(() => expect(document.activeElement, focused()).toBe(type));
    expect(meeting()).toMatchObject({ version: 1, type: 'staff_talks', linkedIds: [] });
  });
});
