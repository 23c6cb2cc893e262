/** Handlers of issue 13's channels: thin calls into the store; the list export through services/reports/formats. */
import { AppError } from '../../common/domain/errors';
import type { registerChannels } from '../../common/contract/register';
import { todayIso } from '../../common/domain/partial-date';
import { exportListView } from '../services/reports/list-export';
import type { Handlers } from './context';

export const registerHandlers: Handlers<typeof registerChannels> = {
  'register.settings': (_input, ctx) => ctx.store.registerSettings(),
  'register.update': (input, ctx) => ctx.store.updateRegisterSettings(input),
  'reminders.act': ({ today, ...input }, ctx) => ctx.store.actOnReminder(input, today ?? todayIso()),
  'reminders.log': (input, ctx) => ctx.store.reminderActionLog(input.key),
  'views.list': (input, ctx) => ctx.store.savedViews(input.list),
  'views.create': (input, ctx) => ctx.store.createSavedView(input),
  'views.update': (input, ctx) => ctx.store.updateSavedView(input.id, input.view),
  'views.delete': (input, ctx) => ctx.store.deleteSavedView(input.id),
  'records.bulk': (input, ctx) =>
    ctx.store.runBulk(
      input.ids,
      input.action === 'tag'
        ? { action: 'tag', tag: input.tag }
        : input.action === 'status'
          ? { action: 'status', event: input.event }
          : { action: 'delete', detach: input.detach ?? false },
    ),
  'records.bulkDependents': (input, ctx) => ctx.store.bulkDependents(input.ids),
  'lists.export': async (input, ctx) => {
    if (!ctx.host.deliverFile) throw new AppError('UNAVAILABLE', 'This window cannot save files.');
    const file = await exportListView(ctx.store, input);
    const delivered = await ctx.host.deliverFile({ name: file.fileName, mime: file.mime, bytes: file.bytes });
    return {
      fileName: file.fileName,
      rows: file.rows,
      saved: delivered.saved,
      ...(delivered.downloadUrl ? { downloadUrl: delivered.downloadUrl } : {}),
    };
  },
};
