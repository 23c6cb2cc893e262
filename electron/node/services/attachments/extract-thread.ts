/**
 * Text extraction for ONE file, in a worker thread of its own that the caller starts with a heap limit and ends after
 * a time limit (extract.ts), so a hostile file can at worst exhaust this thread, never the register's worker.
 * Self-contained on purpose (packages and node: modules only, erasable TypeScript): Node 24 loads it straight from
 * the sources in tests and the CLI; hosts running bundles get it built beside the database worker.
 *
 * Libraries: unpdf (pdf.js's serverless build, text layer page by page; eval disabled, no fonts loaded), mammoth
 * (DOCX raw text), postal-mime (RFC 822 e-mail). Nothing in a file is executed: pdf.js does not run PDF JavaScript
 * when reading text, mammoth reads XML, and no external program is started.
 */
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  bytes: Uint8Array;
  mediaType: string;
  limits: { maxTextChars: number; maxPages: number; maxUnzippedBytes: number };
}
interface Result {
  state: 'text' | 'none' | 'scanned' | 'refused';
  reason: string;
  pages: { page: number; text: string }[];
}

const job = workerData as Job;

function clip(pages: { page: number; text: string }[]): { page: number; text: string }[] {
  let left = job.limits.maxTextChars;
  return pages.map((p) => {
    const text = p.text.slice(0, Math.max(0, left));
    left -= text.length;
    return { page: p.page, text };
  });
}

const hasText = (pages: { text: string }[]) => pages.some((p) => p.text.trim() !== '');
const single = (text: string): Result =>
  text.trim() === ''
    ? { state: 'none', reason: 'The file holds no text.', pages: [] }
    : { state: 'text', reason: '', pages: clip([{ page: 0, text }]) };

async function pdf(bytes: Uint8Array): Promise<Result> {
  const { getDocumentProxy } = await import('unpdf');
  let doc;
  try {
    doc = await getDocumentProxy(bytes, {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Errors only: a standard font (Helvetica…) without its glyph files warns on every page, yet its text reads fine.
      verbosity: 0,
    });
  } catch (error) {
    return { state: 'refused', reason: `The PDF is damaged and could not be read (${short(error)}).`, pages: [] };
  }
  const count = Math.min(doc.numPages, job.limits.maxPages);
  const pages: { page: number; text: string }[] = [];
  for (let n = 1; n <= count; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('')
      .replace(/[ \t]+\n/g, '\n');
    pages.push({ page: n, text });
    page.cleanup();
  }
  await doc.destroy();
  if (!hasText(pages))
    return {
      state: 'scanned',
      reason: 'No text (scanned): the PDF has no text layer; OCR (reading text from page images) is a later step.',
      pages: [],
    };
  const more = doc.numPages > count ? ` Only the first ${count} of ${doc.numPages} pages were read.` : '';
  return { state: 'text', reason: more.trim(), pages: clip(pages) };
}

/**
 * The sizes a ZIP's central directory declares for its members, summed (a zip bomb declares gigabytes in kilobytes).
 * Declared sizes can lie; the heap limit on this thread is the backstop for a file that lies.
 */
function unzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    let p = view.getUint32(at + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
      total += view.getUint32(p + 24, true);
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return total;
  }
  return null;
}

async function docx(bytes: Uint8Array): Promise<Result> {
  const size = unzippedSize(bytes);
  if (size === null)
    return { state: 'refused', reason: 'The Word document is damaged (its ZIP directory cannot be read).', pages: [] };
  if (size > job.limits.maxUnzippedBytes)
    return {
      state: 'refused',
      reason: `The Word document would unpack to ${Math.round(size / 1024 / 1024)} MB (a "zip bomb"); its text was not read.`,
      pages: [],
    };
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return single(value);
  } catch (error) {
    return {
      state: 'refused',
      reason: `The Word document is damaged and could not be read (${short(error)}).`,
      pages: [],
    };
  }
}

async function email(bytes: Uint8Array): Promise<Result> {
  const PostalMime = (await import('postal-mime')).default;
  const mail = await PostalMime.parse(bytes);
  const who = (a: { name?: string; address?: string } | undefined) =>
    a ? `${a.name ?? ''} <${a.address ?? ''}>`.trim() : '';
  const head = [
    `From: ${who(mail.from as { name?: string; address?: string } | undefined)}`,
    `To: ${(mail.to ?? []).map((a) => who(a as { name?: string; address?: string })).join(', ')}`,
    `Date: ${mail.date ?? ''}`,
    `Subject: ${mail.subject ?? ''}`,
  ].join('\n');
  const body = mail.text ?? (mail.html ?? '').replace(/<[^>]*>/g, ' ');
  const names = (mail.attachments ?? []).map((a) => a.filename).filter(Boolean);
  return single(`${head}\n\n${body}${names.length ? `\n\nAttached: ${names.join(', ')}` : ''}`);
}

function short(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
}

async function extract(): Promise<Result> {
  const { bytes, mediaType } = job;
  if (mediaType === 'application/pdf') return pdf(bytes);
  if (mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return docx(bytes);
  if (mediaType === 'message/rfc822') return email(bytes);
  if (mediaType === 'text/plain' || mediaType === 'text/markdown') return single(new TextDecoder().decode(bytes));
  return { state: 'none', reason: 'No text is read from this kind of file yet.', pages: [] };
}

extract().then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: short(error) }),
);
