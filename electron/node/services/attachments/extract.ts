/**
 * Text extraction with a time and memory limit per file: each file is read in a worker thread of its own
 * (extract-thread.ts) started with `resourceLimits` (V8 heap) and terminated when `extractMs` passes, so a PDF that
 * loops or a zip bomb ends that thread only — the caller gets "refused" with the reason and goes on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ATTACHMENT_LIMITS } from '../../../common/domain/attachments';
import type { Extraction } from '../../../../db/store';
import { describeType, isExtractable } from './detect';

/**
 * The thread's script: extract-thread.js beside the running bundle (the database worker's bundle, the desktop app's
 * out/main), else the TypeScript source beside this module (tests, CLI: Node 24 strips the types itself).
 */
function scriptPath(): string {
  for (const name of ['./extract-thread.js', './extract-thread.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('The text extraction script is missing from this build.');
}

export interface ExtractLimits {
  ms: number;
  heapMb: number;
}

/**
 * Extracts the text of `bytes` of content type `mediaType` (as detected, never as named). Never throws for a bad
 * file: a damaged, hostile or unsupported file comes back as state refused/none/scanned with a reason in words.
 */
export async function extractText(
  bytes: Uint8Array,
  mediaType: string,
  limits: ExtractLimits = { ms: ATTACHMENT_LIMITS.extractMs, heapMb: ATTACHMENT_LIMITS.extractHeapMb },
): Promise<Extraction> {
  if (!isExtractable(mediaType))
    return {
      state: 'none',
      reason: `${describeType(mediaType)}: no text is read from this kind of file yet.`,
      pages: [],
    };
  const worker = new Worker(scriptPath(), {
    workerData: {
      bytes,
      mediaType,
      limits: {
        maxTextChars: ATTACHMENT_LIMITS.maxTextChars,
        maxPages: ATTACHMENT_LIMITS.maxPages,
        maxUnzippedBytes: ATTACHMENT_LIMITS.maxUnzippedBytes,
      },
    },
    // Below ~16 MB V8 cannot even start the thread (and may take the process with it).
    resourceLimits: { maxOldGenerationSizeMb: Math.max(16, limits.heapMb), maxYoungGenerationSizeMb: 16 },
    name: 'entente-extract',
  });
  return new Promise<Extraction>((resolve) => {
    let settled = false;
    const finish = (extraction: Extraction) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(extraction);
    };
    const timer = setTimeout(
      () =>
        finish({
          state: 'refused',
          reason: `Reading the text took longer than ${Math.round(limits.ms / 1000)} s and was stopped.`,
          pages: [],
        }),
      limits.ms,
    );
    worker.on('message', (message: { ok: true; result: Extraction } | { ok: false; message: string }) =>
      finish(
        message.ok
          ? message.result
          : { state: 'refused', reason: `The file could not be read (${message.message}).`, pages: [] },
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish({
        state: 'refused',
        reason:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `Reading the text needed more than ${limits.heapMb} MB of memory and was stopped.`
            : `The file could not be read (${error.message.split('\n')[0]}).`,
        pages: [],
      }),
    );
    worker.on('exit', () => finish({ state: 'refused', reason: 'Reading the text stopped unexpectedly.', pages: [] }));
  });
}
