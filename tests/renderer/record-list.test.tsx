/** The agreements list over the seed data plus a few more: filtering (server side) and sorting (client side). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { createRecord } from '../../db/store/records';
import RecordListPage from '../../renderer/src/features/records/list/RecordListPage';
import { openHarness, type Harness } from './support/harness';

function titlesInGrid(): string[] {
  const grid = screen.getByRole('grid', { name: 'Agreements' });
  return (
    within(grid)
      .getAllByRole('row')
      .slice(1)
      // Cell 0 is the row's select box; the title follows.
      .map((row) => within(row).getAllByRole('gridcell')[1]!.textContent ?? '')
  );
}

describe('record list', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
    loadSeedArticle(h.db);
    const france = createRecord(h.db, 'party', { name: 'France', type: 'state' });
    createRecord(h.db, 'agreement', {
      title: 'Agreement on military training with France',
      type: 'framework_agreement',
      areas: ['training'],
      parties: [{ partyId: france.id, role: 'signatory' }],
      statusEvents: [{ status: 'under_negotiation', date: '2023' }],
    });
    createRecord(h.db, 'agreement', {
      title: 'Arrangement on logistics support',
      type: 'implementing_arrangement',
      areas: ['logistics'],
      statusEvents: [{ status: 'in_force', date: 'March 2020' }],
    });
  });
  afterEach(() => h.close());

  it('lists every agreement with its derived status and sorts by title and date', async () => {
    h.render(<RecordListPage kind="agreement" />);
    await screen.findByText('3 records');
    expect(titlesInGrid()).toEqual([
      'Agreement on military training with France',
      'Arrangement on logistics support',
      'Technical Arrangement between the Italian and Japanese Air Forces',
    ]);
    expect(screen.getByText('Signed · unknown')).toBeTruthy();
    expect(screen.getByText('In force · Mar 2020')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Date/ }));
    // Unknown dates sort first, then by date.
    expect(titlesInGrid()).toEqual([
      'Technical Arrangement between the Italian and Japanese Air Forces',
      'Arrangement on logistics support',
      'Agreement on military training with France',
    ]);
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    expect(titlesInGrid()[0]).toBe('Technical Arrangement between the Italian and Japanese Air Forces');
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by party (sub-parties included), status, date range and title', async () => {
    h.render(<RecordListPage kind="agreement" />);
    await screen.findByText('3 records');
    const user = userEvent.setup();

    // Italy: the Technical Arrangement is between the Italian Air Force (a sub-party of Italy) and the JASDF.
    await user.click(screen.getByLabelText('Party', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Italy' }));
    await screen.findByText('1 match');
    expect(titlesInGrid()).toEqual(['Technical Arrangement between the Italian and Japanese Air Forces']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('3 records');

    await user.click(screen.getByLabelText('Status', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'In force' }));
    await waitFor(() => expect(titlesInGrid()).toEqual(['Arrangement on logistics support']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.type(screen.getByLabelText('From date (e.g. 2019)'), '2021');
    await user.type(screen.getByLabelText('To date (e.g. Jan 2021)'), 'Dec 2023');
    await waitFor(() => expect(titlesInGrid()).toEqual(['Agreement on military training with France']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.type(screen.getByLabelText('Filter by title'), 'logistics');
    await waitFor(() => expect(titlesInGrid()).toEqual(['Arrangement on logistics support']));
  });
});
