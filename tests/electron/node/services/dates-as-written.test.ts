/**
 * Dates kept as written through every part that shows them (issue 16 §1): "2019?" (EDTF uncertain) and "c. 2019"
 * (approximate) are different statements and stay different in the register, in the search's date chips and in
 * reports; "1800s" is the century 1800–1899 (EDTF "18XX") everywhere.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../db/store';
import { createRecord, getRecord } from '../../../../db/store/records';
import { assembleReport, renderReport } from '../../../../electron/node/services/reports';
import { searchRecords } from '../../../../electron/node/services/search/search';
import { openTempDb } from '../../../support/temp-db';
import { NOW } from './reports/fixtures';

/** [as typed, stored EDTF, shown]. */
const FORMS: [string, string, string][] = [
  ['2019?', '2019?', '2019?'],
  ['c. 2019', '2019~', 'c. 2019'],
  ['1800s', '18XX', '1800s'],
];

function register() {
  const { db } = openTempDb();
  const ids = FORMS.map(
    ([typed]) =>
      createRecord(db, 'agreement', {
        title: `Arrangement signed ${typed}`,
        type: 'mou',
        statusEvents: [{ status: 'signed', date: typed }],
      }).id,
  );
  return { db, store: Store.over(db), ids };
}

describe('uncertain, approximate and century dates are kept as written', () => {
  it('the register stores each as its own EDTF value', () => {
    const { db, ids } = register();
    expect(ids.map((id) => getRecord(db, 'agreement', id).statusEvents[0]?.date)).toEqual(FORMS.map(([, e]) => e));
  });

  it('a date typed in the search becomes a chip shown as written, filtering by the days it means', () => {
    const { store, ids } = register();
    const chip = (query: string) => {
      const result = searchRecords(store, { query, today: '2026-11-30' });
      return { dates: result.dates ?? [], hits: result.hits };
    };
    for (const [typed, , shown] of FORMS)
      expect(chip(`arrangement ${typed}`).dates.map((d) => d.label)).toEqual([shown]);
    expect(chip('arrangement 1800s').dates[0]).toMatchObject({ from: '1800-01-01', to: '1899-12-31' });
    expect(chip('arrangement 1800s').hits.map((h) => h.id)).toEqual([ids[2]]);
    // Also every arrangement still "signed" since earlier (status periods run on to today: ARCHITECTURE.md, Search).
    expect(chip('arrangement 2019?').hits.map((h) => h.id)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
  });

  it('a report says when each status was reached in the words it was written with', async () => {
    const { store } = register();
    const data = assembleReport(store, {}, { now: NOW });
    const options = { chartImages: async () => ({ error: 'No browser in this test.' }) };
    const html = new TextDecoder().decode((await renderReport(data, 'html', options)).bytes);
    for (const [typed, , shown] of FORMS) {
      const row = html
        .split('<tr>')
        .find((r) => r.includes(`Arrangement signed ${typed}`) && r.includes('class="status'));
      expect({ typed, when: row?.match(/class="status[^"]*">[^<]*<\/span><span class="sub">([^<]*)</)?.[1] }).toEqual({
        typed,
        when: `since ${shown}`,
      });
    }
  });
});
