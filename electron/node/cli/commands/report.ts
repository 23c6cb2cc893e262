/**
 * `report`: a timeline report from a terminal, in any format, with the same scope options as the app.
 * PDF (and the DOCX chart) need Chromium: CHROMIUM_PATH, /usr/bin/chromium or Playwright's browser.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { REPORT_FORMATS, type ReportFormat, type ReportRequestInput } from '../../../common/domain/report';
import { generateReport } from '../../services/reports';
import { parseCommandArgs, requireDb, withStore, type CliCommand } from '../command';

const list = (values: string[] | undefined): string[] | undefined => {
  const items = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};

export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    'report --db FILE --format pdf|html|docx|xlsx|csv|ics|json --out PATH [--party ID]… [--any-party] [--programme ID] [--working-group ID] ' +
    '[--ids a,b] [--from D] [--to D] [--as-of D] [--title T] [--marking TEXT] [--page-size A4|Letter] [--no-meetings] [--party-events] [--reminder-days N]',
  summary: 'Write a timeline report (scope by party, programme, working group, records, dates; marking on every page).',
  async run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      party: { type: 'string', multiple: true },
      'any-party': { type: 'boolean' },
      programme: { type: 'string' },
      'working-group': { type: 'string' },
      ids: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      title: { type: 'string' },
      marking: { type: 'string' },
      'page-size': { type: 'string' },
      'no-meetings': { type: 'boolean' },
      'party-events': { type: 'boolean' },
      'reminder-days': { type: 'string' },
    });
    const file = requireDb(this, values.db);
    const format = (values.format ?? '').toLowerCase() as ReportFormat;
    if (!REPORT_FORMATS.includes(format))
      throw new AppError('VALIDATION', `--format must be one of ${REPORT_FORMATS.join(', ')}. Usage: ${this.usage}`);
    if (!values.out) throw new AppError('VALIDATION', `--out PATH is required. Usage: ${this.usage}`);
    const pageSize = values['page-size'];
    const normalisedPage =
      pageSize?.toLowerCase() === 'a4' ? 'A4' : pageSize?.toLowerCase() === 'letter' ? 'Letter' : pageSize;
    const reminderDays = values['reminder-days'] === undefined ? undefined : Number(values['reminder-days']);
    const request: ReportRequestInput = {
      ...(list(values.party) ? { partyIds: list(values.party) } : {}),
      ...(values['any-party'] ? { partyMatch: 'any' as const } : {}),
      ...(values.programme ? { programmeId: values.programme } : {}),
      ...(values['working-group'] ? { workingGroupId: values['working-group'] } : {}),
      ...(list(values.ids) ? { recordIds: list(values.ids) } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.marking ? { marking: values.marking } : {}),
      ...(normalisedPage ? { pageSize: normalisedPage as 'A4' } : {}),
      ...(reminderDays !== undefined ? { reminderDays } : {}),
      includeMeetings: !values['no-meetings'],
      includePartyEvents: values['party-events'] ?? false,
    };
    const out = resolve(values.out);
    const report = await withStore(file, (store) => generateReport(store, request, format), { readonly: true });
    writeFileSync(out, report.bytes);
    const events = report.data.chronology.length + report.data.undated.length;
    io.out(
      `Wrote ${out} (${format.toUpperCase()}, ${report.data.records.length} records, ${events} events, ${report.data.marking}, ${Math.ceil(report.bytes.length / 1024)} KB).`,
    );
    return 0;
  },
};
