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
    areas: summary.areas,
    updatedAt: summary.updatedAt,
  };
}

export function statusText(status: DerivedStatus | null): string {
  return status ? `${labelOf(status.status)} (${formatPartialDate(status.date)})` : 'no status';
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `cell` cut to at most `width` terminal columns, whole characters only, with "…" when cut. */
function cut(cell: string, width: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(cell)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…';
}

/**
 * A plain aligned text table; the last column is not padded. Widths are terminal columns (string-width: a CJK
 * or full-width character takes two, a combining mark none), so columns line up whatever the script.
 */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) =>
    Math.min(60, Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? '')))),
  );
  const fit = (cell: string, i: number) => {
    const shown = stringWidth(cell) > widths[i]! ? cut(cell, widths[i]!) : cell;
    return shown + ' '.repeat(Math.max(0, widths[i]! - stringWidth(shown)));
  };
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : fit(c, i)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
