/**
 * ReportData → a file in any format. The Word, Excel and calendar writers (and Chromium for PDF) are loaded when
 * first used, so a process that never exports does not pay for them at start.
 *
 * ReportData → a file in any format. One entry point for the CLI, the handlers (app and preview) and
 * tests; the host decides how PDFs are printed (Electron's printToPDF in the app, Chromium through
 * playwright-core elsewhere). Long renders check `signal` between stages so an export can be cancelled.
 */
import { reportWords } from '../../../common/domain/report-words';
import { stripUnholdable } from '../../../common/domain/characters';
import { AppError } from '../../../common/domain/errors';
import type { ReportData, ReportFormat, ReportRequest, ReportRequestInput } from '../../../common/domain/report';
import { Store } from '../../../../db/store';
import { pdfLayout, printHtmlToPdf, screenshotElements, type PdfLayout } from '../pdf';
import { assembleReport, type AssembleOptions } from './assemble';
import { renderCsv } from './formats/csv';
import type { DocxOptions } from './formats/docx';
import { renderJson } from './formats/json';
import { CHART_MAX_ROWS, CHART_ROWS_PER_BLOCK } from './html/ReportDocument';
import { renderChartPage, renderReportHtml } from './html/render';

export const MIME_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json',
};

/** A Word document carries at most this many chart blocks (30 records each; each is a Chromium screenshot); the rest is in HTML/PDF. */
export const DOCX_CHART_BLOCKS = 2;

export type PrintPdf = (html: string, layout: PdfLayout) => Promise<Uint8Array>;

export interface RenderDeps {
  /** Defaults to Chromium through playwright-core. */
  printPdf?: PrintPdf;
  /** PNGs of the chart blocks for DOCX; defaults to Chromium screenshots, or a note when there is no browser. */
  chartImages?: (data: ReportData, signal?: AbortSignal) => Promise<DocxOptions['chart']>;
  signal?: AbortSignal;
  onProgress?: (stage: string) => void;
}

export interface RenderedReport {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** "Italy–Japan cooperation timeline 2026-11-28.pdf": readable, and safe on every file system. */
export function reportFileName(data: ReportData, format: ReportFormat): string {
  const base = [...data.title]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${base || 'Entente report'} ${data.generatedAt.slice(0, 10)}.${format}`;
}

/** Pictures of the elements matching a selector in an HTML page (Chromium here; Electron's capturePage in the app). */
export type ShootElements = (
  html: string,
  selector: string,
  options: { limit?: number; signal?: AbortSignal },
) => Promise<Uint8Array[]>;

/** The chart blocks a Word document embeds, as PNGs; a note instead when no browser can draw them. */
export async function defaultChartImages(
  data: ReportData,
  signal?: AbortSignal,
  shoot: ShootElements = screenshotElements,
): Promise<DocxOptions['chart']> {
  if (data.records.length === 0) return { images: [], omitted: 0 };
  try {
    const page = renderChartPage(data, DOCX_CHART_BLOCKS * CHART_ROWS_PER_BLOCK);
    const images = await shoot(page, '.chart', {
      limit: DOCX_CHART_BLOCKS,
      ...(signal ? { signal } : {}),
    });
    const blocks = Math.ceil(Math.min(data.records.length, CHART_MAX_ROWS) / CHART_ROWS_PER_BLOCK);
    return { images, omitted: Math.max(0, blocks - images.length) };
  } catch (error) {
    signal?.throwIfAborted();
    if (error instanceof AppError && error.code === 'UNAVAILABLE') return { error: error.message };
    throw error;
  }
}

/** The PDF's page header and footer (marking, title, page numbers): HTML templates, so stripped like the body. */
export function layoutFor(data: ReportData): PdfLayout {
  return pdfLayout({
    pageSize: data.pageSize,
    marking: stripUnholdable(data.marking),
    title: stripUnholdable(data.title),
    generatedAtText: stripUnholdable(data.generatedAtText),
    words: reportWords(data.lang),
  });
}

export async function renderReport(
  data: ReportData,
  format: ReportFormat,
  deps: RenderDeps = {},
): Promise<RenderedReport> {
  const { signal } = deps;
  signal?.throwIfAborted();
  deps.onProgress?.(`Rendering ${format.toUpperCase()}`);
  let bytes: Uint8Array;
  switch (format) {
    case 'html':
      bytes = new TextEncoder().encode(renderReportHtml(data));
      break;
    case 'pdf': {
      const html = renderReportHtml(data);
      deps.onProgress?.('Printing PDF');
      const print: PrintPdf = deps.printPdf ?? ((h, layout) => printHtmlToPdf(h, layout, signal ? { signal } : {}));
      bytes = await print(html, layoutFor(data));
      break;
    }
    case 'docx': {
      deps.onProgress?.('Drawing the chart');
      const chart = await (deps.chartImages ?? defaultChartImages)(data, signal);
      deps.onProgress?.('Writing the Word document');
      const { renderDocx } = await import('./formats/docx');
      bytes = await renderDocx(data, { chart, ...(signal ? { signal } : {}) });
      break;
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./formats/xlsx');
      bytes = await renderXlsx(data, signal ? { signal } : {});
      break;
    }
    case 'csv':
      bytes = renderCsv(data);
      break;
    case 'ics': {
      const { renderIcs } = await import('./formats/ics');
      bytes = renderIcs(data);
      break;
    }
    case 'json':
      bytes = renderJson(data);
      break;
  }
  signal?.throwIfAborted();
  return { fileName: reportFileName(data, format), mime: MIME_TYPES[format], bytes };
}

/** Assemble and render in one call (CLI, tests). */
export async function generateReport(
  store: Store,
  request: ReportRequestInput | ReportRequest,
  format: ReportFormat,
  deps: RenderDeps & AssembleOptions = {},
): Promise<RenderedReport & { data: ReportData }> {
  const data = assembleReport(store, request, deps.now ? { now: deps.now } : {});
  return { ...(await renderReport(data, format, deps)), data };
}
