/**
 * Channels for attachments. Bytes never travel in these inputs and no channel takes a file path: a file comes in as
 * an upload id — bytes the host staged from the person's own open dialog or drop (desktop) or an upload (preview) —
 * and goes out through the host (a read-only verified copy opened by the system viewer, a save dialog, a reveal).
 */
import { z } from 'zod';
import { ATTACHMENT_LIMITS, attachmentMetaSchema, uploadIdSchema, type Attachment } from '../domain/attachments';
import { idSchema } from '../domain/schemas';
import { channel } from './define';

const byId = z.object({ id: idSchema }).strict();
const versionRef = z.object({ id: idSchema, versionId: idSchema.optional() }).strict();

/** What "open", "save a copy" and "reveal" answer: done by the host, or a link the page opens (preview). */
export interface FileHandOver {
  done: boolean;
  /** Preview only: a one-time link to the verified copy (opened at `#page=N` for PDFs). */
  url?: string;
  /** Desktop: where the copy was saved. */
  path?: string;
}

export const attachmentChannels = {
  'attachments.list': channel<Attachment[]>()(
    z.object({ recordId: idSchema, includeRemoved: z.boolean().optional() }).strict(),
    { writes: false },
  ),
  /** Attaches staged uploads to a record (all or none). Text extraction follows with `attachments.extract`. */
  'attachments.add': channel<Attachment[]>()(
    z
      .object({
        recordId: idSchema,
        uploads: z
          .array(uploadIdSchema)
          .min(1, { error: 'Choose at least one file' })
          .max(ATTACHMENT_LIMITS.maxFilesPerAdd, {
            error: `At most ${ATTACHMENT_LIMITS.maxFilesPerAdd} files at once`,
          }),
        meta: attachmentMetaSchema.optional(),
      })
      .strict(),
    { writes: true },
  ),
  /** A new version of the file (the old ones are kept). */
  'attachments.replace': channel<Attachment>()(z.object({ id: idSchema, upload: uploadIdSchema }).strict(), {
    writes: true,
  }),
  'attachments.update': channel<Attachment>()(z.object({ id: idSchema, meta: attachmentMetaSchema }).strict(), {
    writes: true,
  }),
  /** Removes an attachment; `attachments.restore` undoes it (nothing is deleted). */
  'attachments.remove': channel<Attachment>()(byId, { writes: true }),
  'attachments.restore': channel<Attachment>()(byId, { writes: true }),
  /** Extracts the text of pending versions (of one record, or all), each file in a limited thread: seconds. */
  'attachments.extract': channel<{ done: number; more: boolean }>()(
    /** `again`: every version's text is read anew (after an extractor update), not only those still waiting. */
    z.object({ recordId: idSchema.optional(), again: z.boolean().optional() }).strict(),
    { writes: false, long: true },
  ),
  /** Opens a verified read-only copy with the system viewer (at `page` where the viewer allows). */
  'attachments.open': channel<FileHandOver>()(
    z
      .object({ id: idSchema, versionId: idSchema.optional(), page: z.number().int().min(0).max(100_000).optional() })
      .strict(),
    { writes: false },
  ),
  'attachments.save': channel<FileHandOver>()(versionRef, { writes: false }),
  'attachments.reveal': channel<FileHandOver>()(versionRef, { writes: false }),
};
