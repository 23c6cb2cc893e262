/**
 * The create form sends the draft as typed; the server's field errors come back and appear under the very
 * fields they name, and nothing is written. A corrected form saves.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, findRecord } from '../../db/store/records';
import { RecordForm } from '../../renderer/src/features/records/form/RecordFormPage';
import { emptyDraft } from '../../renderer/src/features/records/form/convert';
import { openHarness, type Harness } from './support/harness';

describe('create form', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    window.location.hash = '#/agreements/new';
  });
  afterEach(() => h.close());

  it('shows the server’s field errors under the fields and writes nothing', async () => {
    h.render(<RecordForm kind="agreement" initial={emptyDraft('agreement')} />);
    const user = userEvent.setup();
    // A status event whose date the server refuses, and no title.
    await user.click(screen.getByRole('button', { name: 'Add status event' }));
    await user.type(screen.getByRole('combobox', { name: 'Status 1' }), 'signed{Enter}');
    await user.type(screen.getByLabelText('Date 1'), '2019–2017');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not saved — please correct:')).toBeTruthy();
    const title = screen.getByLabelText(/^Title/);
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(within(alert).getByText('Title is required')).toBeTruthy();
    // The server's message sits under the title field itself.
    const titleError = document.getElementById(
      title
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.includes('error')) ?? '',
    );
    expect(titleError?.textContent).toBe('Title is required');
    expect(screen.getByLabelText('Date 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('The range ends before it starts.').length).toBeGreaterThan(0);
    expect(countRecords(h.db).agreement).toBe(0);

    // Typing into the title clears its error; fixing the date lets the record save.
    await user.click(title);
    await user.paste('Framework Agreement on Defence Cooperation');
    expect(title.getAttribute('aria-invalid')).not.toBe('true');
    await user.clear(screen.getByLabelText('Date 1'));
    await user.type(screen.getByLabelText('Date 1'), 'May 2017');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    await waitFor(() => expect(countRecords(h.db).agreement).toBe(1));
    expect(window.location.hash).toMatch(/^#\/agreements\/[0-9A-Z]{26}$/);
  });

  it('a new meeting is of type "Other" until the person picks one, and is saved so', async () => {
    window.location.hash = '#/meetings/new';
    h.render(<RecordForm kind="meeting" initial={emptyDraft('meeting')} />);
    const user = userEvent.setup();
    expect((screen.getByRole('combobox', { name: /^Type/ }) as HTMLInputElement).value).toBe('Other');
    await user.type(screen.getByLabelText(/^Title/), 'Call with the Embassy');
    await user.click(screen.getAllByRole('button', { name: 'Create' })[0]!);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meetings\/[0-9A-Z]{26}$/));
    const id = window.location.hash.split('/')[2]!;
    expect(findRecord(h.db, 'meeting', id)?.type).toBe('other');
  });
});
