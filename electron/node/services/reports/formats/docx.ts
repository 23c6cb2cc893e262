/**
 * The report as a Word document (docx): the marking in the page header and footer of every page with
 * "Page X of Y", a title block with the scope, the chart as PNG images (rendered by Chromium; without a
 * browser the document says the chart is missing and why), record summaries, and the chronology as a
 * real Word table whose header row repeats on every page and whose rows never split.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import { reportWords, type ReportWords } from '../../../../common/domain/report-words';
import {
  attachmentsText,
  hasUndatedLater,
  statusReachedText,
  undatedLaterText,
  type ChronologyRow,
  type ReportData,
} from '../../../../common/domain/report';
import { placeholderText, spliceTables, type RawTable } from './docx-tables';

export interface DocxOptions {
  /** PNG images of the chart blocks, in order; or why there are none. */
  chart: { images: Uint8Array[]; omitted: number } | { error: string };
  signal?: AbortSignal;
}

const FONT = 'Arial';
const NAVY = '1A2A44';
const GREY = '4A5568';
// Page sizes in twentieths of a point (twips).
const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1000; // ~17.6 mm

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const text = (t: string, opts: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({
    text: t,
    font: FONT,
    ...(opts.bold ? { bold: true } : {}),
    ...(opts.italics ? { italics: true } : {}),
    size: opts.size ?? 19,
    ...(opts.color ? { color: opts.color } : {}),
  });

const para = (t: string, opts: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new Paragraph({ children: [text(t, opts)], spacing: { after: 80 } });

const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({
    heading: level,
    children: [new TextRun({ text: t, font: FONT, color: NAVY })],
    spacing: { before: 240, after: 100 },
    keepNext: true,
  });

function marking(m: string, border: 'top' | 'bottom') {
  const line = { style: BorderStyle.SINGLE, size: 12, color: '1A202C', space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: border === 'bottom' ? { bottom: line } : { top: line },
    children: [new TextRun({ text: m, font: FONT, bold: true, size: 20, characterSpacing: 30 })],
  });
}

function cell(t: string, opts: { header?: boolean; bold?: boolean; width: number; sub?: string }) {
  const runs = t.split('\n').map(
    (part, i) =>
      new TextRun({
        text: part,
        font: FONT,
        size: 17,
        ...(opts.header ? { bold: true, color: 'FFFFFF' } : opts.bold ? { bold: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
  const children = [new Paragraph({ children: runs })];
  if (opts.sub)
    children.push(new Paragraph({ children: [new TextRun({ text: opts.sub, font: FONT, size: 15, color: GREY })] }));
  return new TableCell({
    children,
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: NAVY } } : {}),
  });
}

function table(
  headers: string[],
  widths: number[],
  rows: { cells: string[]; sub?: (string | undefined)[]; bold?: number[] }[],
) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, { header: true, width: widths[i] ?? 10 })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) =>
              cell(c, {
                width: widths[i] ?? 10,
                bold: r.bold?.includes(i) ?? false,
                ...(r.sub?.[i] ? { sub: r.sub[i] } : {}),
              }),
            ),
          }),
      ),
    ],
  });
}

/** "Page X of Y" with Word's page fields where the numbers go, in the report's language. */
function pageNumbers(words: ReportWords): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const [before = '', rest = ''] = words.page('{x}', '{y}').split('{x}');
  const [between = '', after = ''] = rest.split('{y}');
  return [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter((part) => part !== '');
}

function chronologyTable(rows: readonly ChronologyRow[], words: ReportWords): RawTable {
  const { col } = words;
  return {
    headers: [col.date, col.record, col.event, col.note, col.source],
    widths: [13, 25, 15, 29, 18],
    rows: rows.map((r) => ({
      cells: [r.date.text, r.recordTitle, r.event, r.note, r.source],
      bold: [0],
      sub: [undefined, words.recordKind(r.recordKind)],
    })),
  };
}

function chartParagraphs(options: DocxOptions, contentWidthTwips: number, words: ReportWords): Paragraph[] {
  if ('error' in options.chart) return [para(words.chartMissing(options.chart.error), { italics: true, color: GREY })];
  const maxPx = Math.floor((contentWidthTwips / 1440) * 96);
  const out = options.chart.images.map((png) => {
    const size = pngSize(png);
    // Screenshots are taken at 2× for print sharpness: halve to CSS pixels, then fit the page width.
    const scale = Math.min(1, maxPx / (size.width / 2));
    return new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: {
            width: Math.round((size.width / 2) * scale),
            height: Math.round((size.height / 2) * scale),
          },
        }),
      ],
      spacing: { after: 120 },
    });
  });
  if (options.chart.omitted > 0) {
    out.push(para(words.chartOmitted(options.chart.omitted), { italics: true, color: GREY }));
  }
  return out;
}

export async function renderDocx(input: ReportData, options: DocxOptions): Promise<Uint8Array> {
  // Both the docx objects and the spliced WordprocessingML are XML: strip what XML 1.0 cannot carry.
  const data = stripUnholdableDeep(input);
  const words = reportWords(data.lang);
  const { h, row, col } = words;
  const page = PAGE[data.pageSize];
  const contentWidth = page.width - 2 * MARGIN;
  const scopeRows = [
    ...data.scope.lines.map((l, i) => ({ cells: [i === 0 ? row.scope : '', l], bold: [0] })),
    ...(data.asOf ? [{ cells: [row.asOf, data.asOf.text], bold: [0] }] : []),
    { cells: [row.generated, data.generatedAtText], bold: [0] },
    { cells: [row.marking, data.marking], bold: [0, 1] },
  ];
  const scopeTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    rows: scopeRows.map(
      (r) =>
        new TableRow({
          children: r.cells.map((c, i) => cell(c, { width: i === 0 ? 16 : 84, bold: r.bold.includes(i) })),
        }),
    ),
  });
  options.signal?.throwIfAborted();

  // Long tables (records, chronology) can run to tens of thousands of rows: written as raw XML (docx-tables.ts).
  const rawTables: RawTable[] = [];
  const rawTable = (table: RawTable) => {
    rawTables.push(table);
    return new Paragraph({ children: [new TextRun(placeholderText(rawTables.length - 1))] });
  };
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [text(words.kicker.toUpperCase(), { size: 16, color: GREY })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: data.title, font: FONT, bold: true, size: 40, color: NAVY })],
      spacing: { after: 120 },
    }),
    scopeTable,
    ...data.notes.map((n) => para(n, { size: 16, color: GREY, italics: true })),
    heading(h.timeline),
    ...chartParagraphs(options, contentWidth, words),
    heading(h.records),
  ];
  if (data.records.length === 0) children.push(para(words.noRecords, { italics: true }));
  else {
    const status = (r: ReportData['records'][number]) =>
      r.status
        ? [r.status.label, statusReachedText(r.status.date, words), undatedLaterText(r, words)]
            .filter(Boolean)
            .join('\n')
        : words.notRecorded;
    children.push(
      rawTable({
        headers: [col.record, col.type, col.parties, data.asOf ? words.statusAsOf(data.asOf.text) : col.status],
        widths: [50, 16, 18, 16],
        rows: data.records.map((r) => ({
          cells: [r.title, `${r.typeLabel}\n${r.kindLabel}`, r.partyNames.join('; '), status(r)],
          bold: [0],
          sub: [
            [r.shortTitle, r.summary, attachmentsText(r.attachments, words)].filter(Boolean).join('\n') || undefined,
          ],
        })),
      }),
    );
    if (hasUndatedLater(data.records))
      children.push(para(words.undatedLaterNote, { size: 16, color: GREY, italics: true }));
  }
  options.signal?.throwIfAborted();

  children.push(heading(h.chronology));
  children.push(
    data.chronology.length ? rawTable(chronologyTable(data.chronology, words)) : para(words.noDated, { italics: true }),
  );
  if (data.undated.length) {
    children.push(
      heading(h.undated, HeadingLevel.HEADING_2),
      para(words.undatedExplain, { color: GREY }),
      rawTable(chronologyTable(data.undated, words)),
    );
  }
  if (data.scope.request.includeMeetings) {
    children.push(heading(h.meetings));
    if (data.meetings.length === 0) children.push(para(words.noMeetings, { italics: true }));
    for (const m of data.meetings) {
      children.push(heading(m.title, HeadingLevel.HEADING_2));
      children.push(
        para([m.date.text, m.typeLabel, m.place, m.status].filter(Boolean).join(' · '), { color: GREY, size: 17 }),
      );
      if (m.participants.length) children.push(para(`${words.participantsPrefix}${m.participants.join('; ')}`));
      for (const t of m.topics) children.push(new Paragraph({ children: [text(t)], bullet: { level: 0 } }));
      if (m.summary) children.push(para(m.summary));
      for (const o of m.outcomes)
        children.push(new Paragraph({ children: [text(`${words.outcomePrefix}${o}`)], bullet: { level: 0 } }));
    }
  }
  children.push(heading(h.reminders));
  children.push(
    data.reminders.length
      ? table(
          [col.date, col.reminder, col.record, col.detail],
          [14, 16, 30, 40],
          data.reminders.map((r) => ({
            cells: [
              words.date(r.date) + (r.overdue ? `\n(${words.overdue})` : ''),
              words.reminderKind(r.kind),
              r.recordTitle,
              words.reminderText(r),
            ],
            bold: [0],
          })),
        )
      : para(words.noReminders(data.scope.request.reminderDays, words.date(data.today)), { italics: true }),
  );
  children.push(para(words.endShort(data.generatedAtText), { size: 15, color: GREY }));

  const doc = new Document({
    creator: 'Entente',
    title: data.title,
    subject: data.marking,
    description: data.scope.description,
    styles: { default: { document: { run: { font: FONT, size: 19 } } } },
    sections: [
      {
        properties: {
          page: {
            size: page,
            margin: { top: MARGIN + 200, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 500, footer: 500 },
          },
        },
        headers: {
          default: new Header({
            children: [
              marking(data.marking, 'bottom'),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [text(data.title, { size: 14, color: GREY })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 14,
                    color: GREY,
                    children: pageNumbers(words),
                  }),
                ],
              }),
              marking(data.marking, 'top'),
            ],
          }),
        },
        children,
      },
    ],
  });
  options.signal?.throwIfAborted();
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  options.signal?.throwIfAborted();
  return spliceTables(packed, rawTables, contentWidth);
}
