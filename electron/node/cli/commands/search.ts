/**
 * `search "query" --db FILE [filters] [--json]` and `reindex --db FILE [--check]`.
 * Hits print with their kind, date, derived status and a snippet whose matches are «marked».
 */
import { AppError } from '../../../common/domain/errors';
import { formatPartialDate } from '../../../common/domain/partial-date';
import { fieldLabel, type SearchFilters, type SearchHit, type SnippetSegment } from '../../../common/domain/search';
import { labelOf } from '../../../common/domain/vocab';
import { Store } from '../../../../db/store';
import { searchRecords } from '../../services/search/search';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand } from '../command';
import { parseKind } from '../kinds';
import { statusJson, statusText } from '../present';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** `--party` takes an id or a name ("Japan", "JASDF", "防衛省"). */
function resolveParty(store: Store, party: string): string {
  if (ULID.test(party)) return party;
  const found = store.partiesNamed(party);
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0)
    throw new AppError('NOT_FOUND', `No party named “${party}”. Give its exact name, short name, native name or id.`);
  throw new AppError(
    'VALIDATION',
    `“${party}” names ${found.length} parties: ${found.map((p) => `${p.name} (${p.id})`).join(', ')}. Give the id.`,
  );
}

const OPTIONS_WITH_VALUE = new Set([
  '--db',
  '--kind',
  '--party',
  '--from',
  '--to',
  '--status',
  '--as-of',
  '--area',
  '--type',
  '--limit',
]);

/** "-japan" is a query word, not an option: move such words after "--" so the option parser leaves them alone. */
function queryWordsLast(argv: string[]): string[] {
  const options: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    const name = arg.split('=')[0]!;
    if (OPTIONS_WITH_VALUE.has(name)) {
      options.push(arg);
      if (!arg.includes('=') && i + 1 < argv.length) options.push(argv[++i]!);
    } else if (arg === '--json' || (arg.startsWith('--') && arg.length > 2)) options.push(arg);
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
    : hit.field
      ? `${fieldLabel(hit.field)}: `
      : '';
  return [
    `${n}. ${labelOf(hit.kind)} · ${marked(hit.titleSegments)}${date}${status}`,
    `   ${where}${marked(hit.snippet)}`,
    `   id ${hit.id}`,
  ].join('\n');
}

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search "QUERY" --db FILE [--kind K] [--party P] [--from D] [--to D] [--status S] [--json]',
  summary:
    'Full-text search of every record ("phrase", prefix*, OR, -word, 日本語); also --as-of D, --area A, --type T, --limit N.',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, queryWordsLast(argv), {
      db: { type: 'string' },
      json: { type: 'boolean' },
      kind: { type: 'string', multiple: true },
      party: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      area: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      limit: { type: 'string' },
    });
    const query = positionals.join(' ');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw new AppError('VALIDATION', '--limit must be a whole number from 1 to 200.');
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const filters: SearchFilters = {
          ...(values.kind ? { kinds: values.kind.map(parseKind) } : {}),
          ...(values.party ? { partyId: resolveParty(store, values.party) } : {}),
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
          ...(values.status ? { statuses: values.status } : {}),
          ...(values['as-of'] ? { statusAsOf: values['as-of'] } : {}),
          ...(values.area ? { areas: values.area as SearchFilters['areas'] } : {}),
          ...(values.type ? { types: values.type } : {}),
        };
        const result = searchRecords(store, { query, filters, limit });
        if (values.json) {
          printJson(io, {
            query,
            filters,
            count: result.hits.length,
            hasMore: result.hasMore,
            notes: result.notes,
            hits: result.hits.map(hitJson),
          });
          return 0;
        }
        for (const note of result.notes) io.err(`note: ${note}`);
        if (result.hits.length === 0) {
          io.out(`No records match “${query}”.`);
          return 0;
        }
        io.out(`${result.hits.length}${result.hasMore ? '+' : ''} result(s) for “${query}”:\n`);
        io.out(result.hits.map((hit, i) => hitText(hit, i + 1)).join('\n\n'));
        return 0;
      },
      { readonly: true },
    );
  },
};

export const reindexCommand: CliCommand = {
  name: 'reindex',
  usage: 'reindex --db FILE [--check] [--json]',
  summary: 'Rebuild the search index from the records (with --check: only check it, deeply, and change nothing).',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      check: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    return withStore(requireDb(this, values.db), (store) => {
      if (values.check) {
        const check = store.checkSearchIndex({ repair: false, deep: true });
        if (values.json) printJson(io, check);
        else io.out(check.ok ? `The search index is sound (checked in ${check.ms} ms).` : check.problems.join('\n'));
        return check.ok ? 0 : 1;
      }
      const report = store.rebuildSearchIndex();
      if (values.json) printJson(io, report);
      else io.out(`Rebuilt the search index: ${report.records} record(s) in ${report.ms} ms.`);
      return 0;
    });
  },
};
