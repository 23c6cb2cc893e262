/**
 * `history <kind> <id>`: who changed a record, when, and what — the same readable changes as the record page
 * (records.audit, and records.titles for the records the changes name).
 */
import type { AuditEntry } from '../../../common/domain/types';
import { AppError } from '../../../common/domain/errors';
import { changeLines, describeEntry } from '../../../common/domain/history';
import { labelOf } from '../../../common/domain/vocab';
import { flagOption, printJson, registerOptions, required, wholeNumberOption, type CliCommand } from '../command';
import { KIND_WORDS, parseKind } from '../kinds';

const ACTIONS = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;
/** A ULID, as records are named: the snapshots' references are looked up by it. */
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Ids of other records the snapshots name (parties, people, linked records), at most `max`. */
function referencedIds(entries: AuditEntry[], max: number): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (ids.size >= max) return;
    if (typeof value === 'string') {
      if (ID.test(value)) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const e of entries) [e.before, e.after].forEach(visit);
  return [...ids];
}

export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'What changed in a record, when and by whom',
  description: 'What changed in a record, when and by whom: each field with its old → new value, newest first.',
  configure: (command) =>
    registerOptions(command)
      .argument('<kind>', KIND_WORDS)
      .argument('<id>', 'the record id')
      .option('--limit <n>', 'at most this many changes (default 200)'),
  async run(cli) {
    const kind = parseKind(cli.args[0]);
    const id = required(cli.args[1], 'The record id', cli);
    const limit = wholeNumberOption(cli, 'limit', '--limit') ?? 200;
    const register = await cli.register('read');
    const entries = (await register.call('records.audit', { id, limit })).filter((e) => e.recordKind === kind);
    if (entries.length === 0)
      throw new AppError('NOT_FOUND', `No ${labelOf(kind).toLowerCase()} with id ${id} has any history.`);
    const ids = referencedIds(entries, 1000);
    const titles = ids.length ? await register.call('records.titles', { ids }) : [];
    const names = new Map(titles.map((t) => [t.id, t.title]));
    const described = entries.map((e) => describeEntry(e, { name: (ref) => names.get(ref) }));
    if (flagOption(cli, 'json')) {
      printJson(cli.io, { kind, id, entries: described });
      return 0;
    }
    for (const entry of described) {
      cli.io.out(`${entry.at.slice(0, 16).replace('T', ' ')} UTC  ${entry.actor}  ${ACTIONS[entry.action]}`);
      for (const change of entry.changes) for (const line of changeLines(change)) cli.io.out(`    ${line}`);
    }
    return 0;
  },
};
