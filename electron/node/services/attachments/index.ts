/**
 * Attachments as the handlers and the CLI use them: files coming in (type detected from content, then stored in one
 * transaction), text extraction of pending versions (each file in a limited thread of its own), and verified copies
 * going out.
 */
import { disguiseOf, type Attachment, type AttachmentMetaInput } from '../../../common/domain/attachments';
import type { Extraction, Store } from '../../../../db/store';
import { detectType } from './detect';
import { extractText, type ExtractLimits } from './extract';

export { detectType, describeType, extensionFor, isViewable } from './detect';
export { extractText } from './extract';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** Detects each file's type from its content, then attaches all of them in one transaction. */
export async function attachFiles(
  store: Store,
  recordId: string,
  files: readonly NamedBytes[],
  meta?: AttachmentMetaInput,
): Promise<Attachment[]> {
  const incoming = await Promise.all(
    files.map(async (f) => ({
      fileName: f.name,
      bytes: f.bytes,
      mediaType: (await detectType(f.bytes, f.name)).mediaType,
    })),
  );
  return store.addAttachments(recordId, incoming, meta);
}

export async function replaceFile(store: Store, attachmentId: string, file: NamedBytes): Promise<Attachment> {
  const mediaType = (await detectType(file.bytes, file.name)).mediaType;
  return store.replaceAttachment(attachmentId, { fileName: file.name, bytes: file.bytes, mediaType });
}

export interface ExtractionRun {
  done: number;
  /** Whether versions are still pending after this run (the caller runs again for more). */
  more: boolean;
}

/**
 * Extracts the text of up to `limit` pending versions (of one record, or all), one file at a time, storing each
 * result as it comes (one transaction each). A file that cannot be read is stored as refused with the reason.
 */
export async function extractPending(
  store: Store,
  options: { recordId?: string; limit?: number; limits?: ExtractLimits } = {},
): Promise<ExtractionRun> {
  const batch = store.pendingExtractions(options.limit ?? 20, options.recordId);
  let done = 0;
  for (const { versionId } of batch) {
    let extraction: Extraction;
    try {
      const file = store.versionFile(versionId);
      extraction = await extractText(file.bytes, file.mediaType, options.limits);
      const disguise = disguiseOf(file.name, file.mediaType);
      if (disguise) extraction = { ...extraction, reason: `The file is ${disguise}. ${extraction.reason}`.trim() };
    } catch (error) {
      extraction = { state: 'refused', reason: error instanceof Error ? error.message : String(error), pages: [] };
    }
    store.storeExtraction(versionId, extraction);
    done++;
  }
  return { done, more: store.pendingExtractions(1, options.recordId).length > 0 };
}
