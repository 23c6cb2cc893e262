/**
 * A kept draft never overwrites typing. After a crash the app starts again with a new-meeting draft waiting; the
 * person presses Ctrl+N and types at once, before the form has shown (the letters are held for its first field).
 * Those letters are newer than the draft: they stay, and the draft is only offered. This file opens the form for
 * the first time in its window (the form's code not yet loaded), which is when the letters are held.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftKey, setDraftRegister } from '../../renderer/src/features/records/form/draftStore';
import { openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

const title = () => screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;

describe('a kept draft and letters typed right after Ctrl+N', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
  });
  afterEach(() => h.close());

  it('letters typed right after Ctrl+N are kept when a draft is waiting: the draft is offered, not put over them', async () => {
    // Kept in this register (drafts are per register, draftStore.ts).
    setDraftRegister(h.ctx.databaseFile);
    localStorage.setItem(
      draftKey('meeting', undefined),
      JSON.stringify({ values: { title: 'Staff talks, Rome' }, savedAt: new Date().toISOString(), baseVersion: null }),
    );
    await openApp(h, '#/meetings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Meetings' });
    // Typed before the form shows (held for it): newer than the kept draft.
    // In one go, as a fast typist does: every letter is pressed before the page can render the form.
    await userEvent.setup({ delay: null }).keyboard('{Control>}n{/Control}Plenary');
    await screen.findByText(/^Unsaved changes from /);
    expect(title().value).toBe('Plenary');
    expect(screen.getByText(/were kept aside/)).toBeTruthy();
    await user.keyboard(' Madrid');
    expect(title().value).toBe('Plenary Madrid');
    // The person may still take the kept draft, on purpose.
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    await waitFor(() => expect(title().value).toBe('Staff talks, Rome'));
  });
});
