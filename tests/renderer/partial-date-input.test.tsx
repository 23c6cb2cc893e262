/** The date field shows, while typing, how the text was understood — or why it is not a date. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartialDateInput } from '../../renderer/src/components/PartialDateInput';
import { setLanguageSetting } from '../../renderer/src/i18n';
import { openHarness, type Harness } from './support/harness';

function Field({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <PartialDateInput label="Signed on" value={value} onChange={setValue} />;
}

describe('PartialDateInput', () => {
  let h: Harness;
  beforeEach(() => {
    h = openHarness();
  });
  afterEach(() => h.close());

  it('reads "Jan 2021" as a month', async () => {
    h.render(<Field />);
    const input = screen.getByLabelText('Signed on');
    await userEvent.type(input, 'Jan 2021');
    expect(screen.getByText('→ Jan 2021 (month)')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('refuses "32 Jan 2021" with the reason, on the field', async () => {
    h.render(<Field />);
    const input = screen.getByLabelText('Signed on');
    await userEvent.type(input, '32 Jan 2021');
    expect(screen.getByText('January 2021 has only 31 days.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/→/)).toBeNull();
  });

  it('understands circa years, day-first numbers and ranges as people type them', async () => {
    h.render(<Field />);
    const input = screen.getByLabelText('Signed on');
    await userEvent.type(input, 'c. 2019');
    expect(screen.getByText('→ c. 2019 (year, approximate)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '15/01/2021');
    expect(screen.getByText('→ 15 Jan 2021 (day)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '2019–2021');
    expect(screen.getByText('→ 2019–2021 (range)')).toBeTruthy();
  });

  it('shows named periods as written with the days they stand for, open ranges with their marker', async () => {
    h.render(<Field />);
    const input = screen.getByLabelText('Signed on');
    await userEvent.type(input, 'early 2021');
    expect(screen.getByText('→ early 2021 (third of a year: Jan–Apr 2021)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, 'Q1 2024');
    expect(screen.getByText('→ Q1 2024 (quarter: Jan–Mar 2024)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '2019/');
    expect(screen.getByText('→ from 2019 (open range)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '令和3年4月1日');
    expect(screen.getByText('→ 1 Apr 2021 (day)')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '2019-21');
    // A span of years as people write them (a financial year), with how to say the EDTF season instead.
    await waitFor(() => expect(document.body.textContent).toContain('→ 2019–2021 (range)'));
    expect(document.body.textContent).toContain(
      "read as the years 2019–2021. For EDTF's spring 2019, write spring 2019",
    );
  });

  it('in Italian, reads Italian date words and shows what it understood in Italian (issue 18)', async () => {
    act(() => setLanguageSetting('it'));
    try {
      h.render(<Field />);
      const input = screen.getByLabelText('Signed on');
      await userEvent.type(input, 'inizio 2021');
      await waitFor(() => expect(document.body.textContent).toContain('→ inizio 2021'));
      expect(document.body.textContent).toContain('gen–apr 2021');
      await userEvent.clear(input);
      await userEvent.type(input, "anni '90");
      await waitFor(() => expect(document.body.textContent).toContain('→ anni 1990'));
      await userEvent.clear(input);
      await userEvent.type(input, '15/01/2021');
      await waitFor(() => expect(document.body.textContent).toContain('→ 15 gen 2021'));
    } finally {
      act(() => setLanguageSetting('en'));
    }
  });
});
