/**
 * `import-sheet`: bring a register kept in Excel or CSV in from a terminal — the same plan and the same one-change
 * import as the app's wizard, through dispatch() (sheets.open, sheets.preview, sheets.import), so the contract checks
 * every input here as it does for the window. Without --map the columns are recognised by their headers; --save-map
 * writes the mapping used (the wizard saves the same JSON) to edit and pass back with --map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { isSheetKind, MAPPING_FORMAT, mappingSchema, type SheetMapping } from '../../../common/domain/sheets/mapping';
import type { SheetImportOutcome, SheetPreview } from '../../../common/domain/sheets/views';
import type { ChannelName, Input, Output } from '../../../common/contract';
import type { HandlerContext } from '../../handlers/context';
import { dispatch } from '../../handlers/dispatch';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand, type CliIo } from '../command';
import { parseKind } from '../kinds';

async function call<N extends ChannelName>(ctx: HandlerContext, channel: N, input: Input<N>): Promise<Output<N>> {
  const reply = await dispatch(ctx, channel, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.message);
  return reply.value as Output<N>;
}

function readMapping(path: string): SheetMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Cannot read the mapping ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      `${path} is not a sheet mapping: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** `--dates "Date of signature=mdy"`: a date column's order, when its values do not decide it. */
function withDateOrders(mapping: SheetMapping, orders: readonly string[]): SheetMapping {
  if (orders.length === 0) return mapping;
  const wanted = new Map(
    orders.map((o) => {
      const m = /^(.*)=(dmy|mdy)$/i.exec(o);
      if (!m) throw new AppError('VALIDATION', `--dates takes COLUMN=dmy or COLUMN=mdy, not “${o}”.`);
      return [m[1]!.trim(), m[2]!.toLowerCase() as 'dmy' | 'mdy'];
    }),
  );
  for (const column of wanted.keys())
    if (!mapping.columns.some((c) => c.column === column))
      throw new AppError('VALIDATION', `--dates names “${column}”, which is not a column of the sheet.`);
  return {
    ...mapping,
    columns: mapping.columns.map((c) => (wanted.has(c.column) ? { ...c, dateOrder: wanted.get(c.column)! } : c)),
  };
}

function printOutcome(io: CliIo, outcome: SheetImportOutcome, preview: SheetPreview): void {
  const c = outcome.counts;
  io.out(outcome.dryRun ? 'Dry run — nothing was written.' : `Imported: ${outcome.label}.`);
  io.out(`  To create:  ${c.create}`);
  io.out(`  To update:  ${c.update}`);
  io.out(`  Unchanged:  ${c.unchanged}`);
  io.out(`  Skipped:    ${c.skip}  (empty rows, rows repeating an earlier row)`);
  io.out(`  Rejected:   ${c.error}  (rows with errors; the others are imported)`);
  io.out(`  New parties: ${c.newParties}; rows with warnings: ${c.warnings}`);
  for (const d of preview.dateColumns)
    io.out(
      `  Dates in “${d.column}”: read ${d.using === 'mdy' ? 'month first' : d.using === 'dmy' ? 'day first' : 'as written'}`,
    );
  for (const item of outcome.changed.filter((x) => x.action === 'update').slice(0, 50))
    io.out(`  ~ row ${item.row} “${item.title}”: ${item.fields.join(', ')}`);
  for (const e of outcome.errors.slice(0, 50))
    io.out(`  ! row ${e.row}, ${e.column}${e.value ? ` “${e.value}”` : ''}: ${e.reason}`);
  if (outcome.errors.length > 50) io.out(`  … and ${outcome.errors.length - 50} more problems (--json lists them).`);
  const created = preview.parties.filter((p) => p.outcome === 'create');
  if (created.length > 0)
    io.out(
      `  Parties to create (${created.length}): ${created
        .slice(0, 20)
        .map((p) => p.name)
        .join('; ')}${created.length > 20 ? '; …' : ''}`,
    );
}

export const importSheetCommand: CliCommand = {
  name: 'import-sheet',
  usage:
    'import-sheet --db FILE --in SHEET.xlsx|.csv --kind agreements|meetings|programmes|working-groups|parties [--sheet NAME] [--map MAPPING.json] [--dates "COLUMN=dmy|mdy"]… [--save-map FILE] [--dry-run] [--json]',
  summary: 'Import a register kept in Excel or CSV (one undoable change; a second import updates, never duplicates).',
  async run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      in: { type: 'string' },
      kind: { type: 'string' },
      sheet: { type: 'string' },
      map: { type: 'string' },
      dates: { type: 'string', multiple: true },
      'save-map': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = requireDb(this, values.db);
    if (!values.in) throw new AppError('VALIDATION', `--in FILE is required. Usage: ${this.usage}`);
    const kind = parseKind(values.kind);
    if (!isSheetKind(kind)) throw new AppError('VALIDATION', 'People are not imported from sheets.');
    const path = resolve(values.in);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new AppError('NOT_FOUND', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const fileName = basename(path);
    const given = values.map ? readMapping(values.map) : undefined;
    return withStore(file, async (store) => {
      const ctx: HandlerContext = { store, databaseFile: file, transport: 'ipc', appVersion: 'cli', host: {} };
      const data = bytes.toString('base64');
      const opened = await call(ctx, 'sheets.open', { fileName, data });
      const sheet = values.sheet ?? given?.sheet ?? opened.sheets[0]!.name;
      const plan = { fileName, sheet, kind };
      const first = await call(ctx, 'sheets.preview', {
        fileId: opened.fileId,
        ...plan,
        ...(given ? { mapping: given } : {}),
        page: 0,
        pageSize: 1,
      });
      const mapping = withDateOrders(given ?? first.mapping, values.dates ?? []);
      if (values['save-map']) {
        writeFileSync(
          values['save-map'],
          `${JSON.stringify({ format: MAPPING_FORMAT, version: 1, ...mapping }, null, 2)}\n`,
        );
        io.err(`Mapping written to ${values['save-map']}.`);
      }
      const preview = await call(ctx, 'sheets.preview', {
        fileId: opened.fileId,
        ...plan,
        mapping,
        page: 0,
        pageSize: 1,
      });
      const undecided = preview.dateColumns.filter(
        (d) => d.using === null && (d.order === 'ask' || d.order === 'conflict'),
      );
      if (undecided.length > 0)
        throw new AppError(
          'VALIDATION',
          `Nothing decides whether ${undecided
            .map(
              (d) =>
                `“${d.column}” (e.g. ${[...d.examples.ambiguous, ...d.examples.dayFirst, ...d.examples.monthFirst].slice(0, 3).join(', ')})`,
            )
            .join(
              ' and ',
            )} ${undecided.length > 1 ? 'are' : 'is'} day-first or month-first: add --dates "${undecided[0]!.column}=dmy" (or =mdy).`,
        );
      const outcome = await call(ctx, 'sheets.import', {
        data,
        ...plan,
        mapping,
        dryRun: values['dry-run'] ?? false,
      });
      if (values.json) printJson(io, { ...outcome, parties: preview.parties, dateColumns: preview.dateColumns });
      else printOutcome(io, outcome, preview);
      return 0;
    });
  },
};
