/** Handlers for attachment channels: uploads taken from the host, files handed back through it. */
import type { attachmentChannels } from '../../common/contract/attachments';
import { extensionFor } from '../../common/domain/attachments';
import { AppError } from '../../common/domain/errors';
import { attachFiles, extractPending, isViewable, replaceFile } from '../services/attachments';
import type { HandlerContext, Handlers } from './context';

async function takeUpload(ctx: HandlerContext, id: string): Promise<{ name: string; bytes: Uint8Array }> {
  if (!ctx.host.takeUpload) throw new AppError('UNAVAILABLE', 'This window cannot receive files.');
  return ctx.host.takeUpload(id);
}

/** The verified copy's name: the person's name with the extension of what the content is. */
function copyName(name: string, mediaType: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  return `${base}.${extensionFor(mediaType)}`;
}

export const attachmentHandlers: Handlers<typeof attachmentChannels> = {
  'attachments.list': (input, ctx) => ctx.store.attachments(input.recordId, input.includeRemoved ?? false),
  'attachments.add': async (input, ctx) => {
    const files = [];
    for (const id of input.uploads) files.push(await takeUpload(ctx, id));
    return attachFiles(ctx.store, input.recordId, files, input.meta);
  },
  'attachments.replace': async (input, ctx) => replaceFile(ctx.store, input.id, await takeUpload(ctx, input.upload)),
  'attachments.update': (input, ctx) => ctx.store.updateAttachment(input.id, input.meta),
  'attachments.remove': (input, ctx) => ctx.store.setAttachmentRemoved(input.id, true),
  'attachments.restore': (input, ctx) => ctx.store.setAttachmentRemoved(input.id, false),
  'attachments.extract': (input, ctx) => {
    if (input.again) ctx.store.markAllExtractionsPending();
    return extractPending(ctx.store, input.recordId ? { recordId: input.recordId } : {});
  },
  'attachments.open': async (input, ctx) => {
    const file = ctx.store.attachmentFile(input.id, input.versionId);
    if (!isViewable(file.mediaType))
      throw new AppError(
        'FORBIDDEN',
        `"${file.name}" is not a document or picture, so Entente does not open it (nothing in it is run). Save a copy instead.`,
      );
    if (!ctx.host.openFile) throw new AppError('UNAVAILABLE', 'This window cannot open files.');
    const opened = await ctx.host.openFile(
      { name: copyName(file.name, file.mediaType), mime: file.mediaType, bytes: file.bytes },
      input.page ? { page: input.page } : {},
    );
    return { done: opened.opened, ...(opened.url ? { url: opened.url } : {}) };
  },
  'attachments.save': async (input, ctx) => {
    const file = ctx.store.attachmentFile(input.id, input.versionId);
    if (!ctx.host.deliverFile) throw new AppError('UNAVAILABLE', 'This window cannot save files.');
    const saved = await ctx.host.deliverFile({ name: file.name, mime: file.mediaType, bytes: file.bytes });
    return {
      done: saved.saved,
      ...(saved.path ? { path: saved.path } : {}),
      ...(saved.downloadUrl ? { url: saved.downloadUrl } : {}),
    };
  },
  'attachments.reveal': async (input, ctx) => {
    const file = ctx.store.attachmentFile(input.id, input.versionId);
    if (!ctx.host.openFile) throw new AppError('UNAVAILABLE', 'This window cannot show files.');
    const shown = await ctx.host.openFile(
      { name: copyName(file.name, file.mediaType), mime: file.mediaType, bytes: file.bytes },
      { reveal: true },
    );
    return { done: shown.opened, ...(shown.url ? { url: shown.url } : {}) };
  },
};
