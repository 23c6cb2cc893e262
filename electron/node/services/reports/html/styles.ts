/**
 * The report's one stylesheet, inlined into every HTML report (no external requests). Written for print
 * first: A4/Letter, 9.5pt body, tables whose header repeats on every page and whose rows never split.
 * In a PDF the marking banners and page numbers come from the print header/footer (see pdf-options.ts);
 * the on-screen banners are hidden in print so the marking is not printed twice on page 1.
 */
export function reportCss(pageSize: 'A4' | 'Letter'): string {
  return `
@page { size: ${pageSize} portrait; margin: 20mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #1a202c; background: #ffffff;
  font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK JP', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Thai', 'Noto Sans Devanagari', 'Noto Color Emoji', 'Segoe UI Emoji', 'Apple Color Emoji', sans-serif;
  font-size: 9.5pt; line-height: 1.4;
}
main { max-width: 190mm; margin: 0 auto; padding: 0 6mm 10mm; }
.marking-banner {
  text-align: center; font-weight: 700; letter-spacing: 0.12em; font-size: 10pt; padding: 4px 0;
  border-top: 2px solid #1a202c; border-bottom: 2px solid #1a202c; margin: 8px 0;
}
@media print { .screen-only { display: none !important; } main { max-width: none; padding: 0; } }
.doc-head { border-bottom: 3px double #1a2a44; padding-bottom: 8px; margin-bottom: 12px; }
.doc-kicker { text-transform: uppercase; letter-spacing: 0.14em; font-size: 8pt; color: #4a5568; margin: 0 0 2px; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 6px; color: #1a2a44; font-weight: 700; }
h2 {
  font-size: 12.5pt; color: #1a2a44; margin: 18px 0 6px; padding-bottom: 3px; border-bottom: 1px solid #a0aec0;
  break-after: avoid; page-break-after: avoid;
}
h3 { font-size: 10.5pt; margin: 10px 0 2px; color: #1a202c; break-after: avoid; page-break-after: avoid; }
.meta { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6px; }
.scope { width: 100%; border-collapse: collapse; margin: 4px 0 0; }
.scope th { text-align: left; vertical-align: top; width: 26mm; padding: 2px 8px 2px 0; color: #4a5568; font-weight: 600; }
.scope td { padding: 2px 0; }
.scope ul { margin: 0; padding-left: 14px; }
.notes { font-size: 8.5pt; color: #4a5568; margin: 6px 0 0; padding-left: 14px; }
.counts { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 4px 0 0; padding: 0; list-style: none; }
.counts b { font-size: 11pt; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 6px 0 10px; }
.chart svg { display: block; width: 100%; height: auto; }
.chart-caption { font-size: 8pt; color: #4a5568; margin: 2px 0 0; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.6pt; margin: 4px 0 8px; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid th {
  background: #1a2a44; color: #ffffff; text-align: left; font-weight: 600; padding: 4px 5px; border: 1px solid #1a2a44;
}
table.grid td { padding: 2px 5px; border: 1px solid #cbd2da; vertical-align: top; overflow-wrap: break-word; }
table.grid tbody tr:nth-child(even) td { background: #f4f6f8; }
td.date { font-weight: 600; }
td.kind { color: #2d3748; }
.sub { display: block; color: #4a5568; font-size: 8pt; }
.source { font-size: 7.4pt; font-style: italic; }
.status { display: inline-block; padding: 0 5px; border-radius: 3px; font-weight: 600; font-size: 8pt; border: 1px solid; }
.status.active { color: #1d5233; border-color: #2f7d4f; background: #e8f3ec; }
.status.negotiation { color: #1d416f; border-color: #2f64a8; background: #e7eef8; }
.status.paused { color: #6b4700; border-color: #d89a1c; background: #fbf2de; }
.status.ended { color: #3a3d42; border-color: #8b9099; background: #eef0f2; }
.status.planned, .status.other { color: #2d3748; border-color: #718096; background: #ffffff; }
.overdue { color: #9b2c2c; font-weight: 700; }
.meeting { border-left: 3px solid #1a2a44; padding: 2px 0 4px 8px; margin: 8px 0; }
.meeting ul { margin: 2px 0 4px; padding-left: 16px; }
.meta { color: #4a5568; font-size: 8.5pt; }
.empty { color: #4a5568; font-style: italic; }
.end-note { margin-top: 16px; font-size: 8pt; color: #4a5568; border-top: 1px solid #cbd2da; padding-top: 4px; }
[dir="auto"] { unicode-bidi: plaintext; }
`;
}
