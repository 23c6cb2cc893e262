/**
 * Single keys act on a record page only once it has loaded. A record page opened again shows the copy kept in
 * memory while it reads the record afresh (on a busy machine or a large register that takes a moment); "e" or
 * "s" pressed then must not edit or add a status event to what may be an out-of-date record. Once the page has
 * its record, they act. The register's answer is held back here (the real
 * answer, delivered late) to make "still loading" last as long as the test needs.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../db/store/records';
import { openApp } from './support/app';
import { openHarness, type Harness } from './support/harness';

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

describe('record page shortcuts while the page is loading', () => {
  let h: Harness;
  let id: string;
  beforeEach(() => {
    h = openHarness();
    localStorage.clear();
    id = createRecord(h.db, 'agreement', {
      title: 'Memorandum on defence cooperation',
      type: 'mou',
      statusEvents: [{ status: 'signed', date: 'May 2017' }],
    }).id;
  });
  afterEach(() => {
    vi.useRealTimers();
    h.close();
  });

  it('ignores E and S while a record page shown from memory is still reading its record, then acts on them', async () => {
    await openApp(h, `#/agreements/${id}`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Memorandum on defence cooperation' });
    await user.click(screen.getByRole('link', { name: 'Agreements' }));
    await screen.findByRole('heading', { level: 1, name: 'Agreements' });

    // A minute later (the copy in memory is then out of date) the register answers record reads late.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    const bridge = (window as unknown as { entente: Bridge }).entente;
    const read = bridge['records.get']!;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = 0;
    bridge['records.get'] = async (input) => {
      asked += 1;
      await gate;
      return read(input);
    };

    act(() => window.history.back());
    await screen.findByRole('heading', { level: 1, name: 'Memorandum on defence cooperation' });
    await waitFor(() => expect(asked).toBeGreaterThan(0));
    expect(document.querySelector('[data-record-page]')?.getAttribute('aria-busy')).toBe('true');
    // Still loading: the letters are not shortcuts.
    await user.keyboard('se');
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
    expect(window.location.hash).toBe(`#/agreements/${id}`);

    release();
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 1 })?.getAttribute('aria-busy')).not.toBe('true'),
    );
    await user.keyboard('s');
    await screen.findByRole('combobox', { name: 'Status' });
    vi.useRealTimers();
  });
});
