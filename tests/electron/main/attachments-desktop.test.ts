/**
 * The desktop-only paths of attachments, run in plain Node against the stand-in `electron` module: the window's
 * `entente:upload` handler (electron/main/ipc.ts) staging the bytes of a picked file, and the host services that open
 * or reveal a document (electron/main/host.ts) — end to end with a real register through the same door the app uses.
 * A hostile file name never picks a folder, an oversize file is refused before it is kept, the page cannot make main
 * read a path of its choosing, and the system viewer is only ever given a verified, read-only copy in a fresh private
 * folder under the temp folder.
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../../db/store';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { IPC_PREFIX } from '../../../electron/common/contract/channels';
import { ATTACHMENT_LIMITS } from '../../../electron/common/domain/attachments';
import type { Attachment } from '../../../electron/common/domain/attachments';
import { createHostServices } from '../../../electron/main/host';
import { registerIpc, UPLOAD_CHANNEL } from '../../../electron/main/ipc';
import { appOrigins } from '../../../electron/main/security';
import type { HandlerContext } from '../../../electron/node/handlers/context';
import { UploadStore } from '../../../electron/node/services/attachments/uploads';
import { inProcessDoor } from '../../../electron/node/worker/door';
import { disguisedProgram } from '../../support/attachment-fixtures';
import { openTempDb, tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const PDF = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

let appContents: fake.FakeWebContents;
let uploads: UploadStore;
let store: Store;
let recordId: string;
let refusals: string[];

beforeEach(() => {
  fake.resetFakeElectron();
  refusals = [];
  const { db, file } = openTempDb();
  recordId = loadSeedArticle(db).technicalArrangement;
  store = Store.over(db);
  uploads = new UploadStore();
  const documents = tempDir();
  const ctx: HandlerContext = {
    store,
    databaseFile: file,
    transport: 'ipc',
    appVersion: '9.9.9',
    host: createHostServices({ parentWindow: () => undefined, defaultDir: () => documents, uploads }),
  };
  appContents = new fake.FakeWebContents();
  appContents.mainFrame.url = 'app://entente/index.html#/agreements';
  registerIpc(
    fake.ipcMain as never,
    () => inProcessDoor(() => ctx),
    { allowedOrigins: appOrigins(), isAppContents: (c) => c === (appContents as never) },
    (m) => void refusals.push(m),
    uploads,
  );
});

async function invoke(channel: string, input: unknown, event: unknown = fake.invokeEvent(appContents)) {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const bytes = (await handler(event, input)) as Uint8Array;
  return JSON.parse(new TextDecoder().decode(bytes)) as Answer;
}

const upload = (input: unknown, event?: unknown) => invoke(UPLOAD_CHANNEL, input, event);
const call = (name: string, input: unknown) => invoke(IPC_PREFIX + name, input);

/** Stages `bytes` as `name` through the window's handler and attaches it to the demo Technical Arrangement. */
async function attach(name: string, bytes: Uint8Array): Promise<Attachment> {
  const staged = await upload({ name, bytes });
  expect(staged.ok, JSON.stringify(staged.error)).toBe(true);
  const added = await call('attachments.add', { recordId, uploads: [(staged.value as { id: string }).id] });
  expect(added.ok, JSON.stringify(added.error)).toBe(true);
  return (added.value as Attachment[])[0]!;
}

/** The copy must be the only file in a fresh 0700 folder entente-open-* directly under the temp folder, 0400 itself. */
function expectVerifiedCopy(copy: string, bytes: Uint8Array) {
  const folder = path.dirname(copy);
  expect(path.dirname(folder)).toBe(os.tmpdir());
  expect(path.basename(folder)).toMatch(/^entente-open-/);
  expect(path.relative(folder, copy)).toBe(path.basename(copy));
  expect(new Uint8Array(readFileSync(copy))).toEqual(bytes);
  if (process.platform !== 'win32') {
    expect(statSync(copy).mode & 0o777).toBe(0o400);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  }
}

describe('entente:upload', () => {
  it('keeps a hostile name as a display name only: what is opened later sits in its own temp folder', async () => {
    for (const name of [
      '../../../../etc/cron.d/evil.pdf',
      '..\\..\\Windows\\System32\\evil.pdf',
      'a\u0000b\u001f.pdf',
    ]) {
      fake.shell.openedPaths = [];
      const attachment = await attach(name, PDF);
      expect(attachment.versions[0]!.fileName.length).toBeLessThanOrEqual(255);
      const opened = await call('attachments.open', { id: attachment.id });
      expect(opened).toMatchObject({ ok: true, value: { done: true } });
      expect(fake.shell.openedPaths).toHaveLength(1);
      const copy = fake.shell.openedPaths[0]!;
      expectVerifiedCopy(copy, PDF);
      const base = path.basename(copy);
      expect(base).toMatch(/\.pdf$/);
      expect([...base].filter((ch) => ch.charCodeAt(0) < 0x20 || ch === '/' || ch === '\\')).toEqual([]);
    }
    // A very long name is cut to 255 characters before it is kept.
    const long = await attach(`${'x'.repeat(400)}.pdf`, PDF);
    expect(long.versions[0]!.fileName.length).toBeLessThanOrEqual(255);
  });

  it('refuses a file over the size limit with the limit in words, and keeps nothing', async () => {
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1);
    const answer = await upload({ name: 'scan.pdf', bytes: big });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatchObject({ code: 'VALIDATION' });
    expect(answer.error!.message).toMatch(/"scan\.pdf" is 50\.0 MB|"scan\.pdf" is 50 MB/);
    expect(answer.error!.message).toContain('attachments can be at most 50 MB. Nothing was attached.');
  });

  it('never reads a path the page names: only the bytes the person picked cross', async () => {
    // A path in place of the bytes, or beside them, is refused before anything is staged.
    for (const input of [
      { name: 'passwd', bytes: '/etc/passwd' },
      { name: 'passwd', path: '/etc/passwd' },
      { name: 'hosts', bytes: { path: '/etc/hosts', length: 10 } },
      { name: 'hosts', bytes: [...PDF] },
      '/etc/passwd',
      null,
    ]) {
      const answer = await upload(input);
      expect(answer, JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'An upload needs a file name and its bytes.' },
      });
    }
    // A name that is a path outside what was picked is only a name: the bytes kept are the picked ones.
    const attachment = await attach('/etc/passwd', PDF);
    const file = store.attachmentFile(attachment.id);
    expect(file.bytes).toEqual(PDF);
    expect(file.name).toBe('passwd');
  });

  it('answers FORBIDDEN to an embedded frame or another page, and stages nothing', async () => {
    const frame = new fake.FakeWebFrame('app://entente/index.html', appContents.mainFrame);
    const foreign = new fake.FakeWebContents();
    foreign.mainFrame.url = 'https://example.org/';
    for (const event of [fake.invokeEvent(appContents, frame), fake.invokeEvent(foreign)]) {
      expect(await upload({ name: 'x.pdf', bytes: PDF }, event)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(refusals).toHaveLength(2);
  });
});

describe('opening and revealing a document', () => {
  it('opens only a verified copy, named by its content type, and reveals that copy without opening it', async () => {
    const attachment = await attach('Signed text.pdf', PDF);
    expect(await call('attachments.reveal', { id: attachment.id })).toMatchObject({ ok: true, value: { done: true } });
    expect(fake.shell.openedPaths).toEqual([]);
    expect(fake.shell.revealed).toHaveLength(1);
    expectVerifiedCopy(fake.shell.revealed[0]!, PDF);
    expect(await call('attachments.open', { id: attachment.id, page: 2 })).toMatchObject({ ok: true });
    expect(fake.shell.openedPaths).toHaveLength(1);
    expectVerifiedCopy(fake.shell.openedPaths[0]!, PDF);
    // Each opening gets a folder of its own: a viewer still reading one copy is never handed another's file.
    expect(path.dirname(fake.shell.openedPaths[0]!)).not.toBe(path.dirname(fake.shell.revealed[0]!));
  });

  it('does not open a program disguised as a PDF (nothing in it is run)', async () => {
    const attachment = await attach('minutes.pdf', disguisedProgram());
    const answer = await call('attachments.open', { id: attachment.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(answer.error!.message).toContain('Save a copy instead');
    expect(fake.shell.openedPaths).toEqual([]);
  });

  it('host: a path traversal in a file name stays inside the copy folder; a relative path is never revealed', async () => {
    const host = createHostServices({ parentWindow: () => undefined, defaultDir: () => os.tmpdir() });
    for (const name of [
      '../entente-traversal-probe.pdf',
      '..',
      '',
      '/',
      'a/../../entente-traversal-probe-2.pdf',
      'C:\\Users\\x\\..\\..\\evil.pdf',
    ]) {
      fake.shell.openedPaths = [];
      const result = await host.openFile!({ name, mime: 'application/pdf', bytes: PDF }, {});
      expect(result).toEqual({ opened: true });
      expectVerifiedCopy(fake.shell.openedPaths[0]!, PDF);
    }
    await host.revealFile!('../../etc/passwd');
    await host.revealFile!('etc/passwd');
    await host.revealFile!(path.join(os.tmpdir(), 'entente-no-such-file'));
    expect(fake.shell.revealed).toEqual([]);
  });

  it('says so when the system viewer cannot open the copy', async () => {
    fake.shell.openPathAnswer = 'No application is associated with the file';
    const attachment = await attach('Signed text.pdf', PDF);
    expect(await call('attachments.open', { id: attachment.id })).toMatchObject({ ok: true, value: { done: false } });
  });
});
