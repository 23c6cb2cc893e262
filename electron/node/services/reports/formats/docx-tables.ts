/**
 * Long Word tables written as WordprocessingML directly. The docx library builds an object per cell, run
 * and property, which takes tens of seconds for a 20,000-row chronology; this writes the same markup as
 * one string (header row repeated on every page, rows never split) and splices it into the document the
 * library produced, in place of a placeholder paragraph.
 */
import JSZip from 'jszip';
import { stripUnholdable } from '../../../../common/domain/characters';

export interface RawTable {
  headers: string[];
  /** Percent of the content width per column. */
  widths: number[];
  rows: { cells: string[]; sub?: (string | undefined)[]; bold?: number[] }[];
}

const FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>';
const NAVY = '1A2A44';

/** XML-escapes text and drops characters XML 1.0 cannot carry (controls, noncharacters, lone surrogates). */
export function xmlText(text: string): string {
  return stripUnholdable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function runs(text: string, props: string): string {
  return text
    .split(/\r?\n/)
    .map(
      (line, i) =>
        `<w:r><w:rPr>${FONT}${props}</w:rPr>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`,
    )
    .join('');
}

function cell(text: string, width: number, props: string, shading: string, sub?: string): string {
  const subPara = sub
    ? `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${runs(sub, '<w:color w:val="4A5568"/><w:sz w:val="15"/>')}</w:p>`
    : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${runs(text, props)}</w:p>${subPara}</w:tc>`;
}

export function tableXml(table: RawTable, contentWidthTwips: number): string {
  const widths = table.widths.map((p) => Math.round((contentWidthTwips * p) / 100));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="CBD2DA"/>`;
  const props =
    `<w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const headShade = `<w:shd w:val="clear" w:color="auto" w:fill="${NAVY}"/>`;
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.headers.map((h, i) => cell(h, widths[i] ?? 0, '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="17"/>', headShade)).join('')}</w:tr>`;
  const body = table.rows
    .map(
      (row) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.cells.map((c, i) => cell(c, widths[i] ?? 0, `${row.bold?.includes(i) ? '<w:b/>' : ''}<w:sz w:val="17"/>`, '', row.sub?.[i])).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl>${props}${grid}${head}${body}</w:tbl>`;
}

export const placeholderText = (i: number): string => `ENTENTE-RAW-TABLE-${i}-PLACEHOLDER`;

/** Replaces each placeholder paragraph in word/document.xml with its table and repacks the file. */
export async function spliceTables(
  docx: Uint8Array,
  tables: readonly RawTable[],
  contentWidthTwips: number,
): Promise<Uint8Array> {
  if (tables.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('word/document.xml is missing');
  let xml = await entry.async('string');
  tables.forEach((table, i) => {
    const at = xml.indexOf(placeholderText(i));
    if (at < 0) throw new Error(`table placeholder ${i} is missing`);
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    xml = xml.slice(0, start) + tableXml(table, contentWidthTwips) + xml.slice(end);
  });
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
