/** CLI: list, show, status — records.list, records.get (+ titles and dependents), status.asOf. */
import { AppError } from '../../../common/domain/errors';
import { cellText, LIST_COLUMN_LABELS, partiesColumn } from '../../../common/domain/list-columns';
import { formatPartialDate } from '../../../common/domain/partial-date';
import { recordStatus } from '../../../common/domain/status';
import type { RecordSummary } from '../../../common/domain/types';
import { isStatusKind, labelOf } from '../../../common/domain/vocab';
import {
  collect,
  listOption,
  printJson,
  registerOptions,
  required,
  textOption,
  wholeNumberOption,
  flagOption,
  type CliCommand,
} from '../command';
import { KIND_WORDS, parseKind } from '../kinds';
import { resolveParty } from '../parties';
import { statusJson, statusText, summaryJson, table } from '../present';
import { recordText, referencedIds } from '../show';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List records of a kind with their status',
  description: 'List records of a kind with their derived status, parties and ids.',
  configure: (command) =>
    registerOptions(command)
      .argument('<kind>', KIND_WORDS)
      .option('--party <name|id>', 'records involving this party (by name, short name, native name or id)')
      .option('--status <status>', 'records whose current status is this (repeatable)', collect)
      .option('--from <date>', 'records dated on or after this date ("2019", "Jan 2021")')
      .option('--to <date>', 'records dated on or before this date')
      .option('--as-of <date>', 'status and party dates as they stood on this date ("2015", "Jan 2021")')
      .option('--limit <n>', 'at most this many records'),
  async run(cli) {
    const kind = parseKind(cli.args[0]);
    const limit = wholeNumberOption(cli, 'limit', '--limit');
    const register = await cli.register('read');
    const party = textOption(cli, 'party');
    const rows = await register.call('records.list', {
      kind,
      ...(party ? { partyId: await resolveParty(register, party) } : {}),
      ...(listOption(cli, 'status') ? { statuses: listOption(cli, 'status') } : {}),
      ...(textOption(cli, 'from') ? { from: textOption(cli, 'from') } : {}),
      ...(textOption(cli, 'to') ? { to: textOption(cli, 'to') } : {}),
      ...(textOption(cli, 'asOf') ? { asOf: textOption(cli, 'asOf') } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
    if (flagOption(cli, 'json')) printJson(cli.io, { kind, count: rows.length, records: rows.map(summaryJson) });
    else if (rows.length === 0) cli.io.out(`No ${labelOf(kind).toLowerCase()} records.`);
    else {
      // The parties as the app's list shows them: the counterpart ("Japan") when the register knows its side.
      const parties = partiesColumn(kind, rows);
      cli.io.out(
        // The title goes last, never cut: long treaty titles differ at their end; the terminal wraps, a pipe keeps it whole.
        table(
          ['Id', 'Type', 'Status', parties === 'parties' ? 'Parties' : LIST_COLUMN_LABELS.counterparts, 'Title'],
          rows.map((r) => [
            r.id,
            r.subtitle,
            statusText(r.status) + (r.statusUndatedLater ? ' *' : ''),
            cellText(r, parties),
            r.title,
          ]),
        ) + undatedLaterFootnote(rows),
      );
    }
    return 0;
  },
};

/** Under a list as of a past date: what the "*" after a status means (domain/status.ts rule 4, `undatedLater`). */
function undatedLaterFootnote(rows: RecordSummary[]): string {
  return rows.some((r) => r.statusUndatedLater)
    ? '\n\n* A status with no date was entered after this one: the status may since have changed.'
    : '';
}

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'One record in full, with parties, links, tags',
  description:
    'Show one record in full: its fields, parties and their roles, cooperation areas, tags, links, what refers ' +
    'to it, and its status timeline.',
  configure: (command) => registerOptions(command).argument('<kind>', KIND_WORDS).argument('<id>', 'the record id'),
  async run(cli) {
    const kind = parseKind(cli.args[0]);
    const id = required(cli.args[1], 'The record id', cli);
    const register = await cli.register('read');
    const record = await register.call('records.get', { kind, id });
    const status = 'statusEvents' in record ? recordStatus(record) : null;
    const incoming = await register.call('records.incomingLinks', { id });
    const ids = [...new Set([...referencedIds(record), ...incoming.map((l) => l.sourceId)])];
    const titles = ids.length ? await register.call('records.titles', { ids }) : [];
    const referredToBy = await register.call('records.dependents', { id });
    if (flagOption(cli, 'json'))
      printJson(cli.io, { record, status: statusJson(status), titles, incomingLinks: incoming, referredToBy });
    else cli.io.out(recordText({ record, status, titles, incoming, referredToBy }));
    return 0;
  },
};

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'The status a record had on a date',
  description: 'The status a record had on a date, typed as people write it: "2021", "Jan 2021", "15/01/2021".',
  configure: (command) =>
    registerOptions(command)
      .argument('<kind>', 'agreements, working-groups, programmes or meetings')
      .argument('<id>', 'the record id')
      .option('--as-of <date>', 'the date to ask about (required)'),
  async run(cli) {
    const kind = parseKind(cli.args[0]);
    const id = required(cli.args[1], 'The record id', cli);
    if (!isStatusKind(kind)) throw new AppError('VALIDATION', `${labelOf(kind)} records have no status timeline.`);
    const asOf = required(textOption(cli, 'asOf'), '--as-of DATE', cli);
    const register = await cli.register('read');
    const answer = await register.call('status.asOf', { kind, recordId: id, asOf });
    if (flagOption(cli, 'json')) {
      printJson(cli.io, {
        id,
        kind,
        asOf: answer.asOf,
        asOfText: formatPartialDate(answer.asOf),
        cutoff: answer.cutoff,
        status: statusJson(answer.status),
        undatedEventsIgnored: answer.undatedIgnored,
        undatedLater: answer.undatedLater,
      });
    } else {
      const note = answer.undatedLater
        ? ` — may since have changed: "${labelOf(answer.undatedLater)}" was entered later with no date`
        : answer.undatedIgnored
          ? ` (${answer.undatedIgnored} undated event(s) could not be placed)`
          : '';
      cli.io.out(`As of ${formatPartialDate(answer.asOf)}: ${statusText(answer.status)}${note}`);
    }
    return 0;
  },
};
