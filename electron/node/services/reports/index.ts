/** Timeline reports: assemble ReportData once from the store, render it in any format. */
export { assembleReport, assembleReportInSteps, type AssembleOptions } from './assemble';
export {
  defaultChartImages,
  DOCX_CHART_BLOCKS,
  generateReport,
  layoutFor,
  MIME_TYPES,
  renderReport,
  reportFileName,
  type PrintPdf,
  type RenderDeps,
  type RenderedReport,
} from './export';
export { renderReportHtml } from './html/render';
export { describeScope, resolveScope } from './scope';
