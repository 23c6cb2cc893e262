/**
 * Rows of a form: a new row appears above its "Add …" button and takes the focus; errors name the row and the
 * focus jumps to the first one on save; roles and statuses are chosen, never assumed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, createRecord, getRecord } from '../../db/store/records';
import { emptyDraft } from '../../renderer/src/features/records/form/convert';
import { RecordForm } from '../../renderer/src/features/records/form/RecordFormPage';
import { focused } from './support/app';
import { openHarness, type Harness } from './support/harness';

const combobox = (name: string) => screen.getByRole('combobox', { name });

describe('form rows', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    createRecord(h.db, 'person', { name: 'Lorenzo Guerini' });
    createRecord(h.db, 'party', { name: 'Italian Ministry of Defence', type: 'ministry' });
  });
  afterEach(() => h.close());

  it('puts a new row above its button with the focus in it, and names the row of an error', async () => {
    window.location.hash = '#/meetings/new';
    h.render(<RecordForm kind="meeting" initial={emptyDraft('meeting')} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Staff talks');
    const add = screen.getByRole('button', { name: 'Add participant' });
    await user.click(add);
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Person 1')));
    await user.keyboard('Lor{Enter}');
    // Keyboard only: Tab ×4 (party, role, remove) reaches the button, Enter adds row 2 and focuses it.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement, focused()).toBe(add);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Person 2')));
    // The new row sits right above the button, below row 1.
    const rows = add.closest('fieldset')!.querySelectorAll('[data-row]');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Row 2 left empty: the save is refused, the message names the row, the focus lands on it.
    await user.keyboard('{Control>}s{/Control}');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Participant 2: needs a person or a party')).toBeTruthy();
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Person 2')));
    expect(combobox('Person 2').getAttribute('aria-invalid')).toBe('true');
    expect(countRecords(h.db).meeting).toBe(0);

    // Removing row 1 moves the focus to the row that took its place.
    await user.click(screen.getByRole('button', { name: 'Remove Participant 1' }));
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Person 1')));
  });

  it('leaves a programme partner’s role and a new status unchosen, and says which row needs one', async () => {
    window.location.hash = '#/programmes/new';
    h.render(<RecordForm kind="programme" initial={emptyDraft('programme')} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Tempest');
    await user.click(screen.getByRole('button', { name: 'Add partner' }));
    await user.keyboard('Italian{Enter}');
    expect((combobox('Role 1') as HTMLInputElement).value).toBe('');
    expect(combobox('Role 1').getAttribute('placeholder')).toBe('Choose a role');
    await user.click(screen.getByRole('button', { name: 'Add status event' }));
    expect((combobox('Status 1') as HTMLInputElement).value).toBe('');

    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^Partner 1: Choose a role: Lead, Partner/)).toBeTruthy();
    expect(within(alert).getByText(/^Status event 1: Choose a status: Concept/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement, focused()).toBe(combobox('Role 1')));
    expect(countRecords(h.db).programme).toBe(0);

    // Chosen, it saves with exactly that role.
    await user.keyboard('partner{Enter}');
    await user.click(combobox('Status 1'));
    await user.keyboard('concept{Enter}');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    await waitFor(() => expect(countRecords(h.db).programme).toBe(1));
    const { id } = h.db.prepare(`SELECT id FROM programmes`).get() as { id: string };
    expect(getRecord(h.db, 'programme', id).partners.map((p) => p.role)).toEqual(['partner']);
  });
});
