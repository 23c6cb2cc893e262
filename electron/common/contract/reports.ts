/**
 * Channels for timeline reports and reminders. A report is asked for with one request shape
 * (db/model/report.ts) whatever comes of it: a preview (the report's own HTML, shown in a sandboxed
 * iframe), the data for the in-app timeline, or an export. Exports run as cancellable jobs: `start`
 * answers at once with a job id, `progress` reports the stage, `cancel` stops it; the finished file is
 * handed to the host (save dialog in the app, a download URL in the preview) and can be revealed.
 */
import { z } from 'zod';
import type { ErrorInfo } from '../domain/errors';
import { reminderQuerySchema, type Reminder } from '../domain/reminders';
import {
  MARKING_PRESETS,
  REPORT_FORMATS,
  reportRequestSchema,
  type ReportData,
  type ReportFormat,
} from '../domain/report';
import { channel } from './define';

const request = reportRequestSchema;
const jobId = z.string().regex(/^[0-9a-f-]{36}$/, { error: 'Not a report job id' });

export interface ReportPreview {
  html: string;
  title: string;
  recordCount: number;
  eventCount: number;
  undatedCount: number;
  reminderCount: number;
}

export interface ReportOptions {
  formats: readonly ReportFormat[];
  markingPresets: readonly string[];
  /** The host can show a saved file in the file manager. */
  canReveal: boolean;
}

export type ReportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ReportJob {
  jobId: string;
  format: ReportFormat;
  state: ReportJobState;
  /** What it is doing now, in words ("Printing PDF"). */
  stage: string;
  /** 0…1, by stage. */
  progress: number;
  /** When done: what the host did with the file. `saved: false` = the person cancelled the save dialog. */
  result?: {
    fileName: string;
    bytes: number;
    saved: boolean;
    path?: string;
    downloadUrl?: string;
    /** What the file holds: records, dated and undated events, and its handling marking. */
    records?: number;
    events?: number;
    marking?: string;
  };
  error?: ErrorInfo;
}

export const reportChannels = {
  'reports.options': channel<ReportOptions>()(z.object({}).strict(), { writes: false }),
  'reports.preview': channel<ReportPreview>()(z.object({ request }).strict(), { writes: false, long: true }),
  'reports.data': channel<ReportData>()(z.object({ request }).strict(), { writes: false, long: true }),
  'reports.start': channel<ReportJob>()(
    z
      .object({
        request,
        format: z.enum(REPORT_FORMATS, { error: `Format must be one of ${REPORT_FORMATS.join(', ')}` }),
      })
      .strict(),
    { writes: false, long: true },
  ),
  // A job is served by the worker that runs it (it answers progress and cancel between steps of the work).
  'reports.progress': channel<ReportJob>()(z.object({ jobId }).strict(), { writes: false, long: true }),
  'reports.cancel': channel<ReportJob>()(z.object({ jobId }).strict(), { writes: false, long: true }),
  /** Shows the file a finished job saved; by job id, so the UI can never name an arbitrary path. */
  'reports.reveal': channel<{ revealed: boolean }>()(z.object({ jobId }).strict(), { writes: false, long: true }),
  'reminders.list': channel<Reminder[]>()(reminderQuerySchema, { writes: false }),
};

export { MARKING_PRESETS, REPORT_FORMATS };
