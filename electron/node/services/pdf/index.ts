/**
 * HTML → PDF and SVG → PNG with Chromium (playwright-core), for every host except the desktop app.
 * printHtmlToPdf is what the CLI, the preview server and the tests plug in as `host.printPdf`.
 */
import { withChromiumPage } from './chromium';
import { playwrightPdfOptions, type PdfLayout } from './options';

export { findChromium, NO_BROWSER_MESSAGE, requireChromium, withChromiumPage } from './chromium';
export { electronPrintToPdfOptions, pdfLayout, playwrightPdfOptions, type PdfLayout } from './options';

export async function printHtmlToPdf(
  html: string,
  layout: PdfLayout,
  options: { signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  return withChromiumPage(
    async (page) => {
      // A 500-page chronology takes Chromium a while to lay out: allow minutes, not playwright's default 30 s.
      await page.setContent(html, { waitUntil: 'load', timeout: 600_000 });
      await page.emulateMedia({ media: 'print' });
      return new Uint8Array(await page.pdf(playwrightPdfOptions(layout)));
    },
    options.signal ? { signal: options.signal } : {},
  );
}

/** Screenshots every element matching `selector` in `html` as PNG (2× for print sharpness). */
export async function screenshotElements(
  html: string,
  selector: string,
  options: { width?: number; signal?: AbortSignal; limit?: number } = {},
): Promise<Uint8Array[]> {
  return withChromiumPage(
    async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      const elements = (await page.$$(selector)).slice(0, options.limit ?? Infinity);
      const shots: Uint8Array[] = [];
      for (const element of elements) {
        options.signal?.throwIfAborted();
        shots.push(new Uint8Array(await element.screenshot({ type: 'png' })));
      }
      return shots;
    },
    { deviceScaleFactor: 2, width: options.width ?? 800, ...(options.signal ? { signal: options.signal } : {}) },
  );
}
