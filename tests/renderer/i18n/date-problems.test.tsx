/**
 * Why a typed date is not one, in Italian (issue 18 leftover 7): the date field's reasons and hints come from the
 * reader with a wording key and values, and the window words them in its language — month names, days, seasons
 * and decades written the Italian way. A typed "32 gen 2021" shows the Italian reason on the field itself.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { interpretDate, PartialDateInput } from '../../../renderer/src/components/PartialDateInput';
import { i18n } from '../../../renderer/src/i18n';
import { italianHarness } from '../support/italian';

function Field() {
  const [value, setValue] = useState('');
  return <PartialDateInput label="Firmato il" value={value} onChange={setValue} />;
}

const reason = (text: string) => {
  const read = interpretDate(text, i18n.t);
  if (!read || read.ok) throw new Error(`“${text}” was read as a date`);
  return read.error;
};

describe('date reasons in Italian', () => {
  const harness = italianHarness();

  it('says why each kind of text is not a date', () => {
    expect(reason('boh')).toBe(
      'Data non riconosciuta. Scrivere ad es. «2019», «gen 2021», «15 gen 2021», «c. 2019» o «2019–2021».',
    );
    expect(reason('02/13/2021')).toBe('Non esiste il mese 13. Scrivere prima il giorno, ad es. 13/02/2021.');
    expect(reason('30 feb 2023')).toBe('Febbraio 2023 ha solo 28 giorni.');
    expect(reason('2021–2019')).toBe('L’intervallo finisce prima di cominciare.');
    expect(reason('12000')).toMatch(/^(Data non riconosciuta|L’anno deve essere compreso tra)/);
    expect(reason('2019 to')).toBe(
      'Indicare entrambi gli estremi, ad es. «2019–2021», oppure uno: «dal 2019», «fino al 2021».',
    );
    expect(reason('令和元年4月')).toBe('L’era Reiwa è cominciata il 1° maggio 2019; Reiwa 1, mese 4 è precedente.');
    expect(reason('平成31年5月')).toBe('L’era Heisei è finita il 30 aprile 2019; Heisei 31, mese 5 è successivo.');
    const hint = interpretDate('2024-21', i18n.t);
    expect(hint?.ok && hint.text).toMatch(/«2024-21» in EDTF significa primavera 2024\.$/);
  });

  it('shows the Italian reason on the field as it is typed', async () => {
    harness().render(<Field />);
    await userEvent.type(screen.getByLabelText('Firmato il'), '32 gen 2021');
    expect(screen.getByText('Gennaio 2021 ha solo 31 giorni.')).toBeTruthy();
    expect(screen.queryByText(/has only/)).toBeNull();
  });
});
