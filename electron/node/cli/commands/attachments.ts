/**
 * `attach <kind> <id> FILE… --db F [--title T --kind K --language L --date D --note N]`, `attachments <kind> <id>`,
 * and `extract-text --db F [--check] [--again]`, through dispatch() (attachments.*, records.get, integrity.check).
 * A file named on the command line is the person's own choice (the same trust as the open dialog): the command reads
 * it, refusing it before reading when it is over the limit, and hands its bytes over as an upload; its type is
 * detected from content by the register, as for the app's files.
 */
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LIMITS,
  describeType,
  tooLargeMessage,
  type Attachment,
  type AttachmentKind,
} from '../../../common/domain/attachments';
import { AppError } from '../../../common/domain/errors';
import { formatPartialDate } from '../../../common/domain/partial-date';
import {
  flagOption,
  printJson,
  registerOptions,
  textOption,
  type CliCommand,
  type CliIo,
  type CliRun,
  type Register,
} from '../command';
import { readNamedFile } from '../files';
import { KIND_WORDS, parseKind } from '../kinds';

/** The record named by `<kind> <id>`: its id, once the register confirms a record of that kind has it. */
async function recordOf(cli: CliRun, register: Register): Promise<string> {
  const kind = parseKind(cli.args[0]);
  const id = cli.args[1];
  if (!id) throw new AppError('VALIDATION', `Give the record id. Usage: ${cli.usage}`);
  return (await register.call('records.get', { kind, id })).id;
}

function describe(a: Attachment): string {
  const v = a.versions[0]!;
  const text =
    v.textState === 'text'
      ? `text: ${v.pages || 1} page(s)`
      : `${v.textState}${v.textReason ? `: ${v.textReason}` : ''}`;
  return [
    `${a.title} — ${a.kind}${a.date !== 'XXXX' ? `, ${formatPartialDate(a.date)}` : ''}${a.language ? `, ${a.language}` : ''}`,
    `   ${v.fileName} · ${describeType(v.mediaType)} · ${v.size.toLocaleString('en')} bytes · v${v.version} · SHA-256 ${v.sha256.slice(0, 12)}… · ${text}`,
    `   id ${a.id}${a.removedAt ? ' (removed)' : ''}`,
  ].join('\n');
}

/** Reads the text of every waiting file (attachments.extract, a batch at a time); how many were read. */
async function extractAll(register: Register, io: CliIo, quiet: boolean, again = false): Promise<number> {
  let done = 0;
  for (let first = true; ; first = false) {
    const run = await register.call('attachments.extract', first && again ? { again: true } : {});
    done += run.done;
    if (!quiet && run.done) io.err(`Read the text of ${done} file(s)…`);
    if (!run.more || run.done === 0) return done;
  }
}

const withRecord = (command: Parameters<CliCommand['configure']>[0]) =>
  registerOptions(command).argument('<kind>', KIND_WORDS).argument('<id>', 'the record id');

export const attachCommand: CliCommand = {
  name: 'attach',
  summary: 'Attach files to a record, then read their text',
  description: `Attach files to a record (one transaction), then read their text; kinds: ${ATTACHMENT_KINDS.join(', ')}.`,
  configure: (command) =>
    withRecord(command)
      .argument('<files...>', 'the files to attach')
      .option('--title <text>', 'the title (default: the file name)')
      .option('--kind <kind>', `what the document is: ${ATTACHMENT_KINDS.join(', ')}`)
      .option('--language <language>', 'its language ("it", "Japanese")')
      .option('--date <date>', 'its date (a partial date is allowed: "Jan 2021")')
      .option('--note <text>', 'a note'),
  async run(cli) {
    const paths = cli.args.slice(2);
    if (paths.length === 0) throw new AppError('VALIDATION', `Name at least one file. Usage: ${cli.usage}`);
    const files = paths.map((path) => readNamedFile(path, ATTACHMENT_LIMITS.maxBytes, tooLargeMessage));
    const register = await cli.register('write');
    const recordId = await recordOf(cli, register);
    const meta = Object.fromEntries(
      (['title', 'kind', 'language', 'date', 'note'] as const)
        .map((name) => [name, textOption(cli, name)] as const)
        .filter(([, value]) => value !== undefined),
    ) as { title?: string; kind?: AttachmentKind; language?: string; date?: string; note?: string };
    const added = await register.call('attachments.add', {
      recordId,
      uploads: files.map((file) => register.upload(file)),
      ...(Object.keys(meta).length ? { meta } : {}),
    });
    const json = flagOption(cli, 'json');
    await extractAll(register, cli.io, json);
    const now = (await register.call('attachments.list', { recordId })).filter((a) => added.some((b) => b.id === a.id));
    if (json) printJson(cli.io, now);
    else cli.io.out(`Attached ${now.length} file(s):\n${now.map(describe).join('\n')}`);
    return 0;
  },
};

export const attachmentsCommand: CliCommand = {
  name: 'attachments',
  summary: "List a record's attached documents",
  description: 'List the documents attached to a record (file, type, size, version, SHA-256, text state).',
  configure: (command) => withRecord(command).option('--removed', 'include removed ones'),
  async run(cli) {
    const register = await cli.register('read');
    const recordId = await recordOf(cli, register);
    const list = await register.call('attachments.list', { recordId, includeRemoved: flagOption(cli, 'removed') });
    if (flagOption(cli, 'json')) printJson(cli.io, list);
    else cli.io.out(list.length === 0 ? 'No attachments.' : list.map(describe).join('\n'));
    return 0;
  },
};

export const extractTextCommand: CliCommand = {
  name: 'extract-text',
  summary: "Read attachments' text, or --check their bytes",
  description:
    'Read the text of attachments still waiting (--again: all of them); --check only verifies every stored file against its SHA-256.',
  configure: (command) =>
    registerOptions(command)
      .option('--check', 'verify every stored file against its SHA-256 (exit 1 on a mismatch)')
      .option('--again', 'read the text of every file again'),
  async run(cli) {
    const json = flagOption(cli, 'json');
    if (flagOption(cli, 'check')) {
      const register = await cli.register('read');
      const report = await register.call('integrity.check', {});
      const check = report.checks.find((c) => c.name === 'attachments');
      // Without an attachments check, an earlier one failed and the files were not read: that problem is the answer.
      const ok = check?.ok ?? false;
      const detail = check ? check.detail : (report.problem ?? 'The register could not be checked.');
      if (json) printJson(cli.io, { ok, detail });
      else cli.io.out(ok ? `${detail}.` : detail);
      return ok ? 0 : 1;
    }
    const register = await cli.register('write');
    const done = await extractAll(register, cli.io, json, flagOption(cli, 'again'));
    if (json) printJson(cli.io, { done });
    else cli.io.out(`Read the text of ${done} file(s).`);
    return 0;
  },
};
