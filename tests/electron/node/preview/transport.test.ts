/**
 * The preview transport's refusals, seen from the data's side: write requests without the
 * token, with a wrong one, or addressed to a foreign Host (DNS rebinding) are refused and
 * change nothing — not a record, not the audit trail, not the undo history. (The preview
 * server's own suite, tests/e2e/preview-server.test.ts, covers its other guards.)
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../db/demo/seed-article';
import { openDatabase } from '../../../../db/store/open';
import { startPreviewServer, type PreviewServer } from '../../../../electron/node/preview/server';
import { allRows } from '../../../safety/support';
import { peek } from '../../../support/temp-db';

let server: PreviewServer;
// Made here rather than with tests/support tempDir(), which is emptied after every test.
const dir = mkdtempSync(join(tmpdir(), 'entente-'));

function post(
  channel: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          Host: `127.0.0.1:${server.port}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let data = '';
        res
          .setEncoding('utf8')
          .on('data', (c: string) => (data += c))
          .on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) as never }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

beforeAll(async () => {
  const dbFile = join(dir, 'entente.sqlite');
  const db = openDatabase(dbFile);
  loadSeedArticle(db);
  db.close();
  mkdirSync(join(dir, 'renderer')); // no page is served here: only the API is under test
  server = await startPreviewServer({ dbFile, build: false, rendererDir: join(dir, 'renderer'), quiet: true });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview transport refusals leave the data untouched', () => {
  const writes: [string, unknown][] = [
    ['records.create', { kind: 'party', draft: { name: 'Intruder', type: 'state' } }],
    ['history.undo', {}],
    [
      'bundle.import',
      {
        text: '{"format":"entente-bundle","version":1,"exportedAt":"2026-01-01T00:00:00Z","schemaVersion":3,"records":[]}',
        dryRun: false,
      },
    ],
    ['backups.create', {}],
    ['demo.load', {}],
  ];

  it('no token, a wrong token, a foreign Host: refused with FORBIDDEN, nothing written', async () => {
    const before = allRows(peek(server.dbFile));
    for (const [channel, body] of writes) {
      const noToken = await post(channel, body, {});
      expect(noToken).toMatchObject({ status: 401, json: { ok: false, error: { code: 'FORBIDDEN' } } });
      const wrongToken = await post(channel, body, { 'X-Entente-Token': `${server.token.slice(0, -1)}x` });
      expect(wrongToken).toMatchObject({ status: 401, json: { ok: false, error: { code: 'FORBIDDEN' } } });
      const foreignHost = await post(channel, body, {
        'X-Entente-Token': server.token,
        Host: `attacker.example:${server.port}`,
      });
      expect(foreignHost).toMatchObject({ status: 403, json: { ok: false, error: { code: 'FORBIDDEN' } } });
    }
    expect(allRows(peek(server.dbFile))).toEqual(before);
  });

  it('the same request with the token and the right Host does go through (the refusals above were the guards)', async () => {
    const reply = await post('history.list', {}, { 'X-Entente-Token': server.token });
    expect(reply).toMatchObject({ status: 200, json: { ok: true } });
  });
});
