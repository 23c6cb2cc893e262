import { AppError } from '../../../common/domain/errors';
import { formatPartialDate } from '../../../common/domain/partial-date';
import { recordStatus } from '../../../common/domain/status';
import { isStatusKind, labelOf } from '../../../common/domain/vocab';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand } from '../command';
import { parseKind } from '../kinds';
import { statusJson, statusText, summaryJson, table } from '../present';

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list <kind> --db FILE [--party ID] [--status S] [--from DATE] [--to DATE] [--json]',
  summary: 'List records of a kind with their derived status.',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      party: { type: 'string' },
      status: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
    });
    const kind = parseKind(positionals[0]);
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const rows = store.listRecords({
          kind,
          ...(values.party ? { partyId: values.party } : {}),
          ...(values.status ? { statuses: values.status } : {}),
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
        });
        if (values.json) printJson(io, { kind, count: rows.length, records: rows.map(summaryJson) });
        else if (rows.length === 0) io.out(`No ${labelOf(kind).toLowerCase()} records.`);
        else
          io.out(
            table(
              ['Title', 'Type', 'Status', 'Parties', 'Id'],
              rows.map((r) => [r.title, r.subtitle, statusText(r.status), r.partyNames.join(', '), r.id]),
            ),
          );
        return 0;
      },
      { readonly: true },
    );
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show <kind> <id> --db FILE [--json]',
  summary: 'Show one record in full.',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const kind = parseKind(positionals[0]);
    const id = positionals[1];
    if (!id) throw new AppError('VALIDATION', `Give the record id. Usage: ${this.usage}`);
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const record = store.getRecord(kind, id);
        const status = 'statusEvents' in record ? recordStatus(record) : null;
        if (values.json) {
          printJson(io, { record, status: statusJson(status) });
          return 0;
        }
        const fields = Object.entries(record).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
        io.out(fields.map(([k, v]) => `${k}: ${v}`).join('\n'));
        if (status) io.out(`status: ${statusText(status)}`);
        const events =
          (record as { statusEvents?: { status: string; date: string; note: string }[] }).statusEvents ?? [];
        for (const e of events)
          io.out(`  • ${formatPartialDate(e.date)} — ${labelOf(e.status)}${e.note ? ': ' + e.note : ''}`);
        return 0;
      },
      { readonly: true },
    );
  },
};

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status <kind> <id> --as-of DATE --db FILE [--json]',
  summary: 'The status a record had on a date (“2021”, “Jan 2021”, “15/01/2021”).',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
    });
    const kind = parseKind(positionals[0]);
    const id = positionals[1];
    if (!id) throw new AppError('VALIDATION', `Give the record id. Usage: ${this.usage}`);
    if (!isStatusKind(kind)) throw new AppError('VALIDATION', `${labelOf(kind)} records have no status timeline.`);
    const asOf = values['as-of'];
    if (!asOf) throw new AppError('VALIDATION', `--as-of DATE is required. Usage: ${this.usage}`);
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const answer = store.statusAsOf(kind, id, asOf);
        if (values.json) {
          printJson(io, {
            id,
            kind,
            asOf: answer.asOf,
            asOfText: formatPartialDate(answer.asOf),
            cutoff: answer.cutoff,
            status: statusJson(answer.status),
            undatedEventsIgnored: answer.undatedIgnored,
          });
        } else {
          const note = answer.undatedIgnored ? ` (${answer.undatedIgnored} undated event(s) could not be placed)` : '';
          io.out(`As of ${formatPartialDate(answer.asOf)}: ${statusText(answer.status)}${note}`);
        }
        return 0;
      },
      { readonly: true },
    );
  },
};
