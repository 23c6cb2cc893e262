/** Channels for data safety: backups and restore, integrity, exchange bundles, undo and redo. */
import { z } from 'zod';
import { uploadIdSchema } from '../domain/attachments';
import { channel } from './define';

// Output types are declared here (not imported from services) so the contract stays model-only.
export interface BackupSummary {
  name: string;
  takenAt: string;
  kind: 'regular' | 'pre-restore';
  reason: 'auto' | 'manual' | 'pre-restore' | 'unknown';
  bytes: number;
  records: number | null;
  /** Verified by this app when it was taken (its manifest is there). */
  verified: boolean;
}

export interface BackupListing {
  dir: string;
  keep: number;
  backups: BackupSummary[];
}

export interface RestoreOutcome {
  restoredFrom: { name: string; takenAt: string; records: number };
  /** Restore this one to undo the restore. */
  safetyCopy: BackupSummary | null;
  records: number;
}

export interface IntegrityCheckReport {
  ok: boolean;
  damaged: boolean;
  /** A check could not run because another program holds the register's lock: says nothing about the file. */
  busy?: boolean;
  checks: { name: string; ok: boolean; detail: string; busy?: boolean }[];
  problem: string | null;
}

export interface ImportSummaryItem {
  id: string;
  kind: string;
  title: string;
  action: 'create' | 'update' | 'skip-older' | 'unchanged' | 'conflict-kept';
  updatedAt: string;
}

export interface ImportOutcome {
  dryRun: boolean;
  total: number;
  created: ImportSummaryItem[];
  updated: ImportSummaryItem[];
  skippedOlder: ImportSummaryItem[];
  unchanged: ImportSummaryItem[];
  conflicts: {
    id: string;
    kind: string;
    bundle: { kind: string; title: string; updatedAt: string; version: number };
    database: { kind: string; title: string; updatedAt: string; version: number };
    resolution: 'bundle-newer' | 'database-newer' | 'same-time-database-kept' | 'different-kind-database-kept';
  }[];
  /** Documents the bundle brings that this register lacks: new attachments, new versions, newer descriptions. */
  attachments: { added: number; versions: number; described: number };
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  label: string;
  /** The first 20 records it wrote; recordCount says how many in all. */
  records: { id: string; kind: string; title: string; action: 'create' | 'update' | 'delete' }[];
  recordCount: number;
  state: 'done' | 'undone';
}

export interface HistoryListing {
  changes: HistoryEntry[];
  nextUndo: HistoryEntry | null;
  nextRedo: HistoryEntry | null;
}

export interface UndoOutcome {
  action: 'undo' | 'redo';
  change: HistoryEntry;
  records: HistoryEntry['records'];
}

const backupName = z
  .string({ error: 'Give the backup’s file name' })
  .max(120)
  .regex(/^(entente|pre-restore)-(?:[A-Za-z0-9._-]{1,40}-)?\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/, {
    error: 'Not the name of an Entente backup file',
  });

const expectedChange = z.object({ expectedChangeId: z.number().int().positive().optional() }).strict();

export const safetyChannels = {
  'backups.list': channel<BackupListing>()(z.object({}).strict(), { writes: false }),
  // Writes a backup file, not the database.
  'backups.create': channel<BackupSummary>()(z.object({}).strict(), { writes: false, long: true }),
  'backups.verify': channel<{ name: string; ok: boolean; problem: string | null; records: number }>()(
    z.object({ name: backupName }).strict(),
    { writes: false, long: true },
  ),
  'backups.restore': channel<RestoreOutcome>()(z.object({ name: backupName }).strict(), { writes: true }),
  'backups.settings': channel<{ dir: string; keep: number; custom: boolean }>()(
    z
      .object({
        dir: z.string().min(1).max(1000).nullable().optional(),
        keep: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    { writes: true },
  ),
  /**
   * Desktop: the person picks the backup folder in the system's folder dialog (the only way to choose a folder
   * outside the register's own); `cancelled` when they close it.
   */
  'backups.chooseFolder': channel<{ dir: string; keep: number; custom: boolean; cancelled: boolean }>()(
    z.object({}).strict(),
    { writes: true },
  ),
  'integrity.check': channel<IntegrityCheckReport>()(z.object({ deep: z.boolean().optional() }).strict(), {
    writes: false,
    long: true,
  }),
  'bundle.export': channel<{
    fileName: string;
    records: number;
    /** How many attachments the bundle carries (a ZIP bundle; 0 in a JSON one). */
    attachments: number;
    bytes: number;
    saved: boolean;
    path?: string;
    downloadUrl?: string;
  }>()(
    z
      .object({
        /**
         * The file the person asked for (the CLI's --out name): `zip` always carries the files; `json` is refused
         * when there are attachments (a JSON bundle cannot carry them). Absent: ZIP when there are attachments.
         */
        format: z.enum(['json', 'zip']).optional(),
      })
      .strict(),
    { writes: false, long: true },
  ),
  'bundle.import': channel<ImportOutcome>()(
    z
      .object({
        text: z
          .string()
          .min(1, { error: 'The bundle file is empty' })
          .max(200_000_000, { error: 'The bundle is too large' })
          .optional(),
        /** A bundle file staged by the host (a ZIP carrying attachments): its upload id instead of `text`. */
        upload: uploadIdSchema.optional(),
        fileName: z.string().max(255).optional(),
        dryRun: z.boolean(),
      })
      .strict()
      .refine((v) => (v.text === undefined) !== (v.upload === undefined), {
        error: 'Give the bundle as text or as an upload, one of the two',
      }),
    { writes: true },
  ),
  'history.list': channel<HistoryListing>()(z.object({}).strict(), { writes: false }),
  'history.undo': channel<UndoOutcome>()(expectedChange, { writes: true }),
  'history.redo': channel<UndoOutcome>()(expectedChange, { writes: true }),
};
