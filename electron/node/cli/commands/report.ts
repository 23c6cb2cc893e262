/**
 * `report`: a timeline report from a terminal, in any format, with the same scope options as the app. It runs as
 * the app's exports do — a job (`reports.start`, then `reports.progress` until it ends), the file handed to the host,
 * which here writes it to --out. PDF (and the DOCX chart) need Chromium: CHROMIUM_PATH, /usr/bin/chromium or
 * Playwright's browser. Ctrl+C cancels the job (`reports.cancel`).
 */
import { AppError } from '../../../common/domain/errors';
import { REPORT_FORMATS, type ReportFormat, type ReportRequestInput } from '../../../common/domain/report';
import type { ReportLang } from '../../../common/domain/report-words';
import type { ReportJob } from '../../../common/contract/reports';
import {
  collect,
  flagOption,
  listOption,
  printJson,
  registerOptions,
  required,
  STDOUT,
  textOption,
  wholeNumberOption,
  type CliCommand,
  type CliRun,
  type Register,
} from '../command';
import { resolveParties } from '../parties';

/** How often the job is asked how it is doing; the job runs on this thread between the questions. */
const POLL_MS = 25;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, POLL_MS));

async function request(cli: CliRun, register: Register): Promise<ReportRequestInput> {
  const parties = listOption(cli, 'party');
  const pageSize = textOption(cli, 'pageSize');
  const page = pageSize?.toLowerCase() === 'a4' ? 'A4' : pageSize?.toLowerCase() === 'letter' ? 'Letter' : pageSize;
  const reminderDays = wholeNumberOption(cli, 'reminderDays', '--reminder-days');
  const text = (name: string, key: keyof ReportRequestInput) =>
    textOption(cli, name) ? { [key]: textOption(cli, name) } : {};
  return {
    ...(parties ? { partyIds: await resolveParties(register, parties) } : {}),
    ...(flagOption(cli, 'anyParty') ? { partyMatch: 'any' as const } : {}),
    ...text('programme', 'programmeId'),
    ...text('workingGroup', 'workingGroupId'),
    ...(listOption(cli, 'ids') ? { recordIds: listOption(cli, 'ids') } : {}),
    ...text('from', 'from'),
    ...text('to', 'to'),
    ...text('asOf', 'asOf'),
    ...text('title', 'title'),
    ...text('marking', 'marking'),
    // The contract names the allowed sizes when another is given.
    ...(page ? { pageSize: page as 'A4' } : {}),
    ...(reminderDays !== undefined ? { reminderDays } : {}),
    includeMeetings: cli.opts.meetings !== false,
    includePartyEvents: flagOption(cli, 'partyEvents'),
  };
}

/** Asks after the job until it ends; shows its stage on a terminal; Ctrl+C cancels it. */
async function finished(cli: CliRun, register: Register, started: ReportJob): Promise<ReportJob> {
  let job = started;
  let stage = '';
  const cancel = () => void register.call('reports.cancel', { jobId: job.jobId });
  process.once('SIGINT', cancel);
  try {
    while (job.state === 'running') {
      await pause();
      job = await register.call('reports.progress', { jobId: job.jobId });
      if (cli.io.interactive && job.stage !== stage) cli.io.err(`${(stage = job.stage)}…`);
    }
  } finally {
    process.off('SIGINT', cancel);
  }
  return job;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write a timeline report (PDF, Word, Excel…)',
  description:
    'Write a timeline report in any format, scoped by party, programme, working group, records and dates, with ' +
    'a handling marking on every page. PDF and the Word chart need Chromium (CHROMIUM_PATH or /usr/bin/chromium).',
  configure: (command) =>
    registerOptions(command)
      .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')} (required)`)
      .option('--out <path>', 'the file to write; - for standard output (required)')
      .option('--party <name|id>', 'parties in scope, with their sub-parties (repeatable, or a,b)', collect)
      .option('--any-party', 'records involving any of the parties (default: all of them)')
      .option('--programme <id>', 'a programme and what belongs to it')
      .option('--working-group <id>', 'a working group and its sessions')
      .option('--ids <a,b>', 'these records (repeatable)', collect)
      .option('--from <date>', 'events on or after this date')
      .option('--to <date>', 'events on or before this date')
      .option('--as-of <date>', 'statuses as they were on this date')
      .option('--title <text>', 'the report title')
      .option('--marking <text>', 'handling marking on every page (default UNCLASSIFIED)')
      .option('--page-size <size>', 'A4 or Letter')
      .option('--no-meetings', 'leave meetings out')
      .option('--party-events', 'include each party’s own events (signature, ratification…)')
      .option('--reminder-days <n>', 'reminders this many days ahead'),
  async run(cli) {
    const format = (textOption(cli, 'format') ?? '').toLowerCase() as ReportFormat;
    if (!REPORT_FORMATS.includes(format))
      throw new AppError('VALIDATION', `--format must be one of ${REPORT_FORMATS.join(', ')}. Usage: ${cli.usage}`);
    // The line's --lang (taken, and checked, before commander reads the line: main.ts takeLanguage), else LC_ALL/LANG.
    const lang: ReportLang = cli.language;
    const out = required(textOption(cli, 'out'), '--out PATH', cli);
    const register = await cli.register('read', { out });
    const started = await register.call('reports.start', {
      request: { ...(await request(cli, register)), lang },
      format,
    });
    const job = await finished(cli, register, started);
    if (job.state !== 'done' || !job.result) {
      const error = job.error ?? { code: 'UNAVAILABLE' as const, message: 'The report was cancelled.' };
      throw new AppError(error.code, error.message);
    }
    const r = job.result;
    // Standard output carries the report itself: the summary goes to standard error.
    const say = out === STDOUT ? { ...cli.io, out: cli.io.err } : cli.io;
    if (flagOption(cli, 'json')) printJson(say, { format, ...r });
    else
      say.out(
        `Wrote ${out === STDOUT ? 'standard output' : r.path} (${format.toUpperCase()}, ${r.records} records, ` +
          `${r.events} events, ${r.marking}, ${Math.ceil(r.bytes / 1024)} KB).`,
      );
    return 0;
  },
};
