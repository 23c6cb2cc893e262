/**
 * IPC: every contract channel is registered, a caller that is not the main frame of our own window
 * showing app://entente is refused before anything runs, and a proper caller gets real answers from
 * a real SQLite file.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { CONTRACT } from '../../../electron/common/contract';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../electron/common/contract/channels';
import type { HandlerContext } from '../../../electron/node/handlers/context';
import { registerIpc, type SenderPolicy } from '../../../electron/main/ipc';
import { inProcessDoor } from '../../../electron/node/worker/door';
import { appOrigins } from '../../../electron/main/security';
import { openTempDb, peek } from '../../support/temp-db';
import * as fake from './fake-electron';
import { Store } from '../../../db/store';

vi.mock('electron', () => import('./fake-electron'));

let ctx: HandlerContext;
let file: string;
let appContents: fake.FakeWebContents;
let refusals: string[];

function register(options: { allowedOrigins?: string[]; context?: () => HandlerContext | null } = {}) {
  const policy: SenderPolicy = {
    allowedOrigins: options.allowedOrigins ?? appOrigins(),
    isAppContents: (contents) => contents === (appContents as never),
  };
  const context = options.context ?? (() => ctx);
  // The same door the app uses, served in this thread so the test can look at the connection's file.
  const door = () => (context() ? inProcessDoor(() => context()!) : null);
  return registerIpc(fake.ipcMain as never, door, policy, (m) => void refusals.push(m));
}

function call(name: string, input: unknown, event: unknown = fake.invokeEvent(appContents)) {
  const handler = fake.ipcMain.handlers.get(IPC_PREFIX + name);
  if (!handler) throw new Error(`no handler for ${name}`);
  // Main hands the worker's JSON bytes on untouched; the preload decodes them.
  return (handler(event, input) as Promise<Uint8Array>).then(
    (bytes) =>
      JSON.parse(new TextDecoder().decode(bytes)) as {
        ok: boolean;
        value?: unknown;
        error?: { code: string; message: string };
      },
  );
}

beforeEach(() => {
  fake.resetFakeElectron();
  refusals = [];
  const opened = openTempDb();
  file = opened.file;
  ctx = { store: Store.over(opened.db), databaseFile: file, transport: 'ipc', appVersion: '9.9.9', host: {} };
  appContents = new fake.FakeWebContents();
  appContents.mainFrame.url = 'app://entente/index.html#/dashboard';
});

describe('registration', () => {
  it('registers exactly one handler per contract channel', () => {
    register();
    const registered = [...fake.ipcMain.handlers.keys()].sort();
    expect(registered).toEqual(CHANNEL_NAMES.map((n) => IPC_PREFIX + n).sort());
    expect(registered).toHaveLength(Object.keys(CONTRACT).length);
    expect(registered.length).toBeGreaterThan(0);
  });

  it('can be removed again (and registered afresh)', () => {
    const unregister = register();
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
    register();
    expect(fake.ipcMain.handlers.size).toBe(CHANNEL_NAMES.length);
  });
});

describe('a call from the Entente window', () => {
  it('gets a real answer from the database', async () => {
    register();
    const reply = await call('app.info', {});
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Entente',
        version: '9.9.9',
        databaseFile: file,
        schemaVersion: LATEST_SCHEMA_VERSION,
        sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/),
        isEmpty: true,
        counts: { agreement: 0, working_group: 0, programme: 0, meeting: 0, party: 0, person: 0 },
        transport: 'ipc',
      },
    });
  });

  it('writes and reads back through the same door', async () => {
    register();
    const created = await call('records.create', {
      kind: 'party',
      draft: { name: 'Italian Ministry of Defence', type: 'ministry' },
    });
    expect(created.ok).toBe(true);
    const list = await call('records.list', { kind: 'party' });
    expect(list.ok).toBe(true);
    expect((list.value as { title: string }[]).map((r) => r.title)).toEqual(['Italian Ministry of Defence']);
    expect(((await call('app.info', {})).value as { isEmpty: boolean }).isEmpty).toBe(false);
  });

  it('answers seed-article questions', async () => {
    const ids = ctx.store.loadDemo();
    register();
    const asOf = (date: string) =>
      call('status.asOf', { kind: 'programme', recordId: ids.cooperationProject, asOf: date });
    expect(await asOf('2020')).toMatchObject({ ok: true, value: { status: { status: 'development', date: '2019' } } });
    expect(await asOf('2018')).toMatchObject({ ok: true, value: { status: null } });
  });

  it('gets bad input back as a VALIDATION value, not an exception', async () => {
    register();
    const reply = await call('records.create', { kind: 'party', draft: { name: '', type: 'ministry' } });
    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('VALIDATION');
    expect(reply.error?.message).toMatch(/Name is required/);
  });

  it('is told the database is unavailable when none is open', async () => {
    register({ context: () => null });
    const reply = await call('app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});

/** What a refused write must not have changed: the records, their rows and the audit trail. */
function registerState() {
  return {
    records: peek(ctx.databaseFile).prepare('SELECT * FROM records ORDER BY id').all(),
    parties: peek(ctx.databaseFile).prepare('SELECT * FROM parties ORDER BY id').all(),
    audit: peek(ctx.databaseFile).prepare('SELECT COUNT(*) AS n FROM audit').get(),
  };
}

describe('a call from anywhere else', () => {
  const createParty = { kind: 'party', draft: { name: 'Intruder', type: 'company' } };

  async function expectForbidden(event: unknown, why: RegExp) {
    const before = registerState();
    for (const [name, input] of [
      ['app.info', {}],
      ['records.create', createParty],
      ['demo.load', {}],
    ] as const) {
      const reply = await call(name, input, event);
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(reply.error?.message).not.toMatch(/at .*\.ts/); // a sentence, not a stack trace
    }
    expect(registerState()).toEqual(before);
    expect(refusals.at(-1)).toMatch(why);
  }

  it('is refused when our window has navigated to another origin', async () => {
    register();
    for (const url of [
      'https://evil.example/',
      'file:///tmp/page.html',
      'app://other/index.html',
      'http://localhost:5173/',
    ]) {
      appContents.mainFrame.url = url;
      await expectForbidden(fake.invokeEvent(appContents), /not the Entente page/);
    }
  });

  it('is refused from a subframe, even one showing app://entente', async () => {
    register();
    const subframe = new fake.FakeWebFrame('app://entente/index.html', appContents.mainFrame);
    await expectForbidden(fake.invokeEvent(appContents, subframe), /embedded frame/);
    const orphanTop = new fake.FakeWebFrame('app://entente/index.html', null, 7);
    await expectForbidden(fake.invokeEvent(appContents, orphanTop), /embedded frame/);
  });

  it('is refused from a WebContents that is not one of our windows', async () => {
    register();
    const stranger = new fake.FakeWebContents();
    stranger.mainFrame.url = 'app://entente/index.html';
    await expectForbidden(fake.invokeEvent(stranger), /not an Entente window/);
  });

  it('is refused when the calling frame is gone', async () => {
    register();
    await expectForbidden(fake.invokeEvent(appContents, null), /page is gone/);
  });

  it('accepts the dev server only when it is configured', async () => {
    appContents.mainFrame.url = 'http://localhost:5173/#/dashboard';
    register({ allowedOrigins: appOrigins('http://localhost:5173/') });
    expect((await call('app.info', {})).ok).toBe(true);
  });
});
