/**
 * app://entente/ serves the built UI and nothing else: every response carries the strict CSP, and
 * no spelling of "go up a folder" reaches a file outside the renderer folder.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  handleAppProtocol,
  installAppProtocol,
  registerAppScheme,
  resolveInsideRoot,
} from '../../../electron/main/protocol';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let root: string;
let secretFile: string;

beforeEach(() => {
  fake.resetFakeElectron();
  const base = tempDir();
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Entente</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("ui")');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  // Files a traversal would be after: next to the root, and in a folder whose name starts like the root's.
  secretFile = path.join(base, 'secret.txt');
  writeFileSync(secretFile, 'database password');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.txt'), 'not ours');
});

const get = (url: string, method = 'GET') => handleAppProtocol(new Request(url, { method }), root);

describe('app:// protocol', () => {
  it('serves index.html for the entry URL and for the bare origin, with the strict CSP', async () => {
    for (const url of [APP_ENTRY_URL, 'app://entente/', 'app://entente']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
      expect(await res.text()).toContain('<title>Entente</title>');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });

  it('never allows eval or inline script', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves assets with their content type, the CSP and nosniff', async () => {
    const js = await get('app://entente/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log("ui")');
    const css = await get('app://entente/assets/app.css?v=1#x');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses every spelling of path traversal with 404, and still sends the CSP', async () => {
    // Sanity: a naive join of the decoded path WOULD reach the secret.
    expect(existsSync(path.join(root, decodeURIComponent('..%2fsecret.txt')))).toBe(true);
    const attempts = [
      'app://entente/../secret.txt',
      'app://entente/%2e%2e/secret.txt',
      'app://entente/%2e%2e%2fsecret.txt',
      'app://entente/..%2fsecret.txt',
      'app://entente/.%2e%2fsecret.txt',
      'app://entente/%2E%2E%2Fsecret.txt',
      'app://entente/assets/..%2f..%2fsecret.txt',
      'app://entente/..%5csecret.txt',
      'app://entente/..%2frenderer-evil%2fx.txt',
      'app://entente/%2fetc%2fpasswd',
      'app://entente/index.html%00.js',
      'app://entente/%E0%A4%A', // malformed percent-encoding
    ];
    for (const url of attempts) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toBe(EXPECTED_CSP);
      expect(await res.text(), url).not.toContain('password');
    }
  });

  it('checks the decoded path even when a caller hands over an unnormalised one', () => {
    expect(resolveInsideRoot(root, '/../secret.txt')).toBeNull();
    expect(resolveInsideRoot(root, '/assets/../../secret.txt')).toBeNull();
    expect(resolveInsideRoot(root, '/..')).toBeNull();
    expect(resolveInsideRoot(root, '/../renderer-evil/x.txt')).toBeNull();
    expect(resolveInsideRoot(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/')).toBe(path.join(root, 'index.html'));
  });

  it('answers 404 for other hosts, missing files and folders, 405 for writes', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://entente/nope.js')).status).toBe(404);
    expect((await get('app://entente/assets')).status).toBe(404);
    expect((await get('app://entente/index.html', 'POST')).status).toBe(405);
    const head = await get('app://entente/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });

  it('registers app:// as standard, secure and fetch-capable, and installs the handler', async () => {
    registerAppScheme(fake.protocol as never);
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    installAppProtocol(fake.session.defaultSession.protocol as never, root);
    const handler = fake.session.defaultSession.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const res = await handler!(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });
});
