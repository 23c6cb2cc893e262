/**
 * Channels for spreadsheets: importing a register kept in Excel or CSV (the wizard and `import-sheet`).
 *
 * The file's bytes travel once as base64 text in `sheets.open` (the renderer reads the chosen file; nothing names a
 * path) and are kept by the jobs worker under a content id, which the preview pages and the rejected-rows download
 * name; `sheets.import` carries the bytes again to the writer, which plans and writes in one transaction. Reading
 * and planning a large sheet takes a second or two, so those channels are `long` (the jobs worker): ordinary reads
 * never wait behind them.
 */
import { z } from 'zod';
import { mappingSchema, SHEET_KINDS } from '../domain/sheets/mapping';
import {
  type DeliveredFile,
  type SheetFileInfo,
  type SheetImportOutcome,
  type SheetPreview,
} from '../domain/sheets/views';
import { channel } from './define';

/** 10 MB of file as base64 (4 characters per 3 bytes). */
const MAX_DATA_CHARS = Math.ceil((10 * 1024 * 1024 * 4) / 3) + 8;

const fileName = z
  .string({ error: 'Give the file’s name' })
  .min(1)
  .max(255)
  .refine((n) => !/[\\/]/.test(n) && !n.includes(String.fromCharCode(0)), { error: 'A file name, not a path' });
const data = z
  .string({ error: 'The file’s content is missing' })
  .min(1, { error: 'The file is empty' })
  .max(MAX_DATA_CHARS, { error: 'The file is larger than 10 MB. Save only the sheet with the register, or split it.' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file’s content must be base64' });
const fileId = z.string().regex(/^[0-9a-f]{32}$/, { error: 'Not an open file' });
const kind = z.enum(SHEET_KINDS, { error: `Choose what the sheet holds: ${SHEET_KINDS.join(', ')}` });
const plan = { fileName, sheet: z.string().max(300), kind, mapping: mappingSchema.optional() };

export const sheetChannels = {
  'sheets.open': channel<SheetFileInfo>()(z.object({ fileName, data }).strict(), { writes: false, long: true }),
  'sheets.preview': channel<SheetPreview>()(
    z
      .object({
        fileId,
        ...plan,
        page: z.number().int().min(0).max(100_000),
        pageSize: z.number().int().min(1).max(200),
        show: z.enum(['all', 'problems', 'create', 'update', 'unchanged', 'skip', 'error']).optional(),
      })
      .strict(),
    { writes: false, long: true },
  ),
  'sheets.import': channel<SheetImportOutcome>()(z.object({ data, ...plan, dryRun: z.boolean() }).strict(), {
    writes: true,
  }),
  'sheets.rejected': channel<DeliveredFile>()(z.object({ fileId, ...plan }).strict(), { writes: false, long: true }),
  /** The wizard's mapping as a JSON file, for `import-sheet --map`. */
  'sheets.saveMapping': channel<DeliveredFile>()(z.object({ fileName, mapping: mappingSchema }).strict(), {
    writes: false,
  }),
};
