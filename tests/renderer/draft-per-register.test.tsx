/**
 * A kept draft belongs to the register it was typed in. Local storage is shared by every register opened on the
 * machine: a new meeting half-typed in one register used to be offered, and could be saved, in another.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

const title = () => screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;

describe('kept drafts, per register', () => {
  let a: Harness;
  let b: Harness;
  beforeEach(() => {
    localStorage.clear();
    a = openHarness();
    b = openHarness();
  });
  afterEach(() => {
    a.close();
    b.close();
  });

  it('a new meeting typed in one register is not offered in another, and is still there in its own', async () => {
    const user = userEvent.setup();
    a.use();
    await openApp(a, '#/meetings/new');
    await waitFor(() => expect(document.activeElement).toBe(title()));
    await user.keyboard('Staff talks, Rome');
    // The window goes away unsaved (a crash, a closed window); the next one opens the other register.
    cleanup();

    b.use();
    await openApp(b, '#/meetings/new');
    await waitFor(() => expect(document.activeElement).toBe(title()));
    expect(title().value).toBe('');
    expect(screen.queryByText(/^Unsaved changes from /)).toBeNull();
    cleanup();

    a.use();
    await openApp(a, '#/meetings/new');
    await screen.findByText(/^Unsaved changes from .* were restored\.$/);
    await waitFor(() => expect(title().value).toBe('Staff talks, Rome'));
  });
});
