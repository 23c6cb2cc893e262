/**
 * Settings that belong to the register (kept in its database, so they travel with backups and bundles' file):
 * whose register it is — the home party, with its sub-parties — and how early each kind of reminder shows.
 */
import { z } from 'zod';
import { idSchema } from './schemas';

/** Reminder kinds whose lead time can be set (ratification outstanding is overdue by nature). */
export const LEAD_KINDS = [
  'notice_by',
  'expiry',
  'renewal',
  'wg_session',
  'meeting',
  'milestone',
  'action_item',
] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

/**
 * Days before a date when its reminder appears, largest first; an acknowledged reminder comes back when the next
 * smaller lead is reached (notice 180 / 90 / 30: three nudges before the last day to give notice).
 */
export const DEFAULT_LEAD_DAYS: Record<LeadKind, number[]> = {
  notice_by: [180, 90, 30],
  expiry: [180, 30],
  renewal: [180, 30],
  wg_session: [60, 14],
  meeting: [30, 7],
  milestone: [90, 30],
  action_item: [30, 7],
};

const leadList = z
  .array(
    z
      .number({ error: 'Lead times are whole days' })
      .int({ error: 'Lead times are whole days' })
      .min(0, { error: 'A lead time cannot be negative' })
      .max(3650, { error: 'At most 10 years ahead' }),
  )
  .min(1, { error: 'Give at least one lead time' })
  .max(6, { error: 'At most 6 lead times' });

export const registerSettingsInputSchema = z
  .object({
    /** The register's own party (e.g. Italy); null clears it. Its sub-parties are on the same side. */
    homePartyId: idSchema.nullable().optional(),
    leadDays: z.partialRecord(z.enum(LEAD_KINDS, { error: 'Unknown reminder kind' }), leadList).optional(),
  })
  .strict();
export type RegisterSettingsInput = z.input<typeof registerSettingsInputSchema>;

export interface RegisterSettings {
  homePartyId: string | null;
  /** The home party's name, for showing ("Italy"). */
  homePartyName: string | null;
  /** Every kind's lead times, defaults filled in, largest first. */
  leadDays: Record<LeadKind, number[]>;
  /** False until someone chose a home party or said "not now" (the welcome panel asks once). */
  homePartyAsked: boolean;
}

/** Lead times sorted largest first, without repeats. */
export function normaliseLeads(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
