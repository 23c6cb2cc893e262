/**
 * How records read on the command line and in the CLI's JSON. JSON keeps dates intact
 * (canonical EDTF) and adds their display text, so scripts can sort and people can read.
 */
import { formatPartialDate } from '../../common/domain/partial-date';
import type { DerivedStatus, RecordSummary } from '../../common/domain/types';
import { labelOf } from '../../common/domain/vocab';
import stringWidth from 'string-width';

export function statusJson(status: DerivedStatus | null) {
  return (
    status && {
      status: status.status,
      label: labelOf(status.status),
      date: status.date,
      dateText: formatPartialDate(status.date),
      eventId: status.eventId,
    }
  );
}

export function summaryJson(summary: RecordSummary) {
  return {
    id: summary.id,
    kind: summary.kind,
    title: summary.title,
    subtitle: summary.subtitle,
    date: summary.date,
    dateText: formatPartialDate(summary.date),
    status: statusJson(summary.status),
    parties: summary.partyIds.map((id, i) => ({ id, name: summary.partyNames[i] ?? '' })),
    ...(summary.counterparts ? { counterparts: summary.counterparts } : {}),
    areas: summary.areas,
    updatedAt: summary.updatedAt,
    ...(summary.statusUndatedLater ? { statusUndatedLater: summary.statusUndatedLater } : {}),
  };
}

/** "In force (Mar 2015)"; "Superseded (date unknown)" for an undated status, as the chart labels it. */
export function statusText(status: DerivedStatus | null): string {
  if (!status) return 'no status';
  const when = status.date === 'XXXX' ? 'date unknown' : formatPartialDate(status.date);
  return `${labelOf(status.status)} (${when})`;
}

/**
 * A plain aligned text table sized to its content; the last column is not padded. Nothing is cut: a cell's end is
 * often what tells rows apart (the other party after "Ministry of Defence of Italy, …"); the terminal wraps a
 * long row, a pipe keeps it whole on one line. Widths are terminal columns (string-width: a CJK or full-width
 * character takes two, a combining mark none), so columns line up whatever the script.
 */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const fit = (cell: string, i: number) => cell + ' '.repeat(Math.max(0, widths[i]! - stringWidth(cell)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : fit(c, i)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
