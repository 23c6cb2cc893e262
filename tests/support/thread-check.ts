/**
 * Runs a built text-extraction thread script (extract-thread.js from a bundle) on one small PDF, the way
 * electron/node/services/attachments/extract.ts starts it, and answers what it read: proof that a build carries a
 * thread that loads and works where the code that starts it looks for it.
 */
import { Worker } from 'node:worker_threads';
import PDFDocument from 'pdfkit';

export const THREAD_CHECK_WORDS = 'Memorandum of understanding on logistics support';

/** A one-page PDF (pdfkit, standard font) whose text layer holds THREAD_CHECK_WORDS. */
export function onePagePdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.font('Helvetica').fontSize(12).text(THREAD_CHECK_WORDS);
  doc.end();
  return done;
}

export async function runExtractThread(
  script: string,
  bytes: Uint8Array,
): Promise<{ state: string; pages: { page: number; text: string }[] }> {
  const worker = new Worker(script, {
    workerData: {
      bytes,
      mediaType: 'application/pdf',
      limits: { maxTextChars: 100_000, maxPages: 10, maxUnzippedBytes: 1_000_000 },
    },
  });
  try {
    const message = await new Promise<{ ok: boolean; result?: unknown; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the thread exited (${code}) without an answer`)));
    });
    if (!message.ok) throw new Error(message.message);
    return message.result as { state: string; pages: { page: number; text: string }[] };
  } finally {
    await worker.terminate();
  }
}
