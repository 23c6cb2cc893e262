/**
 * A report's status column says when the current status was reached in words that fit every date form (issue 16 §1
 * dates in §7's outputs): a tester printed "since from 2024", "Held since until 2019" and "since 2019–2021".
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { createRecord } from '../../../../../db/store/records';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { openTempDb } from '../../../../support/temp-db';
import { NOW } from './fixtures';

const CASES: [date: string, expected: string][] = [
  ['from 2024', 'since 2024'],
  ['until 2019', 'by 2019'],
  ['2019–2021', 'in 2019–2021'],
  ['Mar 2021', 'since Mar 2021'],
  ['Q1 2024', 'since Q1 2024'],
  ['', 'date unknown'],
];

describe('the status column of a report', () => {
  it('reads right for an open start, an open end, a range, a month, a quarter and no date, in HTML and Word', async () => {
    const { db } = openTempDb();
    for (const [date] of CASES)
      createRecord(db, 'meeting', {
        title: `Talks dated “${date || 'unknown'}”`,
        type: 'call',
        statusEvents: [{ status: 'held', date }],
      });
    const data = assembleReport(Store.over(db), { includeMeetings: true }, { now: NOW });
    const options = { chartImages: async () => ({ error: 'No browser in this test.' }) };
    const html = new TextDecoder().decode((await renderReport(data, 'html', options)).bytes);
    const word = (
      await mammoth.extractRawText({ buffer: Buffer.from((await renderReport(data, 'docx', options)).bytes) })
    ).value;
    for (const [date, expected] of CASES) {
      const title = `Talks dated “${date || 'unknown'}”`;
      // HTML: the records table's row of this record (the chart and the chronology name it too).
      const rows = html.split('<tr>').filter((r) => r.includes(title) && r.includes('class="status'));
      expect({
        date,
        html: rows.map((r) => r.match(/class="status[^"]*">[^<]*<\/span><span class="sub">([^<]*)</)?.[1]),
      }).toEqual({
        date,
        html: [expected],
      });
      // Word: the status cell's second line ("Held", then when) follows the title in the Records table.
      const cell = word.slice(word.indexOf(title)).match(/Held(since [^\n]*|by [^\n]*|in [^\n]*|date unknown)/)?.[1];
      expect({ date, word: cell }).toEqual({ date, word: expected });
    }
    expect(html).not.toMatch(/since (from|until) /);
  });
});
