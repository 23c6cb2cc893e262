/**
 * The search page over the demo data, in jsdom against a real database: results as you type,
 * highlighted snippets (escaped text, hits in <mark>), keyboard navigation (↑ ↓ Enter opens the
 * record at the matched field), notes for a sensible reading, and saved searches.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeedArticle, type SeedIds } from '../../db/demo/seed-article';
import { createRecord } from '../../db/store/records';
import SearchPage from '../../renderer/src/features/search/SearchPage';
import { openHarness, type Harness } from './support/harness';

function options(): HTMLElement[] {
  return within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
}

describe('search page', () => {
  let h: Harness;
  let ids: SeedIds;
  beforeEach(() => {
    window.location.hash = '#/search';
    h = openHarness();
    ids = loadSeedArticle(h.db);
  });
  afterEach(() => h.close());

  it('shows results as you type, with hits marked, and moves through them with the keyboard', async () => {
    const user = userEvent.setup();
    h.render(<SearchPage />);
    const input = screen.getByRole('combobox', { name: 'Search the register' });
    await user.type(input, 'Tempest');
    await waitFor(() => expect(options()).toHaveLength(2));
    const [programme, meeting] = options();
    expect(programme!.getAttribute('aria-selected')).toBe('true');
    expect(within(programme!).getAllByText('Tempest', { selector: 'mark' }).length).toBeGreaterThan(0);
    expect(within(meeting!).getByText(/in Summary/)).toBeTruthy();
    expect(screen.getByText('2 results')).toBeTruthy();

    await user.keyboard('{ArrowDown}');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await user.keyboard('{ArrowDown}'); // stays on the last
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe(`#/programmes/${ids.tempest}?field=notes`);
  });

  it('the address keeps the search, so Back returns to it', async () => {
    const user = userEvent.setup();
    h.render(<SearchPage />);
    await user.type(screen.getByRole('combobox', { name: 'Search the register' }), 'Kishi');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=Kishi'));
  });

  it('record text is shown as text, never as markup', async () => {
    createRecord(h.db, 'meeting', {
      title: 'Markup test',
      type: 'call',
      minutes: 'Someone pasted <img src=x onerror=alert(1)> and <b>bold</b> zebra text.',
    });
    const user = userEvent.setup();
    const { container } = h.render(<SearchPage />);
    await user.type(screen.getByRole('combobox', { name: 'Search the register' }), 'zebra');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.ent-search-results b')).toBeNull();
    expect(options()[0]!.textContent).toContain('<b>bold</b>');
    expect(within(options()[0]!).getByText('zebra', { selector: 'mark' })).toBeTruthy();
  });

  it('Japanese, and a note when the query needed a sensible reading', async () => {
    const user = userEvent.setup();
    h.render(<SearchPage />);
    const input = screen.getByRole('combobox', { name: 'Search the register' });
    await user.type(input, '防衛');
    await waitFor(() => expect(within(options()[0]!).getByText('防衛', { selector: 'mark' })).toBeTruthy());
    await user.clear(input);
    await user.type(input, '"joint working');
    await waitFor(() => expect(screen.getByRole('note').textContent).toMatch(/quote was not closed/));
  });

  it('saves a search, lists it, and runs it again', async () => {
    const user = userEvent.setup();
    h.render(<SearchPage />);
    const input = screen.getByRole('combobox', { name: 'Search the register' });
    await user.type(input, 'ifts');
    await waitFor(() => expect(options()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Save search' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Pilot school');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = await screen.findByRole('button', { name: 'Run saved search “Pilot school”' });
    await user.clear(input);
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull());
    await user.click(saved);
    expect((input as HTMLInputElement).value).toBe('ifts');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(h.db.prepare('SELECT name, query FROM saved_searches').all()).toEqual([
      { name: 'Pilot school', query: 'ifts' },
    ]);
  });
});

describe('opening a hit scrolls to the matched words', () => {
  it('finds the words on the rendered record page (case and accents folded) and scrolls them into view', async () => {
    document.body.innerHTML =
      '<main><header class="ent-page-header">Meeting</header><section><p>Minutes</p><p>We discussed the Libertà di navigazione at length.</p></section></main>';
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    try {
      const { revealAfterNavigation } = await import('../../renderer/src/features/search/reveal');
      revealAfterNavigation('liberta di navigazione');
      await waitFor(() => expect(scrolled).toEqual(['We discussed the Libertà di navigazione at length.']));
    } finally {
      Element.prototype.scrollIntoView = original;
      document.body.innerHTML = '';
    }
  });
});
