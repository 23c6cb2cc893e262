/**
 * The report channels through dispatch() (what IPC and the preview server call) with a recording host,
 * and the `report` CLI command end to end on a real database file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReportJob } from '../../../../electron/common/contract/reports';
import type { Db } from '../../../../db/store/sql';
import type { HandlerContext, HostServices } from '../../../../electron/node/handlers/context';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import { runCli } from '../../../../electron/node/cli/main';
import { tempDir } from '../../../support/temp-db';
import { handlerContext, value } from '../../../support/handlers';
import { calendarDb, seededDb } from '../services/reports/fixtures';

interface Delivered {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

const context = (db: Db, host: HostServices) => handlerContext(db, host);

/** Polls the job until it has left 'running' (a condition, not a time: a slow machine just polls longer). */
async function settle(ctx: HandlerContext, job: ReportJob): Promise<ReportJob> {
  return vi.waitFor(
    async () => {
      const now = await value<ReportJob>(dispatch(ctx, 'reports.progress', { jobId: job.jobId }));
      if (now.state === 'running') throw new Error(`export still running (${now.stage})`);
      return now;
    },
    { timeout: 120_000, interval: 20 },
  );
}

/** One macrotask turn: every promise continuation already queued (microtasks) has run when this resolves. */
const afterPendingContinuations = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('report channels', () => {
  it('preview returns the report HTML and counts; options tell what the host can do', async () => {
    const { db, ids } = seededDb();
    const ctx = context(db, {});
    const preview = await value<{ html: string; recordCount: number; eventCount: number; undatedCount: number }>(
      dispatch(ctx, 'reports.preview', { request: { partyIds: [ids.italy, ids.japan] } }),
    );
    expect(preview.html).toContain('Italy–Japan: cooperation timeline');
    expect([preview.recordCount, preview.eventCount, preview.undatedCount]).toEqual([8, 8, 4]);
    expect(await value(dispatch(ctx, 'reports.options', {}))).toMatchObject({
      canReveal: false,
      formats: ['pdf', 'html', 'docx', 'xlsx', 'csv', 'ics', 'json'],
    });
    const bad = await dispatch(ctx, 'reports.preview', { request: { from: 'whenever' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toContain('From: Not a date');
  });

  it('an export job renders, hands the file to the host, and can reveal it', async () => {
    const { db, ids } = seededDb();
    const delivered: Delivered[] = [];
    const revealed: string[] = [];
    const ctx = context(db, {
      deliverFile: async (file) => {
        delivered.push(file);
        return { saved: true, path: `/home/officer/${file.name}` };
      },
      revealFile: async (path) => void revealed.push(path),
    });
    const started = await value<ReportJob>(
      dispatch(ctx, 'reports.start', {
        request: { partyIds: [ids.italy, ids.japan], marking: 'RESTRICTED' },
        format: 'csv',
      }),
    );
    expect(started.state).toBe('running');
    const done = await settle(ctx, started);
    expect(done).toMatchObject({
      state: 'done',
      progress: 1,
      result: {
        saved: true,
        fileName: expect.stringMatching(/^Italy–Japan cooperation timeline \d{4}-\d\d-\d\d\.csv$/),
      },
    });
    expect(delivered[0]?.mime).toBe('text/csv; charset=utf-8');
    expect(new TextDecoder().decode(delivered[0]!.bytes)).toContain('Marking,RESTRICTED');
    expect(await value(dispatch(ctx, 'reports.reveal', { jobId: started.jobId }))).toEqual({ revealed: true });
    expect(revealed).toEqual([`/home/officer/${delivered[0]!.name}`]);
  });

  it('uses the host printer for PDFs and can cancel a long export', async () => {
    const { db } = calendarDb();
    let release: () => void = () => undefined;
    const printed: { html: string; headerTemplate?: string }[] = [];
    const ctx = context(db, {
      printPdf: (html, options) => {
        printed.push({ html, ...(options.headerTemplate ? { headerTemplate: options.headerTemplate } : {}) });
        return new Promise((resolve) => {
          release = () => resolve(new Uint8Array([37, 80, 68, 70]));
        });
      },
      deliverFile: async () => ({ saved: true, path: '/tmp/never.pdf' }),
    });
    const job = await value<ReportJob>(
      dispatch(ctx, 'reports.start', { request: { marking: 'CONFIDENTIAL' }, format: 'pdf' }),
    );
    await vi.waitFor(() => expect(printed).toHaveLength(1), { timeout: 120_000, interval: 10 });
    expect(printed[0]?.headerTemplate).toContain('CONFIDENTIAL');
    const cancelled = await value<ReportJob>(dispatch(ctx, 'reports.cancel', { jobId: job.jobId }));
    expect(cancelled.state).toBe('cancelled');
    release();
    await afterPendingContinuations();
    expect((await value<ReportJob>(dispatch(ctx, 'reports.progress', { jobId: job.jobId }))).state).toBe('cancelled');
    expect(await value(dispatch(ctx, 'reports.reveal', { jobId: job.jobId }))).toEqual({ revealed: false });
  });

  it('a failed export says why in one line; unknown jobs are NOT_FOUND', async () => {
    const { db } = seededDb();
    const ctx = context(db, {});
    const job = await value<ReportJob>(dispatch(ctx, 'reports.start', { request: {}, format: 'json' }));
    const failed = await settle(ctx, job);
    expect(failed).toMatchObject({
      state: 'failed',
      error: { code: 'UNAVAILABLE', message: 'This window cannot save files.' },
    });
    const unknown = await dispatch(ctx, 'reports.progress', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });

  it('reminders.list serves the dashboard', async () => {
    const { db } = calendarDb();
    const reminders = await value<{ kind: string }[]>(
      dispatch(context(db, {}), 'reminders.list', { withinDays: 180, today: '2026-03-15' }),
    );
    expect(reminders.map((r) => r.kind)).toContain('expiry');
    const bad = await dispatch(context(db, {}), 'reminders.list', { withinDays: 'soon' });
    expect(bad.ok).toBe(false);
  });
});

describe('report CLI', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('writes the Italy–Japan report with scope flags and a marking', async () => {
    const { db, ids, file } = seededDb();
    db.close();
    const out = join(tempDir(), 'italy-japan.html');
    const result = await run([
      'report',
      '--db',
      file,
      '--format',
      'html',
      '--out',
      out,
      '--party',
      `${ids.italy},${ids.japan}`,
      '--marking',
      'RESTRICTED',
      '--party-events',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('(HTML, 8 records, 8 events, RESTRICTED');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>RESTRICTED — Italy–Japan: cooperation timeline</title>');
    expect(html).toContain('per-party events (signature, ratification…): included');
  });

  it('refuses bad flags with a usage line, and a missing browser with the install hint', async () => {
    const { db, file } = seededDb();
    db.close();
    const out = join(tempDir(), 'x.pdf');
    expect(await run(['report', '--db', file, '--format', 'odt', '--out', out])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be one of pdf, html, docx'),
    });
    expect(await run(['report', '--db', file, '--format', 'csv'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out PATH is required'),
    });
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(tempDir(), 'no-such-chromium');
    try {
      const result = await run(['report', '--db', file, '--format', 'pdf', '--out', out]);
      expect(result.code).toBe(1);
      expect(result.err).toContain('sudo apt-get install chromium');
      expect(existsSync(out)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
