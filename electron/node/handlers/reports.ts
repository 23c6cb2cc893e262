/**
 * Handlers for reports and reminders. Exports run as jobs inside the host process: the work yields to
 * the event loop between stages (and the renderers between chunks), so `reports.progress` and
 * `reports.cancel` are answered while a long export runs; cancel aborts the job's signal, which closes
 * a printing browser at once and stops the other renderers at their next check.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/domain/errors';
import {
  MARKING_PRESETS,
  REPORT_FORMATS,
  type ReportData,
  type ReportFormat,
  type ReportRequest,
} from '../../common/domain/report';
import { asAppError } from '../../../db/store';
import type { PrintPdf } from '../services/reports';
import type { ReportJob, reportChannels } from '../../common/contract/reports';
import type { HandlerContext, Handlers } from './context';

interface Job {
  view: ReportJob;
  controller: AbortController;
  savedPath?: string;
}

/** Finished jobs kept for progress/reveal queries; older ones are forgotten. */
const KEEP_FINISHED = 20;
const jobsByContext = new WeakMap<HandlerContext, Map<string, Job>>();

function jobsOf(ctx: HandlerContext): Map<string, Job> {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) {
    jobs = new Map();
    jobsByContext.set(ctx, jobs);
  }
  return jobs;
}

function findJob(ctx: HandlerContext, id: string): Job {
  const job = jobsOf(ctx).get(id);
  if (!job)
    throw new AppError('NOT_FOUND', 'This export is no longer known (it finished long ago or the app restarted).');
  return job;
}

function forgetOld(jobs: Map<string, Job>): void {
  const finished = [...jobs.values()].filter((j) => j.view.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.view.jobId);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The report service (React for the HTML, the chart, the writers) loads with the first report, not with the handlers:
 * every host that starts — a database worker, the command line — would otherwise pay for it on every start.
 */
const reports = () => import('../services/reports');

function hostPrinter(ctx: HandlerContext): PrintPdf | undefined {
  const print = ctx.host.printPdf;
  return print ? (html, layout) => print.call(ctx.host, html, layout) : undefined;
}

async function runJob(ctx: HandlerContext, job: Job, request: ReportRequest, format: ReportFormat): Promise<void> {
  const { signal } = job.controller;
  const stage = (text: string, progress: number) => {
    if (job.view.state === 'running') job.view = { ...job.view, stage: text, progress };
  };
  try {
    await nextTurn();
    signal.throwIfAborted();
    stage('Collecting records', 0.05);
    const { assembleReportInSteps, defaultChartImages, renderReport } = await reports();
    const data = await assembleReportInSteps(ctx.store, request, {
      pause: nextTurn,
      signal,
      onProgress: (share) => stage('Collecting records', 0.05 + 0.3 * share),
    });
    await nextTurn();
    signal.throwIfAborted();
    const printPdf = hostPrinter(ctx);
    const shoot = ctx.host.screenshotElements;
    const file = await renderReport(data, format, {
      signal,
      onProgress: (text) => stage(text, 0.4),
      ...(printPdf ? { printPdf } : {}),
      // The desktop app pictures the chart with Electron (capturePage); elsewhere Chromium does.
      ...(shoot
        ? {
            chartImages: (d: ReportData, s?: AbortSignal) =>
              defaultChartImages(d, s, (html: string, selector: string, o: { limit?: number }) =>
                shoot.call(ctx.host, html, selector, o.limit === undefined ? {} : { limit: o.limit }),
              ),
          }
        : {}),
    });
    signal.throwIfAborted();
    if (!ctx.host.deliverFile) throw new AppError('UNAVAILABLE', 'This window cannot save files.');
    stage('Saving', 0.9);
    const delivered = await ctx.host.deliverFile({ name: file.fileName, mime: file.mime, bytes: file.bytes });
    if (delivered.path) job.savedPath = delivered.path;
    job.view = {
      ...job.view,
      state: 'done',
      stage: delivered.saved ? 'Saved' : 'Not saved',
      progress: 1,
      result: {
        fileName: file.fileName,
        bytes: file.bytes.length,
        saved: delivered.saved,
        records: data.records.length,
        events: data.chronology.length + data.undated.length,
        marking: data.marking,
        ...(delivered.path ? { path: delivered.path } : {}),
        ...(delivered.downloadUrl ? { downloadUrl: delivered.downloadUrl } : {}),
      },
    };
  } catch (error) {
    if (signal.aborted) {
      job.view = { ...job.view, state: 'cancelled', stage: 'Cancelled' };
      return;
    }
    const appError = error instanceof AppError ? error : asAppError(error);
    if (appError.code === 'INTERNAL') console.error(`[entente] report export failed:`, error);
    job.view = { ...job.view, state: 'failed', stage: 'Failed', error: appError.toInfo() };
  }
}

export const reportHandlers: Handlers<typeof reportChannels> = {
  'reports.options': (_input, ctx) => ({
    formats: REPORT_FORMATS,
    markingPresets: MARKING_PRESETS,
    canReveal: typeof ctx.host.revealFile === 'function',
  }),
  'reports.preview': async (input, ctx) => {
    const { assembleReportInSteps, renderReportHtml } = await reports();
    const data = await assembleReportInSteps(ctx.store, input.request, { pause: nextTurn });
    return {
      html: renderReportHtml(data),
      title: data.title,
      recordCount: data.records.length,
      eventCount: data.chronology.length + data.undated.length,
      undatedCount: data.undated.length,
      reminderCount: data.reminders.length,
    };
  },
  'reports.data': async (input, ctx) =>
    (await reports()).assembleReportInSteps(ctx.store, input.request, { pause: nextTurn }),
  'reports.start': (input, ctx) => {
    const jobs = jobsOf(ctx);
    forgetOld(jobs);
    const job: Job = {
      view: { jobId: randomUUID(), format: input.format, state: 'running', stage: 'Starting', progress: 0 },
      controller: new AbortController(),
    };
    jobs.set(job.view.jobId, job);
    void runJob(ctx, job, input.request, input.format);
    return job.view;
  },
  'reports.progress': (input, ctx) => findJob(ctx, input.jobId).view,
  'reports.cancel': (input, ctx) => {
    const job = findJob(ctx, input.jobId);
    if (job.view.state === 'running') {
      job.controller.abort(new AppError('UNAVAILABLE', 'Export cancelled.'));
      job.view = { ...job.view, state: 'cancelled', stage: 'Cancelled' };
    }
    return job.view;
  },
  'reports.reveal': async (input, ctx) => {
    const job = findJob(ctx, input.jobId);
    if (!job.savedPath || !ctx.host.revealFile) return { revealed: false };
    await ctx.host.revealFile(job.savedPath);
    return { revealed: true };
  },
  'reminders.list': (input, ctx) => ctx.store.listReminders(input),
};
