/**
 * ReportData → one self-contained HTML file: inline CSS, inline SVG, no script, no external request
 * (a Content-Security-Policy meta tag forbids any that might slip in). The <title> carries the marking,
 * so even a browser's own print header shows it.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import type { ReportData } from '../../../../common/domain/report';
import { ChartBlocks, ReportBody } from './ReportDocument';
import { reportCss } from './styles';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function renderReportHtml(input: ReportData): string {
  // React escapes markup; control characters and noncharacters are HTML parse errors, so they go too.
  const data = stripUnholdableDeep(input);
  const markup = renderToStaticMarkup(
    <html lang={data.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Entente" />
        <title>{`${data.marking} — ${data.title}`}</title>
        <style dangerouslySetInnerHTML={{ __html: reportCss(data.pageSize) }} />
      </head>
      <body>
        <ReportBody data={data} />
      </body>
    </html>,
  );
  return `<!DOCTYPE html>\n${markup}`;
}

/** Just the chart blocks as a minimal page (DOCX renders them to PNG images); only the first `maxRows` rows. */
export function renderChartPage(input: ReportData, maxRows?: number): string {
  const data = stripUnholdableDeep(input);
  const markup = renderToStaticMarkup(<ChartBlocks data={data} {...(maxRows === undefined ? {} : { maxRows })} />);
  return `<!DOCTYPE html><html lang="${data.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><style>body{margin:0;background:#fff;width:760px}.chart{margin:0 0 12px}.chart svg{display:block;width:760px;height:auto}.chart-caption{display:none}</style></head><body>${markup}</body></html>`;
}
