/**
 * The report's long tables (records, chronology) as HTML strings. They hold tens of thousands of rows in
 * a large register, and building them as strings is several times faster than a React tree; every
 * piece of data goes through escapeHtml, exactly as React would escape it.
 */
import {
  statusReachedText,
  attachmentsText,
  type ChronologyRow,
  type ReportData,
  type ReportRecord,
} from '../../../../common/domain/report';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const cols = (widths: number[]) => `<colgroup>${widths.map((w) => `<col style="width:${w}%"/>`).join('')}</colgroup>`;
const head = (labels: string[]) => `<thead><tr>${labels.map((l) => `<th>${escapeHtml(l)}</th>`).join('')}</tr></thead>`;

/**
 * Date | Record | Event | Note, with the source in small type under the note: four columns keep most rows to
 * one or two lines, which matters when a chronology runs to hundreds of pages.
 */
export function chronologyTableHtml(rows: readonly ChronologyRow[], caption: string): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td class="date">${escapeHtml(r.date.text)}</td><td dir="auto">${escapeHtml(r.recordTitle)}</td><td dir="auto">${escapeHtml(r.event)}</td>` +
        `<td dir="auto">${escapeHtml(r.note)}${r.source ? `<span class="sub source">Source: ${escapeHtml(r.source)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="grid chronology" aria-label="${escapeHtml(caption)}">${cols([12, 33, 16, 39])}${head(['Date', 'Record', 'Event', 'Note and source'])}<tbody>${body}</tbody></table>`;
}

function statusCell(r: ReportRecord): string {
  if (!r.status) return '<span class="empty">not recorded</span>';
  const when = statusReachedText(r.status.date);
  const later = r.status.undatedLater
    ? `<span class="sub later">* may since have changed: ${escapeHtml(r.status.undatedLater)}, date unknown</span>`
    : '';
  return `<span class="status ${r.status.category}">${escapeHtml(r.status.label)}</span><span class="sub">${escapeHtml(when)}</span>${later}`;
}

/** Under the table, when a past as-of date could not place an undated status entered later (domain/status.ts rule 4). */
const UNDATED_LATER_NOTE =
  '* A status with no date was entered after the one shown. It cannot be placed before or after the as-of date, so the status may since have changed; the chart shows it as “date unknown”.';

/** "Attachments: Signed text “TA signed.pdf”, Jan 2021, SHA-256 1c8964b60466…" under the record's title. */
function attachmentsHtml(r: ReportRecord): string {
  const text = attachmentsText(r.attachments);
  return text ? `<span class="sub attachments">${escapeHtml(text)}</span>` : '';
}

/** "Merged into: GCAP (Programme)", titles in other languages and the place of signature, under the title. */
function linksHtml(r: ReportData['records'][number]): string {
  const lines = [
    ...(r.placeOfSignature ? [`Signed at ${r.placeOfSignature}`] : []),
    ...r.alternateTitles,
    ...r.links.map((l) => `${l.words}: ${l.title}${l.kindLabel ? ` (${l.kindLabel})` : ''}`),
  ];
  return lines.map((line) => `<span class="sub" dir="auto">${escapeHtml(line)}</span>`).join('');
}

export function recordsTableHtml(data: ReportData): string {
  const body = data.records
    .map(
      (r) =>
        `<tr><td dir="auto"><strong>${escapeHtml(r.title)}</strong>${r.shortTitle ? `<span class="sub">${escapeHtml(r.shortTitle)}</span>` : ''}${r.summary ? `<span class="sub">${escapeHtml(r.summary)}</span>` : ''}${linksHtml(r)}${attachmentsHtml(r)}</td>` +
        `<td class="kind">${escapeHtml(r.typeLabel)}<span class="sub">${escapeHtml(r.kindLabel)}</span></td><td dir="auto">${escapeHtml(r.partyNames.join('; '))}</td><td>${statusCell(r)}</td></tr>`,
    )
    .join('');
  const status = data.asOf ? `Status as of ${data.asOf.text}` : 'Status';
  const note = data.records.some((r) => r.status?.undatedLater)
    ? `<p class="sub footnote">${escapeHtml(UNDATED_LATER_NOTE)}</p>`
    : '';
  return `<table class="grid records">${cols([50, 16, 18, 16])}${head(['Record', 'Type', 'Parties', status])}<tbody>${body}</tbody></table>${note}`;
}
