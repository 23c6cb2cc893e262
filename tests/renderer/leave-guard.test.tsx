/**
 * Never lose typing, in the whole window on a real database: leaving a form with unsaved typing — by the
 * palette, a sidebar link or Back — asks "Discard / Keep editing"; Keep editing keeps the typing and the
 * focus; Discard goes; a reload (the form mounted afresh) restores the draft with a notice.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, createRecord, findRecord, updateRecord } from '../../db/store/records';
import { hasUnsavedChanges } from '../../renderer/src/app/leave-guard';
import { draftKey } from '../../renderer/src/features/records/form/draftStore';
import { focused, openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

const title = () => screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;

describe('leaving a form with unsaved typing', () => {
  let h: Harness;
  let agreementId: string;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    agreementId = createRecord(h.db, 'agreement', { title: 'Memorandum on defence cooperation', type: 'mou' }).id;
  });
  afterEach(() => h.close());

  it('asks before the palette, a sidebar link or Back take the person away', async () => {
    await openApp(h, '#/meetings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Meetings' });
    await user.keyboard('{Control>}n{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(title()));
    await user.keyboard('Staff talks, Rome');
    expect(hasUnsavedChanges()).toBe(true);

    // Palette → another record: asked; Keep editing stays, with the typing and the focus.
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('memorandum');
    await screen.findByRole('option', { name: /Memorandum on defence cooperation/ });
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull());
    expect(window.location.hash).toBe('#/meetings/new');
    expect(title().value).toBe('Staff talks, Rome');
    await waitFor(() => expect(document.activeElement, focused()).toBe(title()));

    // A sidebar link: asked again.
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/meetings/new');

    // Back (the browser's): asked, and the address is put back while the person decides.
    act(() => window.history.back());
    const back = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(back).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(window.location.hash).toBe('#/meetings/new'));
    expect(title().value).toBe('Staff talks, Rome');

    // Discard: goes, and the draft is forgotten.
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await screen.findByRole('heading', { name: 'Agreements' });
    expect(window.location.hash).toBe('#/agreements');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('entente.draft.'))).toEqual([]);
    expect(countRecords(h.db).meeting).toBe(0);
  });

  it('keeps a draft through a reload and restores it with a notice; saving forgets it', async () => {
    await openApp(h, `#/agreements/${agreementId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Memorandum on defence cooperation'));
    await user.clear(title());
    await user.type(title(), 'Italy–Japan Memorandum');
    // The window goes away without a save (a reload, a crash): the page is gone, local storage stays.
    cleanup();
    await openApp(h, `#/agreements/${agreementId}/edit`);
    await screen.findByText(/^Unsaved changes from .* were restored\.$/);
    await waitFor(() => expect(title().value).toBe('Italy–Japan Memorandum'));
    // Saving writes it and forgets the draft.
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByRole('heading', { name: 'Italy–Japan Memorandum' });
    expect(localStorage.getItem(draftKey('agreement', agreementId))).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('a restored draft older than the record is never saved over the changes made since', async () => {
    await openApp(h, `#/agreements/${agreementId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Memorandum on defence cooperation'));
    await user.type(title(), ' (draft)');
    cleanup();
    // Meanwhile the record changes (another window, a colleague): a reference is added.
    updateRecord(h.db, 'agreement', agreementId, {
      title: 'Memorandum on defence cooperation',
      type: 'mou',
      reference: 'MoU-2019/7',
    });
    await openApp(h, `#/agreements/${agreementId}/edit`);
    await screen.findByText(/were restored/);
    await waitFor(() => expect(title().value).toBe('Memorandum on defence cooperation (draft)'));
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText(/was changed elsewhere/);
    // Refused: the record keeps the change made since, and the draft's title was not written over it.
    const stored = findRecord(h.db, 'agreement', agreementId)!;
    expect({ title: stored.title, reference: stored.reference }).toEqual({
      title: 'Memorandum on defence cooperation',
      reference: 'MoU-2019/7',
    });
  });

  it('offers a restored new-record draft back, and "Discard them" empties the form', async () => {
    await openApp(h, '#/meetings/new');
    const user = userEvent.setup();
    await waitFor(() => expect(document.activeElement, focused()).toBe(title()));
    await user.keyboard('Staff talks');
    cleanup();
    await openApp(h, '#/meetings/new');
    await screen.findByText(/were restored/);
    await waitFor(() => expect(title().value).toBe('Staff talks'));
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    await waitFor(() => expect(title().value).toBe(''));
    expect(localStorage.getItem(draftKey('meeting', undefined))).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('Ctrl+S under the leave dialog saves, then goes where the person was going', async () => {
    await openApp(h, `#/agreements/${agreementId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Memorandum on defence cooperation'));
    await user.type(title(), ' 2019');
    await user.click(screen.getByRole('link', { name: 'Meetings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(within(dialog).getByRole('button', { name: 'Save and leave' })).toBeTruthy();
    await user.keyboard('{Control>}s{/Control}');
    // Saved once, the dialog gone, and the navigation completed: no dialog left over the saved record.
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull();
    expect(window.location.hash).toBe('#/meetings');
    const stored = findRecord(h.db, 'agreement', agreementId)!;
    expect({ title: stored.title, version: stored.version }).toEqual({
      title: 'Memorandum on defence cooperation 2019',
      version: 2,
    });
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('a save refused from the leave dialog stays on the form with its errors', async () => {
    await openApp(h, `#/agreements/${agreementId}/edit`);
    const user = userEvent.setup();
    await waitFor(() => expect(title().value).toBe('Memorandum on defence cooperation'));
    await user.clear(title());
    await user.click(screen.getByRole('link', { name: 'Meetings' }));
    await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull());
    expect(window.location.hash).toBe(`#/agreements/${agreementId}/edit`);
    await waitFor(() => expect(document.activeElement, focused()).toBe(title()));
    expect(findRecord(h.db, 'agreement', agreementId)!.version).toBe(1);
    expect(hasUnsavedChanges()).toBe(true);
  });
});
