/**
 * The UI is served from `app://entente/`, a privileged custom scheme, never from file://: file://
 * pages share one origin with every file on disk, whereas app://entente is its own origin that CSP
 * 'self', fetch and the IPC sender check can name. handleAppProtocol maps a request onto the built
 * renderer folder and refuses anything that would leave it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../node/services/web/security';

export { CONTENT_SECURITY_POLICY, contentTypeOf };

export const APP_SCHEME = 'app';
export const APP_HOST = 'entente';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Headers on every app:// response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** Must run before app 'ready': Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function reply(
  status: number,
  body: ConstructorParameters<typeof Response>[0],
  contentType = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

/**
 * The file inside rootDir that a URL path names, or null when the path is malformed or would
 * escape rootDir. The path is percent-decoded BEFORE the check, so `%2e%2e%2f` and `..%5c` are
 * caught as well as plain `../` (which the URL parser already folds away).
 */
export function resolveInsideRoot(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  // A backslash never comes from a real asset URL (Windows would read it as a separator): refuse it.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = path.resolve(rootDir);
  const relativeRequest = decoded.replace(/^[/\\]+/, '');
  const target = path.resolve(root, relativeRequest === '' ? 'index.html' : relativeRequest);
  const fromRoot = path.relative(root, target);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot))
    return null;
  return target;
}

/** Answers one app:// request from the built renderer folder. Pure apart from reading files. */
export async function handleAppProtocol(request: Request, rootDir: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return reply(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return reply(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed');

  const file = resolveInsideRoot(rootDir, url.pathname);
  if (file === null) return reply(404, 'Not found');
  try {
    const info = await stat(file);
    if (!info.isFile()) return reply(404, 'Not found');
    const bytes = request.method === 'HEAD' ? null : await readFile(file);
    return reply(200, bytes, contentTypeOf(file));
  } catch {
    return reply(404, 'Not found');
  }
}

/** Serves app://entente/ from rootDir on the given (session's) protocol object. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppProtocol(request, rootDir));
}
