/**
 * `attach <kind> <id> FILE… --db F [--title T --kind K --language L --date D --note N]`, `attachments <kind> <id>`,
 * and `extract-text --db F [--check] [--again]`. A file named on the command line is the person's own choice (the
 * same trust as the open dialog); its type is still detected from content and it is read no larger than the limit.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { basename } from 'node:path';
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
import type { Store } from '../../../../db/store';
import { attachFiles, extractPending } from '../../services/attachments';
import { parseCommandArgs, printJson, requireDb, withStore, type CliCommand, type CliIo } from '../command';
import { parseKind } from '../kinds';

/** Reads a file the person named, refusing it before reading when it is over the attachment limit. */
function readNamedFile(path: string): { name: string; bytes: Uint8Array } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('NOT_FOUND', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('VALIDATION', `${path} is not a file.`);
    if (stat.size > ATTACHMENT_LIMITS.maxBytes)
      throw new AppError('VALIDATION', tooLargeMessage(basename(path), stat.size));
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < stat.size) {
      const n = readSync(fd, bytes, at, stat.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { name: basename(path), bytes: bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}

function recordOf(store: Store, kindWord: string | undefined, id: string | undefined, usage: string): string {
  const kind = parseKind(kindWord);
  if (!id) throw new AppError('VALIDATION', `Give the record id. Usage: ${usage}`);
  return store.getRecord(kind, id).id;
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

async function extractAll(store: Store, io: CliIo, quiet: boolean): Promise<number> {
  let done = 0;
  for (;;) {
    const run = await extractPending(store, { limit: 10 });
    done += run.done;
    if (!quiet && run.done) io.err(`Read the text of ${done} file(s)…`);
    if (!run.more || run.done === 0) return done;
  }
}

export const attachCommand: CliCommand = {
  name: 'attach',
  usage: 'attach <kind> <id> FILE... --db FILE [--title T] [--kind K] [--language L] [--date D] [--note N] [--json]',
  summary: `Attach files to a record (one transaction), then read their text; kinds: ${ATTACHMENT_KINDS.join(', ')}.`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      title: { type: 'string' },
      kind: { type: 'string' },
      language: { type: 'string' },
      date: { type: 'string' },
      note: { type: 'string' },
      json: { type: 'boolean' },
    });
    const paths = positionals.slice(2);
    if (paths.length === 0) throw new AppError('VALIDATION', `Name at least one file. Usage: ${this.usage}`);
    const files = paths.map(readNamedFile);
    return withStore(requireDb(this, values.db), async (store) => {
      const recordId = recordOf(store, positionals[0], positionals[1], this.usage);
      const added = await attachFiles(store, recordId, files, {
        ...(values.title ? { title: values.title } : {}),
        ...(values.kind ? { kind: values.kind as AttachmentKind } : {}),
        ...(values.language ? { language: values.language } : {}),
        ...(values.date ? { date: values.date } : {}),
        ...(values.note ? { note: values.note } : {}),
      });
      await extractAll(store, io, values.json ?? false);
      const now = store.attachments(recordId).filter((a) => added.some((b) => b.id === a.id));
      if (values.json) printJson(io, now);
      else io.out(`Attached ${now.length} file(s):\n${now.map(describe).join('\n')}`);
      return 0;
    });
  },
};

export const attachmentsCommand: CliCommand = {
  name: 'attachments',
  usage: 'attachments <kind> <id> --db FILE [--removed] [--json]',
  summary: 'List the documents attached to a record (file, type, size, version, SHA-256, text state).',
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      removed: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    return withStore(
      requireDb(this, values.db),
      (store) => {
        const list = store.attachments(recordOf(store, positionals[0], positionals[1], this.usage), values.removed);
        if (values.json) printJson(io, list);
        else io.out(list.length === 0 ? 'No attachments.' : list.map(describe).join('\n'));
        return 0;
      },
      { readonly: true },
    );
  },
};

export const extractTextCommand: CliCommand = {
  name: 'extract-text',
  usage: 'extract-text --db FILE [--check] [--again] [--json]',
  summary:
    'Read the text of attachments still waiting (--again: all of them); --check only verifies every stored file against its SHA-256.',
  run(argv, io) {
    const { values } = parseCommandArgs(this, argv, {
      db: { type: 'string' },
      check: { type: 'boolean' },
      again: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    return withStore(
      requireDb(this, values.db),
      async (store) => {
        if (values.check) {
          const { blobs, problems } = store.checkAttachmentBlobs();
          if (values.json) printJson(io, { blobs, problems });
          else
            io.out(problems.length === 0 ? `${blobs} stored file(s) match their fingerprints.` : problems.join('\n'));
          return problems.length === 0 ? 0 : 1;
        }
        if (values.again) store.markAllExtractionsPending();
        const done = await extractAll(store, io, values.json ?? false);
        if (values.json) printJson(io, { done });
        else io.out(`Read the text of ${done} file(s).`);
        return 0;
      },
      { readonly: values.check ?? false },
    );
  },
};
