/**
 * The report as one React tree rendered to static markup: HTML export, PDF (printed from this HTML)
 * and the in-app preview (shown in a sandboxed iframe) are all this document. React escapes every text
 * node and attribute, so hostile titles and notes render as text; the document holds no script.
 */
import { formatPartialDate } from '../../../../common/domain/partial-date';
import type { ReactElement } from 'react';
import type { ReportData } from '../../../../common/domain/report';
import { REMINDER_LABELS } from '../../../../common/domain/reminders';
import { TimelineChart, timelineDomain } from '../../../../common/timeline';
import { chronologyTableHtml, recordsTableHtml } from './tables';

/** Rows per chart block: one block fits on a portrait page with its legend. */
export const CHART_ROWS_PER_BLOCK = 30;

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * At most this many chart rows (10 pages). A Gantt chart of thousands of records informs nobody and
 * costs seconds to draw and print; the records and chronology tables stay complete, and the chart says
 * what it left out and how to get a complete one.
 */
export const CHART_MAX_ROWS = 300;

/** The chart split into page-sized blocks that share one time axis. */
export function ChartBlocks({ data, maxRows = CHART_MAX_ROWS }: { data: ReportData; maxRows?: number }): ReactElement {
  const shown = data.records.slice(0, Math.min(maxRows, CHART_MAX_ROWS));
  const domain = timelineDomain(shown, { today: data.today, asOf: data.asOf?.cutoff ?? null, range: data.range });
  const blocks = chunk(shown, CHART_ROWS_PER_BLOCK);
  if (blocks.length === 0) return <p className="empty">No records in scope.</p>;
  return (
    <>
      {shown.length < data.records.length && (
        <p className="meta chart-limit">
          The chart shows the first {shown.length} of {data.records.length} records (in the order of the Records table).
          Narrow the scope (party, programme, working group or dates) for a complete chart; the tables below list every
          record and event.
        </p>
      )}
      {blocks.map((rows, i) => (
        <figure className="chart" key={i} style={{ margin: '6px 0 10px' }}>
          <TimelineChart
            rows={rows}
            today={data.today}
            asOf={data.asOf?.cutoff ?? null}
            asOfLabel={data.asOf ? `As of ${data.asOf.text}` : 'As of'}
            domain={domain}
            idPrefix={`timeline-${i + 1}`}
            tooltips={false}
            title={`${data.title}: timeline${blocks.length > 1 ? ` (part ${i + 1} of ${blocks.length})` : ''}`}
          />
          {blocks.length > 1 && (
            <figcaption className="chart-caption">
              Part {i + 1} of {blocks.length} (records {i * CHART_ROWS_PER_BLOCK + 1}–
              {i * CHART_ROWS_PER_BLOCK + rows.length} of {shown.length}).
            </figcaption>
          )}
        </figure>
      ))}
    </>
  );
}

function countsOf(data: ReportData): string[] {
  const by = new Map<string, number>();
  for (const r of data.records) by.set(r.kindLabel, (by.get(r.kindLabel) ?? 0) + 1);
  return [...by].map(([label, n]) => `${n}\u00a0${label.toLowerCase()}${n === 1 ? '' : 's'}`);
}

export function ReportBody({ data }: { data: ReportData }): ReactElement {
  return (
    <main>
      <div className="marking-banner screen-only" role="note" aria-label="Handling marking">
        {data.marking}
      </div>
      <header className="doc-head">
        <p className="doc-kicker">Entente · timeline report</p>
        <h1 dir="auto">{data.title}</h1>
        <table className="scope">
          <tbody>
            <tr>
              <th scope="row">Scope</th>
              <td>
                <ul>
                  {data.scope.lines.map((l, i) => (
                    <li key={i} dir="auto">
                      {l}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
            {data.asOf && (
              <tr>
                <th scope="row">As of</th>
                <td>{data.asOf.text}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Generated</th>
              <td>{data.generatedAtText}</td>
            </tr>
            <tr>
              <th scope="row">Marking</th>
              <td>
                <strong>{data.marking}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">Contents</th>
              <td>
                <ul className="counts">
                  {countsOf(data).map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                  <li>{data.chronology.length + data.undated.length} events</li>
                </ul>
              </td>
            </tr>
          </tbody>
        </table>
        {data.notes.length > 0 && (
          <ul className="notes">
            {data.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
      </header>

      <section>
        <h2>Timeline</h2>
        <ChartBlocks data={data} />
      </section>

      <section>
        <h2>Records</h2>
        {data.records.length === 0 ? (
          <p className="empty">No records in scope.</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: recordsTableHtml(data) }} />
        )}
      </section>

      <section>
        <h2>Chronology</h2>
        {data.chronology.length === 0 ? (
          <p className="empty">No dated events in scope.</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: chronologyTableHtml(data.chronology, 'Chronology') }} />
        )}
        {data.undated.length > 0 && (
          <>
            <h3>Events without a known date</h3>
            <p className="meta">Recorded without a date, so they cannot be placed in the chronology above.</p>
            <div
              dangerouslySetInnerHTML={{ __html: chronologyTableHtml(data.undated, 'Events without a known date') }}
            />
          </>
        )}
      </section>

      {data.scope.request.includeMeetings && (
        <section>
          <h2>Meetings</h2>
          {data.meetings.length === 0 ? (
            <p className="empty">No meetings in scope.</p>
          ) : (
            data.meetings.map((m) => (
              <article className="meeting" key={m.id}>
                <h3 dir="auto">{m.title}</h3>
                <p className="meta">{[m.date.text, m.typeLabel, m.place, m.status].filter(Boolean).join(' · ')}</p>
                {m.participants.length > 0 && (
                  <p dir="auto">
                    <strong>Participants: </strong>
                    {m.participants.join('; ')}
                  </p>
                )}
                {m.topics.length > 0 && (
                  <>
                    <strong>Topics</strong>
                    <ul>
                      {m.topics.map((t, i) => (
                        <li key={i} dir="auto">
                          {t}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {m.summary && <p dir="auto">{m.summary}</p>}
                {m.outcomes.length > 0 && (
                  <>
                    <strong>Outcomes</strong>
                    <ul>
                      {m.outcomes.map((t, i) => (
                        <li key={i} dir="auto">
                          {t}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </article>
            ))
          )}
        </section>
      )}

      <section>
        <h2>Upcoming dates and reminders</h2>
        {data.reminders.length === 0 ? (
          <p className="empty">
            No upcoming or overdue dates for these records within {data.scope.request.reminderDays} days of{' '}
            {formatPartialDate(data.today)}.
          </p>
        ) : (
          <table className="grid reminders">
            <colgroup>
              <col style={{ width: '14%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '30%' }} />
              <col style={{ width: '40%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>Date</th>
                <th>Reminder</th>
                <th>Record</th>
                <th>Detail</th>
              </tr>
            </thead>
            <tbody>
              {data.reminders.map((r) => (
                <tr key={r.key}>
                  <td className="date">
                    {r.dateText}
                    {r.overdue && <span className="sub overdue">overdue</span>}
                  </td>
                  <td className="kind">{REMINDER_LABELS[r.kind]}</td>
                  <td dir="auto">{r.recordTitle}</td>
                  <td dir="auto">{r.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <p className="end-note">
        End of report. Generated by Entente on {data.generatedAtText}. Dates are shown as recorded: “c.” marks an
        approximate date; a year or month alone means the exact day is not known.
      </p>
      <div className="marking-banner screen-only" role="note" aria-label="Handling marking">
        {data.marking}
      </div>
    </main>
  );
}
