/**
 * Attachments through the real door: the database host's worker threads (writer for attach, the jobs worker for
 * extraction, whose each file runs in a limited thread of its own), uploads staged by the host, files handed back
 * through host capabilities. The register is looked at from outside (peek).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../../../electron/common/contract';
import { sha256Of } from '../../../../db/store';
import { UploadStore } from '../../../../electron/node/services/attachments/uploads';
import { workerBundle } from '../../../../electron/node/worker/bundle';
import { DatabaseHost } from '../../../../electron/node/worker/host';
import {
  corruptPdf,
  disguisedProgram,
  imageOnlyPdf,
  PAGE2_ITALIAN,
  PAGE2_JAPANESE,
  twoPagePdf,
} from '../../../support/attachment-fixtures';
import { peekOnce } from '../../../support/temp-db';

let host: DatabaseHost;
let file: string;
let recordId: string;
const uploads = new UploadStore();
const opened: { name: string; mime: string; sha256: string; page?: number }[] = [];

async function call<N extends ChannelName>(channel: N, input: Input<N>): Promise<Output<N>> {
  const reply = await host.call(channel, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}
async function refusal<N extends ChannelName>(channel: N, input: Input<N>) {
  const reply = await host.call(channel, input);
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}

beforeAll(async () => {
  // A folder of its own for the whole file (temp-db's folders are removed after each test).
  file = join(mkdtempSync(join(tmpdir(), 'entente-attach-')), 'entente.sqlite');
  host = await DatabaseHost.start({
    workerScript: await workerBundle(),
    databaseFile: file,
    transport: 'preview',
    appVersion: 'test',
    hostServices: {
      takeUpload: async (id) => uploads.take(id),
      openFile: async (f, options) => {
        opened.push({ name: f.name, mime: f.mime, sha256: sha256Of(f.bytes), ...options });
        return { opened: true };
      },
    },
  });
  const created = await call('records.create', {
    kind: 'agreement',
    draft: { title: 'Technical Arrangement on pilot training', type: 'technical_arrangement' },
  });
  recordId = created.id;
}, 120_000);

afterAll(async () => {
  await host?.close();
  if (file) rmSync(join(file, '..'), { recursive: true, force: true });
});

describe('attachments through the database host', () => {
  it('attach → extract in the jobs worker → search finds page 2 of the PDF, naming file and page', async () => {
    const pdf = await twoPagePdf();
    const [signed] = await call('attachments.add', {
      recordId,
      uploads: [uploads.put('Signed TA.pdf', pdf)],
      meta: { kind: 'signed_text', language: 'it', date: '15 Jan 2021' },
    });
    expect(signed!.versions[0]).toMatchObject({ mediaType: 'application/pdf', textState: 'pending' });
    expect(await call('attachments.extract', { recordId })).toEqual({ done: 1, more: false });
    const [after] = await call('attachments.list', { recordId });
    expect(after!.versions[0]).toMatchObject({ textState: 'text', pages: 2 });

    for (const query of ['addestramento', PAGE2_JAPANESE]) {
      const result = await call('search.query', { query });
      expect(result.hits).toHaveLength(1);
      expect(result.hits[0]).toMatchObject({
        id: recordId,
        attachment: { attachmentId: signed!.id, fileName: 'Signed TA.pdf', page: 2 },
      });
      expect(result.hits[0]!.snippet.some((s) => s.hit)).toBe(true);
    }
    expect(PAGE2_ITALIAN).toContain('addestramento');

    // Open hands the host a copy that matches the stored hash, at the page.
    await call('attachments.open', { id: signed!.id, page: 2 });
    expect(opened.at(-1)).toMatchObject({
      name: 'Signed TA.pdf',
      mime: 'application/pdf',
      page: 2,
      sha256: sha256Of(pdf),
    });
  }, 120_000);

  it('marks a scan "no text (scanned)", refuses a corrupt PDF with a reason, and never opens a disguised program', async () => {
    const added = await call('attachments.add', {
      recordId,
      uploads: [
        uploads.put('scan.pdf', await imageOnlyPdf()),
        uploads.put('broken.pdf', corruptPdf()),
        uploads.put('minutes.pdf', disguisedProgram()),
      ],
    });
    await call('attachments.extract', { recordId });
    const states = Object.fromEntries(
      (await call('attachments.list', { recordId }))
        .filter((a) => added.some((b) => b.id === a.id))
        .map((a) => [a.title, [a.versions[0]!.textState, a.versions[0]!.textReason]]),
    );
    expect(states['scan.pdf']).toEqual(['scanned', expect.stringMatching(/^No text \(scanned\)/)]);
    expect(states['broken.pdf']).toEqual(['refused', expect.stringMatching(/The PDF is damaged/)]);
    expect(states['minutes.pdf']).toEqual([
      'none',
      expect.stringMatching(/named \.pdf, but its content is a Linux program/),
    ]);
    const program = added.find((a) => a.title === 'minutes.pdf')!;
    const error = await refusal('attachments.open', { id: program.id });
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/does not open it.*Save a copy/) });
  }, 120_000);

  it('an upload id is taken once; an unknown field is refused by name; a removal is undone by restore', async () => {
    const id = uploads.put('note.txt', new TextEncoder().encode('Note verbale text'));
    const [note] = await call('attachments.add', { recordId, uploads: [id] });
    expect((await refusal('attachments.add', { recordId, uploads: [id] })).message).toMatch(/no longer waiting/);
    const strict = await refusal('attachments.add', { recordId, uploads: [id], path: '/etc/passwd' } as never);
    expect(strict.message).toMatch(/path/);
    await call('attachments.remove', { id: note!.id });
    expect((await call('attachments.list', { recordId })).map((a) => a.id)).not.toContain(note!.id);
    await call('attachments.restore', { id: note!.id });
    expect((await call('attachments.list', { recordId })).map((a) => a.id)).toContain(note!.id);
    // Text about a file holds only what every output can hold: a control character in the title or note is refused
    // with the field named (and the upload is not spent); one in the file's own name is dropped.
    const odd = uploads.put('minutes\uFFFE\u0007.txt', new TextEncoder().encode('Minutes'));
    const bell = await refusal('attachments.add', { recordId, uploads: [odd], meta: { title: 'Ring\u0007' } });
    expect(bell.message).toMatch(/Title contains U\+0007 \(an invisible control character\) at character 5/);
    const nul = await refusal('attachments.add', { recordId, uploads: [odd], meta: { note: 'a\u0000b' } });
    expect(nul.message).toMatch(/Note contains U\+0000/);
    const [minutes] = await call('attachments.add', { recordId, uploads: [odd] });
    expect(minutes!.versions[0]!.fileName).toBe('minutes.txt');
    // Seen from outside: the bytes are in the register, once, under their hash.
    const sha = note!.versions[0]!.sha256;
    expect(sha).toBe(sha256Of(new TextEncoder().encode('Note verbale text')));
    expect(
      peekOnce(file, (db) => db.prepare('SELECT count(*) AS n FROM attachment_blobs WHERE sha256 = ?').get(sha)),
    ).toEqual({ n: 1 });
  }, 60_000);
});
