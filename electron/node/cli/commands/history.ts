/** `history <kind> <id>`: who changed a record, when, and what — the same readable changes as the record page. */
import { AppError } from '../../../common/domain/errors';
import { changeLines, describeEntry } from '../../../common/domain/history';
import { labelOf } from '../../../common/domain/vocab';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand } from '../command';
import { parseKind } from '../kinds';

const ACTIONS = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;

export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'history <kind> <id> --db FILE [--limit N] [--json]',
  summary: 'What changed in a record, when and by whom: each field with its old → new value.',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const kind = parseKind(positionals[0]);
    const id = positionals[1];
    if (!id) throw new AppError('VALIDATION', `Give the record id. Usage: ${this.usage}`);
    const limit = values.limit === undefined ? 200 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new AppError('VALIDATION', `--limit must be a whole number from 1 to 10000. Usage: ${this.usage}`);
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const entries = store.recordAudit(id, limit).filter((e) => e.recordKind === kind);
        if (entries.length === 0)
          throw new AppError('NOT_FOUND', `No ${labelOf(kind).toLowerCase()} with id ${id} has any history.`);
        const names = new Map(store.recordTitles().map((t) => [t.id, t.title]));
        const described = entries.map((e) => describeEntry(e, { name: (ref) => names.get(ref) }));
        if (values.json) {
          printJson(io, { kind, id, entries: described });
          return 0;
        }
        for (const entry of described) {
          io.out(`${entry.at.slice(0, 16).replace('T', ' ')} UTC  ${entry.actor}  ${ACTIONS[entry.action]}`);
          for (const change of entry.changes) for (const line of changeLines(change)) io.out(`    ${line}`);
        }
        return 0;
      },
      { readonly: true },
    );
  },
};
