import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assembleReport, renderReportHtml } from '../../../../../electron/node/services/reports';
import {
  TimelineChart,
  timelineDomain,
  timelineTicks,
  type TimelineRow,
} from '../../../../../electron/common/timeline';
import { calendarDb, HOSTILE, NOW, seededDb } from './fixtures';
import { Store } from '../../../../../db/store';

const row = (
  id: string,
  title: string,
  periods: TimelineRow['periods'],
  events: TimelineRow['events'] = [],
): TimelineRow => ({ id, title, kindLabel: 'Agreement', periods, events });
const d = (edtf: string, text = edtf) => ({ edtf, text });

describe('timeline chart', () => {
  it('picks month ticks for a short span and year ticks (or wider) for long ones', () => {
    expect(timelineTicks({ from: '2021-01-01', to: '2021-06-30' }).map((t) => t.label)).toEqual([
      'Jan 2021',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
    ]);
    expect(
      timelineTicks({ from: '2020-01-01', to: '2022-12-31' })
        .filter((t) => t.major)
        .map((t) => t.label),
    ).toEqual(['2020', '2021', '2022']);
    expect(timelineTicks({ from: '2010-01-01', to: '2019-12-31' }).length).toBe(10);
    expect(
      timelineTicks({ from: '1960-01-01', to: '2026-12-31' })
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['1960', '1965', '1970']);
  });

  it('reaches today when a period is still open, and honours a report range', () => {
    const rows = [row('a', 'A', [{ label: 'In force', category: 'active', start: d('2019'), end: null }])];
    expect(timelineDomain(rows, { today: '2026-03-15' })).toEqual({ from: '2019-01-01', to: '2026-12-31' });
    expect(timelineDomain(rows, { today: '2026-03-15', range: { from: '2020-01-01', to: '2021-12-31' } })).toEqual({
      from: '2020-01-01',
      to: '2021-12-31',
    });
  });

  it('draws bars with status labels, an uncertain span for a year-precision start, the undated gutter and the today line', () => {
    const rows = [
      row(
        'a',
        'Technical Arrangement',
        [{ label: 'Development', category: 'active', start: d('2019'), end: null }],
        [{ id: 'e1', label: 'Development', date: d('2019'), status: 'development' }],
      ),
      row(
        'b',
        'Tempest',
        [],
        [
          { id: 'e2', label: 'Signed', date: d('XXXX', 'unknown'), status: 'signed' },
          { id: 'e3', label: 'Held', date: d('XXXX', 'unknown'), status: '' },
        ],
      ),
    ];
    const svg = renderToStaticMarkup(createElement(TimelineChart, { rows, today: '2026-03-15', idPrefix: 'p' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>Development</text>');
    expect(svg).toContain('stroke-dasharray="2 2"'); // the uncertain stretch of the 2019 start
    expect(svg).not.toContain('<pattern');
    expect(svg).toContain('>Undated</text>');
    expect(svg).toContain('>×2</text>');
    expect(svg).toContain('>Today</text>');
    expect(svg).toContain('Date known only roughly');
    expect(svg).not.toContain('<script');
  });

  it('escapes hostile titles', () => {
    const svg = renderToStaticMarkup(
      createElement(TimelineChart, { rows: [row('h', HOSTILE.title, [])], today: '2026-03-15' }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('HTML report', () => {
  it('is one self-contained file with scope, generation time, marking, chart and chronology', () => {
    const { db, ids } = seededDb();
    const html = renderReportHtml(
      assembleReport(Store.over(db), { partyIds: [ids.italy, ids.japan], marking: 'RESTRICTED' }, { now: NOW }),
    );
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>RESTRICTED — Italy–Japan: cooperation timeline</title>');
    expect(html).toContain('Parties: Italy and Japan (including their sub-parties; records involving all of them)');
    expect(html).toMatch(/15 Mar 2026, \d\d:\d\d/);
    expect(html).toContain('<svg');
    expect(html).toContain('Events without a known date');
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#x27;none&#x27;/);
    // No script at all, no external request of any kind.
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('renders hostile titles and notes as text', () => {
    const { db, ids } = calendarDb();
    const html = renderReportHtml(
      assembleReport(
        Store.over(db),
        { recordIds: [ids.hostile], title: HOSTILE.title, marking: 'SECRET & <i>x</i>' },
        { now: NOW },
      ),
    );
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('SECRET &amp; &lt;i&gt;x&lt;/i&gt;');
    expect(html).toContain('اتفاقية הסכם 🤝 日本との協定');
    expect(html).toContain('=SUM(A1:A2)');
  });
});
