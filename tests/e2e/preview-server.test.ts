/**
 * The preview server's guards, over real HTTP against a real temp database: token required on every API
 * call, foreign Host headers refused (DNS rebinding), traversal refused, JSON only, size limit, and a valid
 * call answered through the same dispatch as IPC.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/node/preview/csp';
import { MAX_BODY_BYTES, startPreviewServer, type PreviewServer } from '../../electron/node/preview/server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  server: PreviewServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A POST with the token and a JSON content type, as the page sends: only the body varies. */
const postJson = (server: PreviewServer, path: string, body: string | Buffer) =>
  raw(server, {
    method: 'POST',
    path,
    headers: { 'X-Entente-Token': server.token, 'Content-Type': 'application/json' },
    body,
  });

const api = (server: PreviewServer, channel: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(server, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Entente-Token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Entente</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-MARKER');
    server = await startPreviewServer({ dbFile: join(dir, 'test.sqlite'), build: false, rendererDir, quiet: true });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL carrying a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('answers a valid call with data from the database', async () => {
    const info = await api(server, 'app.info', {});
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { isEmpty: true, transport: 'preview' } });
    const created = await api(server, 'records.create', { kind: 'party', draft: { name: 'Italy', type: 'state' } });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { kind: 'party', name: 'Italy' } });
    const list = JSON.parse((await api(server, 'records.list', { kind: 'party' })).body) as {
      value: { title: string }[];
    };
    expect(list.value.map((r) => r.title)).toEqual(['Italy']);
  });

  it('validates input exactly like IPC: errors come back as values with field paths', async () => {
    const answer = JSON.parse(
      (await api(server, 'records.create', { kind: 'agreement', draft: { title: '', type: 'mou' } })).body,
    );
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.fields.map((f: { path: string }) => f.path)).toContain('draft.title');
    const unknown = JSON.parse((await api(server, 'records.dropAll', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const none = await raw(server, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    const wrong = await api(server, 'app.info', {}, { 'X-Entente-Token': 'x'.repeat(32) });
    expect(wrong.status).toBe(401);
    const list = await api(server, 'records.list', { kind: 'party' }, { 'X-Entente-Token': '' });
    expect(list.status).toBe(401);
  });

  it('refuses a foreign Host header (403), for pages and API alike', async () => {
    const evil = await api(server, 'app.info', {}, { Host: `evil.example:${server.port}` });
    expect(evil.status).toBe(403);
    const page = await raw(server, { path: '/', headers: { Host: 'attacker.test' } });
    expect(page.status).toBe(403);
    const otherPort = await raw(server, { path: '/', headers: { Host: `127.0.0.1:${server.port + 1}` } });
    expect(otherPort.status).toBe(403);
    const localhost = await raw(server, { path: '/', headers: { Host: `localhost:${server.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('serves the app with the same CSP as the desktop app, and rejects path traversal', async () => {
    const index = await raw(server, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Entente</title>');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
    expect((await raw(server, { path: '/assets/app.js' })).status).toBe(200);
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
    ]) {
      const answer = await raw(server, { path });
      expect(answer.status, path).toBe(400);
      expect(answer.body).not.toContain('TOP-SECRET-MARKER');
    }
    expect((await raw(server, { path: '/nope.js' })).status).toBe(404);
  });

  it('accepts only POST with application/json under the size limit', async () => {
    expect(
      (await raw(server, { method: 'GET', path: '/api/app.info', headers: { 'X-Entente-Token': server.token } }))
        .status,
    ).toBe(405);
    const form = await raw(server, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'X-Entente-Token': server.token, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const tooBig = await postJson(server, '/api/app.info', big);
    expect(tooBig.status).toBe(413);
    const broken = await postJson(server, '/api/app.info', '{not json');
    expect(broken.status).toBe(400);
  });

  it('a malformed channel path: 401 without the token, 400 with it — never a failure of the server', async () => {
    const noToken = await raw(server, { method: 'POST', path: '/api/%E0%A4%A', body: '{}' });
    expect(noToken.status).toBe(401);
    const withToken = await postJson(server, '/api/%E0%A4%A', '{}');
    expect(withToken.status).toBe(400);
    expect(withToken.body).not.toMatch(/URIError|\bat .*\.ts:/);
  });

  it('delivers a produced file once through a one-time download address that is not the API token', async () => {
    const delivered = await server.hostServices.deliverFile?.({
      name: 'report.csv',
      mime: 'text/csv',
      bytes: new TextEncoder().encode('a,b\n1,2\n'),
    });
    expect(delivered?.saved).toBe(true);
    const url = delivered?.downloadUrl ?? '';
    expect(url).toMatch(/^\/download\/[A-Za-z0-9_-]{24}$/);
    expect(url).not.toContain(server.token);
    expect((await raw(server, { path: '/download/AAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(404);
    expect((await raw(server, { path: '/download/../api/app.info' })).status).not.toBe(200);
    const first = await raw(server, { path: url });
    expect(first.status).toBe(200);
    expect(first.body).toBe('a,b\n1,2\n');
    expect(first.headers['content-disposition']).toContain('report.csv');
    expect((await raw(server, { path: url })).status).toBe(404);
  });
});
