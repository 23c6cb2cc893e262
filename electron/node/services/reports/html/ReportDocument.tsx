/**
 * The report as one React tree rendered to static markup: HTML export, PDF (printed from this HTML)
 * and the in-app preview (shown in a sandboxed iframe) are all this document. React escapes every text
 * node and attribute, so hostile titles and notes render as text; the document holds no script.
 */
import type { ReactElement } from 'react';
import type { ReportData } from '../../../../common/domain/report';
import { reportWords } from '../../../../common/domain/report-words';
import { CHART_WORDS, TimelineChart, timelineDomain } from '../../../../common/timeline';
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
  const words = reportWords(data.lang);
  const chartWords = CHART_WORDS[words.lang];
  if (blocks.length === 0) return <p className="empty">{words.noRecords}</p>;
  return (
    <>
      {shown.length < data.records.length && (
        <p className="meta chart-limit">{words.chartLimit(shown.length, data.records.length)}</p>
      )}
      {blocks.map((rows, i) => (
        <figure className="chart" key={i} style={{ margin: '6px 0 10px' }}>
          <TimelineChart
            rows={rows}
            today={data.today}
            asOf={data.asOf?.cutoff ?? null}
            asOfLabel={data.asOf ? `${chartWords.asOf} ${data.asOf.text}` : chartWords.asOf}
            domain={domain}
            idPrefix={`timeline-${i + 1}`}
            tooltips={false}
            title={words.chartTitle(data.title, i + 1, blocks.length)}
            words={chartWords}
          />
          {blocks.length > 1 && (
            <figcaption className="chart-caption">
              {words.chartPart(
                i + 1,
                blocks.length,
                i * CHART_ROWS_PER_BLOCK + 1,
                i * CHART_ROWS_PER_BLOCK + rows.length,
                shown.length,
              )}
            </figcaption>
          )}
        </figure>
      ))}
    </>
  );
}

function countsOf(data: ReportData): string[] {
  const words = reportWords(data.lang);
  const by = new Map<ReportData['records'][number]['kind'], number>();
  for (const r of data.records) by.set(r.kind, (by.get(r.kind) ?? 0) + 1);
  return [...by].map(([kind, n]) => words.kindCount(kind, n));
}

export function ReportBody({ data }: { data: ReportData }): ReactElement {
  const words = reportWords(data.lang);
  const { h, row, col } = words;
  return (
    <main>
      <div className="marking-banner screen-only" role="note" aria-label={row.marking}>
        {data.marking}
      </div>
      <header className="doc-head">
        <p className="doc-kicker">{words.kicker}</p>
        <h1 dir="auto">{data.title}</h1>
        <table className="scope">
          <tbody>
            <tr>
              <th scope="row">{row.scope}</th>
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
                <th scope="row">{row.asOf}</th>
                <td>{data.asOf.text}</td>
              </tr>
            )}
            <tr>
              <th scope="row">{row.generated}</th>
              <td>{data.generatedAtText}</td>
            </tr>
            <tr>
              <th scope="row">{row.marking}</th>
              <td>
                <strong>{data.marking}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{row.contents}</th>
              <td>
                <ul className="counts">
                  {countsOf(data).map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                  <li>{words.events(data.chronology.length + data.undated.length)}</li>
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
        <h2>{h.timeline}</h2>
        <ChartBlocks data={data} />
      </section>

      <section>
        <h2>{h.records}</h2>
        {data.records.length === 0 ? (
          <p className="empty">{words.noRecords}</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: recordsTableHtml(data) }} />
        )}
      </section>

      <section>
        <h2>{h.chronology}</h2>
        {data.chronology.length === 0 ? (
          <p className="empty">{words.noDated}</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: chronologyTableHtml(data.chronology, h.chronology, words) }} />
        )}
        {data.undated.length > 0 && (
          <>
            <h3>{h.undated}</h3>
            <p className="meta">{words.undatedExplain}</p>
            <div dangerouslySetInnerHTML={{ __html: chronologyTableHtml(data.undated, h.undated, words) }} />
          </>
        )}
      </section>

      {data.scope.request.includeMeetings && (
        <section>
          <h2>{h.meetings}</h2>
          {data.meetings.length === 0 ? (
            <p className="empty">{words.noMeetings}</p>
          ) : (
            data.meetings.map((m) => (
              <article className="meeting" key={m.id}>
                <h3 dir="auto">{m.title}</h3>
                <p className="meta">{[m.date.text, m.typeLabel, m.place, m.status].filter(Boolean).join(' · ')}</p>
                {m.participants.length > 0 && (
                  <p dir="auto">
                    <strong>{words.participantsPrefix}</strong>
                    {m.participants.join('; ')}
                  </p>
                )}
                {m.topics.length > 0 && (
                  <>
                    <strong>{col.topics}</strong>
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
                    <strong>{col.outcomes}</strong>
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
        <h2>{h.reminders}</h2>
        {data.reminders.length === 0 ? (
          <p className="empty">{words.noReminders(data.scope.request.reminderDays, words.date(data.today))}</p>
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
                <th>{col.date}</th>
                <th>{col.reminder}</th>
                <th>{col.record}</th>
                <th>{col.detail}</th>
              </tr>
            </thead>
            <tbody>
              {data.reminders.map((r) => (
                <tr key={r.key}>
                  <td className="date">
                    {words.date(r.date)}
                    {r.overdue && <span className="sub overdue">{words.overdue}</span>}
                  </td>
                  <td className="kind">{words.reminderKind(r.kind)}</td>
                  <td dir="auto">{r.recordTitle}</td>
                  <td dir="auto">{words.reminderText(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <p className="end-note">{words.endNote(data.generatedAtText)}</p>
      <div className="marking-banner screen-only" role="note" aria-label={row.marking}>
        {data.marking}
      </div>
    </main>
  );
}
