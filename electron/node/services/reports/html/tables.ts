/**
 * The report's long tables (records, chronology) as HTML strings. They hold tens of thousands of rows in
 * a large register, and building them as strings is several times faster than a React tree; every
 * piece of data goes through escapeHtml, exactly as React would escape it.
 */
import { reportWords, type ReportWords } from '../../../../common/domain/report-words';
import {
  statusReachedText,
  attachmentsText,
  hasUndatedLater,
  undatedLaterText,
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
export function chronologyTableHtml(
  rows: readonly ChronologyRow[],
  caption: string,
  words: ReportWords = reportWords('en'),
): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td class="date">${escapeHtml(r.date.text)}</td><td dir="auto">${escapeHtml(r.recordTitle)}</td><td dir="auto">${escapeHtml(r.event)}</td>` +
        `<td dir="auto">${escapeHtml(r.note)}${r.source ? `<span class="sub source">${escapeHtml(words.sourcePrefix + r.source)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="grid chronology" aria-label="${escapeHtml(caption)}">${cols([12, 33, 16, 39])}${head([words.col.date, words.col.record, words.col.event, words.col.noteAndSource])}<tbody>${body}</tbody></table>`;
}

function statusCell(r: ReportRecord, words: ReportWords): string {
  if (!r.status) return `<span class="empty">${escapeHtml(words.notRecorded)}</span>`;
  const when = statusReachedText(r.status.date, words);
  const laterText = undatedLaterText(r, words);
  const later = laterText ? `<span class="sub later">${escapeHtml(laterText)}</span>` : '';
  return `<span class="status ${r.status.category}">${escapeHtml(r.status.label)}</span><span class="sub">${escapeHtml(when)}</span>${later}`;
}

/** "Attachments: Signed text “TA signed.pdf”, Jan 2021, SHA-256 1c8964b60466…" under the record's title. */
function attachmentsHtml(r: ReportRecord, words: ReportWords): string {
  const text = attachmentsText(r.attachments, words);
  return text ? `<span class="sub attachments">${escapeHtml(text)}</span>` : '';
}

/** "Merged into: GCAP (Programme)", titles in other languages and the place of signature, under the title. */
function linksHtml(r: ReportData['records'][number], words: ReportWords): string {
  const lines = [
    ...(r.placeOfSignature ? [words.signedAt(r.placeOfSignature)] : []),
    ...r.alternateTitles,
    ...r.links.map((l) => `${l.words}: ${l.title}${l.kindLabel ? ` (${l.kindLabel})` : ''}`),
  ];
  return lines.map((line) => `<span class="sub" dir="auto">${escapeHtml(line)}</span>`).join('');
}

export function recordsTableHtml(data: ReportData): string {
  const words = reportWords(data.lang);
  const body = data.records
    .map(
      (r) =>
        `<tr><td dir="auto"><strong>${escapeHtml(r.title)}</strong>${r.shortTitle ? `<span class="sub">${escapeHtml(r.shortTitle)}</span>` : ''}${r.summary ? `<span class="sub">${escapeHtml(r.summary)}</span>` : ''}${linksHtml(r, words)}${attachmentsHtml(r, words)}</td>` +
        `<td class="kind">${escapeHtml(r.typeLabel)}<span class="sub">${escapeHtml(r.kindLabel)}</span></td><td dir="auto">${escapeHtml(r.partyNames.join('; '))}</td><td>${statusCell(r, words)}</td></tr>`,
    )
    .join('');
  const status = data.asOf ? words.statusAsOf(data.asOf.text) : words.col.status;
  const note = hasUndatedLater(data.records) ? `<p class="sub footnote">${escapeHtml(words.undatedLaterNote)}</p>` : '';
  return `<table class="grid records">${cols([50, 16, 18, 16])}${head([words.col.record, words.col.type, words.col.parties, status])}<tbody>${body}</tbody></table>${note}`;
}
