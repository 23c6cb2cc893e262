/**
 * `search "query" --db FILE [filters] [--json]` (search.query) and `reindex --db FILE [--check]` (search.reindex).
 * Hits print with their kind, date, derived status and a snippet whose matches are «marked».
 */
import type { Command } from 'commander';
import { formatPartialDate } from '../../../common/domain/partial-date';
import type { SearchFilters, SearchHit, SnippetSegment } from '../../../common/domain/search';
import { fieldLabel } from '../../../common/domain/search';
import { labelOf } from '../../../common/domain/vocab';
import {
  collect,
  flagOption,
  listOption,
  printJson,
  registerOptions,
  textOption,
  wholeNumberOption,
  type CliCommand,
} from '../command';
import { parseKind } from '../kinds';
import { resolveParty } from '../parties';
import { statusJson, statusText } from '../present';

/**
 * "-japan" is a query word, not an option: words go after "--" so the option parser leaves them alone. Which
 * options take a value is read from the command's own declarations.
 */
function queryWordsLast(argv: string[], command: Command): string[] {
  const takesValue = new Set(command.options.filter((o) => o.required || o.optional).map((o) => o.long));
  const known = new Set([...command.options.map((o) => o.long), '--help']);
  const options: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    const name = arg.split('=')[0]!;
    if (takesValue.has(name)) {
      options.push(arg);
      if (!arg.includes('=') && i + 1 < argv.length) options.push(argv[++i]!);
    } else if (known.has(name) || arg === '-h' || (arg.startsWith('--') && arg.length > 2)) options.push(arg);
    else words.push(arg);
  }
  return [...options, '--', ...words];
}

export function marked(segments: readonly SnippetSegment[]): string {
  return segments.map((s) => (s.hit ? `«${s.text}»` : s.text)).join('');
}

function hitJson(hit: SearchHit) {
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    subtitle: hit.subtitle,
    date: hit.date,
    dateText: formatPartialDate(hit.date),
    status: statusJson(hit.status),
    field: hit.field,
    fieldLabel: hit.field ? fieldLabel(hit.field) : null,
    ...(hit.snippetField ? { snippetField: hit.snippetField, snippetFieldLabel: fieldLabel(hit.snippetField) } : {}),
    snippet: marked(hit.snippet),
    segments: hit.snippet,
    matchedFields: hit.matchedFields,
    score: hit.score,
    ...(hit.attachment ? { attachment: hit.attachment } : {}),
  };
}

function hitText(hit: SearchHit, n: number): string {
  const date = hit.date === 'XXXX' ? '' : ` — ${formatPartialDate(hit.date)}`;
  const status = hit.status ? ` · ${statusText(hit.status)}` : '';
  const where = hit.attachment
    ? `in “${hit.attachment.fileName}”${hit.attachment.page ? `, page ${hit.attachment.page}` : ''}: `
    : (hit.snippetField ?? hit.field)
      ? `${fieldLabel(hit.snippetField ?? hit.field!)}: `
      : '';
  return [
    `${n}. ${labelOf(hit.kind)} · ${marked(hit.titleSegments)}${date}${status}`,
    `   ${where}${marked(hit.snippet)}`,
    `   id ${hit.id}`,
  ].join('\n');
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Full-text search of every record',
  description: 'Full-text search of every record: words, "phrases", prefix*, OR, -word, 日本語; with filters.',
  configure: (command) =>
    registerOptions(command)
      .argument('[query...]', 'what to look for ("" with filters alone lists what they match)')
      .option('--kind <kind>', 'only records of this kind (repeatable)', collect)
      .option('--party <name|id>', 'only records involving this party or a party under it')
      .option('--from <date>', 'only records with something dated on or after this date')
      .option('--to <date>', 'only records with something dated on or before this date')
      .option('--status <status>', 'only records with this status (repeatable)', collect)
      .option('--as-of <date>', 'with --status: the status on this date instead of today')
      .option('--area <area>', 'only this cooperation area (repeatable)', collect)
      .option('--type <type>', 'only this type, e.g. technical_arrangement (repeatable)', collect)
      .option('--limit <n>', 'at most this many hits (1-200; default 20)'),
  prepare: queryWordsLast,
  async run(cli) {
    const query = cli.args.join(' ');
    const limit = wholeNumberOption(cli, 'limit', '--limit') ?? 20;
    const kinds = listOption(cli, 'kind')?.map(parseKind);
    const register = await cli.register('read');
    const party = textOption(cli, 'party');
    const filters: SearchFilters = {
      ...(kinds ? { kinds } : {}),
      ...(party ? { partyId: await resolveParty(register, party) } : {}),
      ...(textOption(cli, 'from') ? { from: textOption(cli, 'from') } : {}),
      ...(textOption(cli, 'to') ? { to: textOption(cli, 'to') } : {}),
      ...(listOption(cli, 'status') ? { statuses: listOption(cli, 'status') } : {}),
      ...(textOption(cli, 'asOf') ? { statusAsOf: textOption(cli, 'asOf') } : {}),
      ...(listOption(cli, 'area') ? { areas: listOption(cli, 'area') as SearchFilters['areas'] } : {}),
      ...(listOption(cli, 'type') ? { types: listOption(cli, 'type') } : {}),
    };
    const result = await register.call('search.query', { query, filters, limit });
    if (flagOption(cli, 'json')) {
      printJson(cli.io, {
        query,
        filters,
        count: result.hits.length,
        hasMore: result.hasMore,
        notes: result.notes,
        hits: result.hits.map(hitJson),
      });
      return 0;
    }
    for (const note of result.notes) cli.io.err(`note: ${note}`);
    if (result.hits.length === 0) {
      cli.io.out(`No records match “${query}”.`);
      return 0;
    }
    cli.io.out(`${result.hits.length}${result.hasMore ? '+' : ''} result(s) for “${query}”:\n`);
    cli.io.out(result.hits.map((hit, i) => hitText(hit, i + 1)).join('\n\n'));
    return 0;
  },
};

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'Rebuild (or --check) the search index',
  description: 'Rebuild the search index from the records; --check only checks it, deeply, changing nothing.',
  configure: (command) =>
    registerOptions(command).option('--check', 'only check the index (recomputing every record’s text)'),
  async run(cli) {
    const check = flagOption(cli, 'check');
    // Even the check needs a writable connection (FTS5's own check runs in a savepoint that is rolled back), but it
    // changes nothing: it opens the register as it is, without claiming it; a rebuild claims it.
    const register = await cli.register(check ? 'unmigrated' : 'write');
    const report = await register.call('search.reindex', check ? { checkOnly: true, deep: true } : {});
    if (flagOption(cli, 'json')) printJson(cli.io, report);
    else if (check)
      cli.io.out(report.ok ? `The search index is sound (checked in ${report.ms} ms).` : report.problems.join('\n'));
    else cli.io.out(`Rebuilt the search index: ${report.records} record(s) in ${report.ms} ms.`);
    return report.ok ? 0 : 1;
  },
};
