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
import {
  collect,
  fileProblem,
  flagOption,
  printJson,
  registerOptions,
  required,
  textOption,
  type CliCommand,
  type CliIo,
} from '../command';
import { parseKind } from '../kinds';

function readMapping(path: string): SheetMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Cannot read the mapping ${path}: ${error instanceof SyntaxError ? 'it is not JSON' : fileProblem(error, 'read')}.`,
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
  // The merge rule (electron/common/domain/sheets/compose.ts), said where it matters: a blank cell or a name left out
  // of an edited copy is not read as "remove", so a person who cleared one learns how to take it away.
  if (c.update > 0 || c.unchanged > 0)
    io.out(
      '  An import adds and corrects; it never removes a party, a date or a status a record has: remove those on the record.',
    );
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
  summary: 'Import a register kept in Excel or CSV',
  description:
    'Import a register kept in Excel or CSV: one undoable change; importing the file again updates the records it made, never duplicates them.',
  configure: (command) =>
    registerOptions(command)
      .option('--in <file>', 'the sheet to read: .xlsx or .csv (required)')
      .option('--kind <kind>', 'agreements, meetings, programmes, working-groups or parties (required)')
      .option('--sheet <name>', "the worksheet (default: the mapping's, else the first)")
      .option('--map <file>', 'a mapping saved by the wizard or by --save-map (default: recognise the headers)')
      .option('--dates <column=order>', "a date column's order when its values do not decide it: dmy or mdy", collect)
      .option('--save-map <file>', 'write the mapping used, to edit and pass back with --map')
      .option('--dry-run', 'report what would change, write nothing'),
  async run(cli) {
    const io = cli.io;
    const input = required(textOption(cli, 'in'), '--in SHEET.xlsx|.csv', cli);
    const kind = parseKind(required(textOption(cli, 'kind'), '--kind', cli));
    if (!isSheetKind(kind)) throw new AppError('VALIDATION', 'People are not imported from sheets.');
    const path = resolve(input);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new AppError('NOT_FOUND', `Cannot read ${path}: ${fileProblem(error, 'read')}.`);
    }
    const fileName = basename(path);
    const mapFile = textOption(cli, 'map');
    const given = mapFile ? readMapping(mapFile) : undefined;
    const register = await cli.register('create');
    const data = bytes.toString('base64');
    const opened = await register.call('sheets.open', { fileName, data });
    const sheet = textOption(cli, 'sheet') ?? given?.sheet ?? opened.sheets[0]!.name;
    const plan = { fileName, sheet, kind };
    const first = await register.call('sheets.preview', {
      fileId: opened.fileId,
      ...plan,
      ...(given ? { mapping: given } : {}),
      page: 0,
      pageSize: 1,
    });
    const dates = Array.isArray(cli.opts.dates) ? (cli.opts.dates as string[]) : [];
    const mapping = withDateOrders(given ?? first.mapping, dates);
    const saveMap = textOption(cli, 'saveMap');
    if (saveMap) {
      try {
        writeFileSync(saveMap, `${JSON.stringify({ format: MAPPING_FORMAT, version: 1, ...mapping }, null, 2)}\n`);
      } catch (error) {
        throw new AppError('VALIDATION', `Cannot write the mapping to ${saveMap}: ${fileProblem(error, 'write')}.`);
      }
      io.err(`Mapping written to ${saveMap}.`);
    }
    const preview = await register.call('sheets.preview', {
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
    const outcome = await register.call('sheets.import', { data, ...plan, mapping, dryRun: flagOption(cli, 'dryRun') });
    if (flagOption(cli, 'json'))
      printJson(io, { ...outcome, parties: preview.parties, dateColumns: preview.dateColumns });
    else printOutcome(io, outcome, preview);
    return 0;
  },
};
