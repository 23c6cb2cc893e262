/**
 * Handlers for spreadsheets: thin calls into the sheets service. Files the person saves (rejected rows, a mapping) go to the host's deliverFile — a save dialog in the app, a one-time download in the preview.
 */
import { AppError } from '../../common/domain/errors';
import { MAPPING_FORMAT } from '../../common/domain/sheets/mapping';
import type { DeliveredFile } from '../../common/domain/sheets/views';
import type { sheetChannels } from '../../common/contract/sheets';
import { bytesOfBase64, importSheet, MIME, openFile, previewImport, rejectedRows } from '../services/sheets';
import type { HandlerContext, Handlers } from './context';

async function deliver(
  ctx: HandlerContext,
  file: { name: string; mime: string; bytes: Uint8Array },
  rows: number,
): Promise<DeliveredFile> {
  if (!ctx.host.deliverFile) throw new AppError('UNAVAILABLE', 'This window cannot save files.');
  const delivered = await ctx.host.deliverFile(file);
  return { fileName: file.name, rows, ...delivered };
}

export const sheetHandlers: Handlers<typeof sheetChannels> = {
  'sheets.open': (input) => openFile(bytesOfBase64(input.data), input.fileName),
  'sheets.preview': (input, ctx) =>
    previewImport(ctx.store, input.fileId, {
      fileName: input.fileName,
      sheet: input.sheet,
      kind: input.kind,
      mapping: input.mapping,
      page: input.page,
      pageSize: input.pageSize,
      show: input.show ?? 'all',
    }),
  'sheets.import': (input, ctx) =>
    importSheet(ctx.store, bytesOfBase64(input.data), {
      fileName: input.fileName,
      sheet: input.sheet,
      kind: input.kind,
      mapping: input.mapping,
      dryRun: input.dryRun,
    }),
  'sheets.rejected': async (input, ctx) => {
    const file = await rejectedRows(ctx.store, input.fileId, {
      fileName: input.fileName,
      sheet: input.sheet,
      kind: input.kind,
      mapping: input.mapping,
    });
    return deliver(ctx, { name: file.fileName, mime: MIME.csv, bytes: file.bytes }, file.rows);
  },
  'sheets.saveMapping': (input, ctx) => {
    const text = JSON.stringify({ format: MAPPING_FORMAT, version: 1, ...input.mapping }, null, 2);
    const name = `${input.fileName.replace(/\.[^.]+$/, '')}.mapping.json`;
    return deliver(ctx, { name, mime: 'application/json', bytes: new TextEncoder().encode(`${text}\n`) }, 0);
  },
};
