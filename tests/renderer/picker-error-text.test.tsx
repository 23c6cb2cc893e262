/**
 * A picker's "typed but not chosen" error quotes what the field shows, always: changing or clearing the text
 * takes the error (and its line in the summary) away, and a picker that loses the focus keeps the unchosen text
 * on screen instead of putting its own back — so the next save's error quotes the text the person can see.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, createRecord } from '../../db/store/records';
import { emptyDraft } from '../../renderer/src/features/records/form/convert';
import { RecordForm } from '../../renderer/src/features/records/form/RecordFormPage';
import { focused } from './support/app';
import { openHarness, type Harness } from './support/harness';

const combobox = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement;
/** Every error text on the form: the summary at the top and the messages under the fields. */
const errorTexts = () =>
  [
    screen.queryByRole('alert')?.textContent ?? '',
    ...[...document.querySelectorAll('.mantine-InputWrapper-error')].map((e) => e.textContent),
  ].join(' ');

describe('a picker’s error follows the text the field shows', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    createRecord(h.db, 'person', { name: 'Lorenzo Guerini' });
  });
  afterEach(() => h.close());

  it('person picker: changed, cleared, then left with the Tab key', async () => {
    window.location.hash = '#/meetings/new';
    h.render(<RecordForm kind="meeting" initial={emptyDraft('meeting')} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Staff talks');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Person 1')));
    await user.keyboard('Xyz{Control>}s{/Control}');
    await waitFor(() => expect(errorTexts()).toContain('Person 1: “Xyz” is typed but not chosen'));
    expect(combobox('Person 1').value).toBe('Xyz');

    // Changed: the error about “Xyz” goes with it, under the field and in the summary.
    await user.click(combobox('Person 1'));
    await user.keyboard('{Backspace}');
    expect(combobox('Person 1').value).toBe('Xy');
    await waitFor(() => expect(errorTexts()).not.toContain('Xyz'));
    expect(screen.queryByRole('alert')).toBeNull();

    // Cleared, typed anew, and left with Tab: the field still shows “Lo”, and the save quotes “Lo”.
    await user.keyboard('{Control>}a{/Control}{Backspace}Lo');
    await user.tab();
    expect(combobox('Person 1').value).toBe('Lo');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(errorTexts()).toContain('Person 1: “Lo” is typed but not chosen'));
    expect(combobox('Person 1').value).toBe('Lo');
    expect(errorTexts()).not.toContain('Xyz');
    expect(countRecords(h.db).meeting).toBe(0);
  });

  it('type picker with a choice: retyped text stays on screen when the Save button is clicked', async () => {
    window.location.hash = '#/meetings/new';
    h.render(<RecordForm kind="meeting" initial={{ ...emptyDraft('meeting'), title: 'Talks', type: 'staff_talks' }} />);
    const user = userEvent.setup();
    const type = combobox('Type');
    await waitFor(() => expect(type.value).toBe('Staff talks'));
    await user.click(type);
    await user.keyboard('{Control>}a{/Control}plen');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    await waitFor(() => expect(errorTexts()).toContain('Type: “plen” is typed but not chosen'));
    // Not "Staff talks" put back under an error that speaks of “plen”.
    expect(type.value).toBe('plen');
  });

  it('the focus goes to a picker in error with its list closed, so the message under it can be read', async () => {
    window.location.hash = '#/meetings/new';
    h.render(<RecordForm kind="meeting" initial={emptyDraft('meeting')} />);
    const user = userEvent.setup();
    const type = combobox('Type');
    await user.click(type);
    await user.keyboard('{Control>}a{/Control}plen');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    await waitFor(() => expect(errorTexts()).toContain('Type: “plen” is typed but not chosen'));
    await waitFor(() => expect(document.activeElement, focused()).toBe(type));
    expect(type.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
