/**
 * How a report PDF is printed, as plain data shared by every printer: the CLI, preview and tests print
 * through playwright-core's page.pdf(), the desktop app through Electron's webContents.printToPDF().
 * Both are Chromium and take the same header/footer templates, so the handling marking sits at the top
 * and bottom of EVERY page and the footer numbers pages "Page X of Y" the same way in both.
 */
import { reportWords, type ReportWords } from '../../../common/domain/report-words';

export interface PdfLayout {
  pageSize: 'A4' | 'Letter';
  headerTemplate: string;
  footerTemplate: string;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// Chromium renders the templates in their own tiny document: fonts must be set and sizes given explicitly.
const BASE =
  "font-family: 'Noto Sans', Arial, 'Noto Sans CJK JP', sans-serif; font-size: 8px; color: #1a202c; width: 100%; margin: 0 14mm;";

export function pdfLayout(options: {
  pageSize: 'A4' | 'Letter';
  marking: string;
  title: string;
  generatedAtText: string;
  /** The report's words: the header's name, "Generated", "Page X of Y" (English when absent). */
  words?: Pick<ReportWords, 'headerRight' | 'row' | 'page'>;
}): PdfLayout {
  const words = options.words ?? reportWords('en');
  const marking = escapeHtml(options.marking);
  const title = escapeHtml(options.title.length > 90 ? `${options.title.slice(0, 89)}…` : options.title);
  const banner = `font-weight: 700; font-size: 9.5px; letter-spacing: 1.6px; text-align: center; text-transform: none;`;
  const headerTemplate = `<div style="${BASE}">
  <div style="${banner} border-bottom: 1.2px solid #1a202c; padding-bottom: 2px;">${marking}</div>
  <div style="display: flex; justify-content: space-between; color: #4a5568; font-size: 7px; padding-top: 2px;"><span>${title}</span><span>${escapeHtml(words.headerRight)}</span></div>
</div>`;
  const footerTemplate = `<div style="${BASE}">
  <div style="display: flex; justify-content: space-between; color: #4a5568; font-size: 7px; padding-bottom: 2px;"><span>${escapeHtml(`${words.row.generated} ${options.generatedAtText}`)}</span><span>${words.page('<span class="pageNumber"></span>', '<span class="totalPages"></span>')}</span></div>
  <div style="${banner} border-top: 1.2px solid #1a202c; padding-top: 2px;">${marking}</div>
</div>`;
  return {
    pageSize: options.pageSize,
    headerTemplate,
    footerTemplate,
    marginsMm: { top: 20, bottom: 18, left: 14, right: 14 },
  };
}

/** The options for playwright-core's page.pdf(). */
export function playwrightPdfOptions(layout: PdfLayout) {
  const mm = (n: number) => `${n}mm`;
  return {
    format: layout.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    margin: {
      top: mm(layout.marginsMm.top),
      bottom: mm(layout.marginsMm.bottom),
      left: mm(layout.marginsMm.left),
      right: mm(layout.marginsMm.right),
    },
    preferCSSPageSize: false,
  };
}

/** The same for Electron's webContents.printToPDF() (margins in inches there). For electron/main's host.printPdf. */
export function electronPrintToPdfOptions(layout: PdfLayout) {
  const inch = (mm: number) => mm / 25.4;
  return {
    pageSize: layout.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    margins: {
      top: inch(layout.marginsMm.top),
      bottom: inch(layout.marginsMm.bottom),
      left: inch(layout.marginsMm.left),
      right: inch(layout.marginsMm.right),
    },
    preferCSSPageSize: false,
  };
}
