/**
 * Saved list views: a list's filters, columns (order, hidden, widths), sort and as-of date under a name, one set
 * per list (record kind), shown in the sidebar. Pure: the contract, the store and the renderer share the schema.
 */
import { z } from 'zod';
import { idSchema } from './schemas';
import { RECORD_KINDS, type RecordKind } from './vocab';

const short = z.string().max(60);
const ids = z.array(short).max(40);

export const listViewSpecSchema = z
  .object({
    filters: z
      .object({
        text: z.string().max(200),
        partyId: idSchema.nullable(),
        statuses: ids,
        types: ids,
        area: short.nullable(),
        from: z.string().max(100),
        to: z.string().max(100),
      })
      .partial()
      .strict()
      .default({}),
    columns: z
      .object({
        order: ids,
        hidden: ids,
        /** Pixels. */
        sizes: z.record(short, z.number().min(40).max(2000)),
      })
      .partial()
      .strict()
      .default({}),
    sort: z
      .array(z.object({ id: short, desc: z.boolean() }).strict())
      .max(4)
      .default([]),
    /** A partial date as typed: the list as it stood then. */
    asOf: z.string().max(100).optional(),
  })
  .strict();
export type ListViewSpec = z.output<typeof listViewSpecSchema>;

export const savedViewInputSchema = z
  .object({
    list: z.enum(RECORD_KINDS, { error: 'Unknown list' }),
    name: z
      .string({ error: 'A name is required' })
      .trim()
      .min(1, { error: 'A name is required' })
      .max(120, { error: 'The name must be at most 120 characters' }),
    spec: listViewSpecSchema,
  })
  .strict();
export type SavedViewInput = z.input<typeof savedViewInputSchema>;

export interface SavedView {
  id: string;
  list: RecordKind;
  name: string;
  spec: ListViewSpec;
  createdAt: string;
  updatedAt: string;
}
