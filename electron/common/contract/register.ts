/**
 * Channels of issue 13: the register's side (home party) and reminder lead times, what people do with reminders,
 * saved list views, bulk actions on a list's selection, and exporting a list view.
 */
import { z } from 'zod';
import { LIST_COLUMNS } from '../domain/list-columns';
import { reminderActionSchema, type ReminderAction } from '../domain/reminders';
import { registerSettingsInputSchema, type RegisterSettings } from '../domain/register-settings';
import { idSchema } from '../domain/schemas';
import type { Dependent } from '../domain/types';
import { RECORD_KINDS } from '../domain/vocab';
import { savedViewInputSchema, type SavedView } from '../domain/views';
import { channel } from './define';
import { listInputSchema } from './records';

const selection = z
  .array(idSchema)
  .min(1, { error: 'Select at least one record' })
  .max(5000, { error: 'At most 5,000 records at once' });

export const registerChannels = {
  'register.settings': channel<RegisterSettings>()(z.object({}).strict(), { writes: false }),
  'register.update': channel<RegisterSettings>()(registerSettingsInputSchema, { writes: true }),
  /** Acknowledge / snooze (until a day) / dismiss / put back one reminder, by its key. */
  'reminders.act': channel<ReminderAction>()(
    reminderActionSchema.extend({
      today: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
    { writes: true },
  ),
  'reminders.log': channel<ReminderAction[]>()(z.object({ key: z.string().min(1).max(300) }).strict(), {
    writes: false,
  }),
  'views.list': channel<SavedView[]>()(z.object({ list: z.enum(RECORD_KINDS).optional() }).strict(), {
    writes: false,
  }),
  'views.create': channel<SavedView>()(savedViewInputSchema, { writes: true }),
  'views.update': channel<SavedView>()(z.object({ id: idSchema, view: savedViewInputSchema }).strict(), {
    writes: true,
  }),
  'views.delete': channel<{ deletedId: string }>()(z.object({ id: idSchema }).strict(), { writes: true }),
  /** One bulk action on a selection: one transaction, one undoable change. */
  'records.bulk': channel<{ changed: number; label: string }>()(
    z.union(
      [
        z.object({ action: z.literal('tag'), ids: selection, tag: z.string().trim().min(1).max(60) }).strict(),
        // The event is checked against each record kind's statuses by the store (as status.add does).
        z.object({ action: z.literal('status'), ids: selection, event: z.unknown() }).strict(),
        z.object({ action: z.literal('delete'), ids: selection, detach: z.boolean().optional() }).strict(),
      ],
      { error: 'Tag, add a status event, or delete' },
    ),
    { writes: true },
  ),
  'records.bulkDependents': channel<Dependent[]>()(z.object({ ids: selection }).strict(), { writes: false }),
  /** The list view as a file: its columns in order (as shown), its rows (or only `ids`), XLSX or CSV. */
  'lists.export': channel<{ fileName: string; rows: number; saved: boolean; downloadUrl?: string }>()(
    z
      .object({
        list: listInputSchema,
        columns: z.array(z.enum(LIST_COLUMNS)).min(1).max(LIST_COLUMNS.length),
        ids: z.array(idSchema).max(1_000_000).optional(),
        format: z.enum(['xlsx', 'csv']),
      })
      .strict(),
    { writes: false, long: true },
  ),
};
