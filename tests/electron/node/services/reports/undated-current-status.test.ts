/**
 * An undated status entered last is the current status (domain/status.ts rule 2), and every drawing of the record
 * says so: a fresh tester entered "In force · 2021" then "Superseded" with no date and the record's chart and the PDF
 * report (the same HTML printed) still drew "In force" running on to today. Model, report and chart must agree: In
 * force ends at an unknown date, Superseded runs on to today, uncertain, "date unknown".
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { createRecord } from '../../../../../db/store/records';
import { statusPeriods } from '../../../../../electron/common/domain/status';
import { TimelineChart } from '../../../../../electron/common/timeline';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { openTempDb } from '../../../../support/temp-db';
import { NOW } from './fixtures';

/** The status bars of a chart's markup: their label and the x where each stops. */
function bars(svg: string): { label: string; x1: number }[] {
  return [...svg.matchAll(/data-period="([^"]*)" data-x1="([\d.]+)"/g)].map((m) => ({
    label: m[1]!,
    x1: Number(m[2]),
  }));
}

function setUp() {
  const { db } = openTempDb();
  const record = createRecord(db, 'agreement', {
    title: 'Old MoU on logistics',
    type: 'mou',
    statusEvents: [
      { status: 'in_force', date: '2021' },
      { status: 'superseded', date: '' },
    ],
  });
  return { db, record };
}

describe('an undated status entered last', () => {
  it('the model ends In force at an unknown date and opens Superseded after it', () => {
    const { db, record } = setUp();
    const periods = statusPeriods(Store.over(db).getRecord('agreement', record.id).statusEvents);
    expect(periods.map((p) => [p.status, p.end, p.endUnknown, p.startsAfter ?? null])).toEqual([
      ['in_force', null, true, null],
      ['superseded', null, false, '2021'],
    ]);
  });

  it('the report (HTML, printed as the PDF) draws Superseded · date unknown to today, In force not', async () => {
    const { db } = setUp();
    const data = assembleReport(Store.over(db), {}, { now: NOW });
    const options = { chartImages: async () => ({ error: 'No browser in this test.' }) };
    const html = new TextDecoder().decode((await renderReport(data, 'html', options)).bytes);
    const drawn = bars(html);
    expect(drawn.map((b) => b.label)).toEqual(['In force', 'Superseded']);
    const [inForce, superseded] = drawn;
    // In force stops where its year ends; Superseded carries on to today, far to the right.
    expect(superseded!.x1 - inForce!.x1).toBeGreaterThan(100);
    expect(html).toContain('Superseded · date unknown');
  });

  it('the chart the record page shows says the same, with its hover text', () => {
    const { db } = setUp();
    const data = assembleReport(Store.over(db), {}, { now: NOW });
    const svg = renderToStaticMarkup(TimelineChart({ rows: data.records, today: data.today, width: 920 }));
    expect(svg).toContain('Superseded · date unknown: began after 2021 – continuing');
    expect(svg).toContain('In force: 2021 – ended at an unknown date');
    const [inForce, superseded] = bars(svg);
    expect(superseded!.x1 - inForce!.x1).toBeGreaterThan(100);
  });

  it('the report table as of a date agrees with its chart: now, Superseded; a past date, In force "may since have changed"', async () => {
    const { db } = setUp();
    const options = { chartImages: async () => ({ error: 'No browser in this test.' }) };
    const tableOf = async (asOf: string) => {
      const data = assembleReport(Store.over(db), { asOf }, { now: NOW });
      const html = new TextDecoder().decode((await renderReport(data, 'html', options)).bytes);
      const table = html.slice(html.indexOf('<table class="grid records"'));
      const cell =
        /<span class="status [^"]*">([^<]*)<\/span><span class="sub">([^<]*)<\/span>(<span class="sub later">[^<]*<\/span>)?/.exec(
          table,
        );
      return {
        status: cell?.[1],
        when: cell?.[2],
        later: cell?.[3] ?? null,
        note: table.includes('may since have changed;'),
        html,
      };
    };
    // The report is generated on 15 Mar 2026: as of 2026 (its last day is after today) or later means now.
    for (const asOf of ['2026', '2030']) {
      const now = await tableOf(asOf);
      expect(now).toMatchObject({ status: 'Superseded', when: 'date unknown', later: null, note: false });
      expect(now.html).toContain('Superseded · date unknown');
    }
    // As of 2023 the undated status cannot be placed: the last placed one, and the later one named under it.
    const past = await tableOf('2023');
    expect(past).toMatchObject({ status: 'In force', when: 'since 2021', note: true });
    expect(past.later).toContain('may since have changed: Superseded, date unknown');
  });
});
