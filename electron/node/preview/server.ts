/**
 * The preview server: the built renderer and the contract over HTTP, for development and browser tests.
 * Bound to 127.0.0.1 only. Every request must carry a Host header naming this server (DNS-rebinding guard);
 * every /api call must carry the per-run token and a JSON body under the size limit, and goes to the same database
 * host as IPC in the desktop app (worker threads running dispatch(): the same validation, the same routing), so the
 * browser tests exercise the desktop app's real path.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, Input, Output, Reply } from '../../common/contract';
import { tooLargeMessage, ATTACHMENT_LIMITS } from '../../common/domain/attachments';
import { AppError } from '../../common/domain/errors';
import type { HostServices } from '../handlers/context';
import { UploadStore } from '../services/attachments/uploads';
import { workerBundle } from '../worker/bundle';
import { DatabaseHost } from '../worker/host';
import { buildRenderer, isRendererBuildStale, PREVIEW_RENDERER_DIR, REPO_ROOT } from './build';
import { SECURITY_HEADERS } from './csp';
import { DownloadStore } from './downloads';
import { readStatic } from './static-files';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const TOKEN_HEADER = 'x-entente-token';

export interface PreviewOptions {
  /** Database file; a fresh one in a temp folder when omitted. */
  dbFile?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** true: always build; 'if-stale': build when sources are newer than the last build; false: serve as is. */
  build?: boolean | 'if-stale';
  /** Folder with the built renderer (default .cache/preview-renderer). */
  rendererDir?: string;
  /** HTML → PDF, when a PDF service is available to the host. */
  printPdf?: HostServices['printPdf'];
  quiet?: boolean;
}

export interface PreviewServer {
  url: string;
  /** The URL to open: `url` plus `#token=…`. */
  openUrl: string;
  token: string;
  port: number;
  dbFile: string;
  /** The build folder this server serves (resolved once at start). */
  servedDir: string;
  /** A contract call through the same database host as the HTTP API (tests set up data with it). */
  call<N extends ChannelName>(channel: N, input: Input<N>): Promise<Reply<Output<N>>>;
  /** Stages a file as if uploaded by the page; the id goes to `attachments.add` (tests set up attachments so). */
  stageUpload(name: string, bytes: Uint8Array): string;
  /** What this host can do for the workers (deliverFile: one-time download links). */
  hostServices: HostServices;
  close(): Promise<void>;
}

function appVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, {
    ok: false,
    error: { code: status === 401 || status === 403 ? 'FORBIDDEN' : 'VALIDATION', message },
  });
}

function tokenMatches(expected: Buffer, given: string | undefined): boolean {
  if (!given) return false;
  const candidate = Buffer.from(given);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/** Reads the body up to the limit; null when it is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolveBody(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolveBody(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startPreviewServer(options: PreviewOptions = {}): Promise<PreviewServer> {
  const rendererDir = options.rendererDir ?? PREVIEW_RENDERER_DIR;
  const build = options.build ?? true;
  if (build === true || (build === 'if-stale' && isRendererBuildStale(rendererDir))) {
    await buildRenderer({ outDir: rendererDir, quiet: options.quiet ?? false });
  }

  // Resolve the build link once: this server keeps serving the build it started with.
  const servedDir = realpathSync(rendererDir);
  const dbFile = options.dbFile ?? join(mkdtempSync(join(tmpdir(), 'entente-preview-')), 'entente.sqlite');
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const downloads = new DownloadStore();
  const uploads = new UploadStore();
  let allowedHosts: Set<string> = new Set();

  const host: HostServices = {
    async deliverFile(file) {
      const id = downloads.put(file);
      return { saved: true, downloadUrl: `/download/${id}` };
    },
    async takeUpload(id) {
      return uploads.take(id);
    },
    async openFile(file, options) {
      // A browser cannot reveal a file; both "open" and "reveal" give a link the page opens in a new tab.
      const id = downloads.put({ ...file, inline: true });
      return { opened: true, url: `/download/${id}${options.page ? `#page=${options.page}` : ''}` };
    },
  };
  if (options.printPdf) host.printPdf = options.printPdf;
  const database = await DatabaseHost.start({
    workerScript: await workerBundle(),
    databaseFile: dbFile,
    transport: 'preview',
    appVersion: appVersion(),
    hostServices: host,
    owner: 'preview',
    onNotice: (notice) => {
      if (!options.quiet) console.warn(`[preview] ${notice.message}`);
    },
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      return send(
        res,
        405,
        JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Use POST.' } }),
        'application/json',
        { Allow: 'POST' },
      );
    }
    if (!tokenMatches(tokenBytes, req.headers[TOKEN_HEADER] as string | undefined)) {
      req.resume();
      return sendError(res, 401, 'Missing or wrong access token.');
    }
    // Decoded only after the token check, and a malformed escape is the caller's mistake (400), not a failure.
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      req.resume();
      return sendError(res, 400, 'The request path is not a valid channel name.');
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      req.resume();
      return sendError(res, 415, 'Send the request body as application/json.');
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return sendError(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'The request body is not valid JSON.');
    }
    send(res, 200, Buffer.from(await database.callBytes(channel, input)), 'application/json');
  }

  /**
   * POST /upload?name=<file name>: the raw bytes of one file the person chose (octet-stream, token required), staged
   * for `attachments.add` / `attachments.replace`; answers `{ ok, value: { id } }`. Over the attachment limit: 413
   * with the same words the app uses.
   */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      return sendError(res, 405, 'Use POST.');
    }
    if (!tokenMatches(tokenBytes, req.headers[TOKEN_HEADER] as string | undefined)) {
      req.resume();
      return sendError(res, 401, 'Missing or wrong access token.');
    }
    const name = (url.searchParams.get('name') ?? 'attachment').slice(0, 255);
    const body = await readBody(req, ATTACHMENT_LIMITS.maxBytes);
    if (body === null) {
      const declared = Number(req.headers['content-length'] ?? ATTACHMENT_LIMITS.maxBytes + 1);
      return sendError(res, 413, tooLargeMessage(name, declared));
    }
    try {
      sendJson(res, 200, { ok: true, value: { id: uploads.put(name, new Uint8Array(body)) } });
    } catch (error) {
      sendError(res, 400, error instanceof AppError ? error.message : 'The file could not be received.');
    }
  }

  function handleDownload(res: ServerResponse, url: URL): void {
    const file = downloads.take(url.pathname.slice('/download/'.length));
    if (!file) return send(res, 404, 'This download has expired or was already fetched.', 'text/plain; charset=utf-8');
    const asciiName = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    send(res, 200, Buffer.from(file.bytes), file.mime, {
      'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      // An attachment shown in the tab must never run as this origin (it could read the token): a sandbox, except
      // for PDFs, which Chromium shows in its own viewer (and a sandbox would block).
      ...(file.inline && file.mime !== 'application/pdf' ? { 'Content-Security-Policy': 'sandbox' } : {}),
    });
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
        req.resume();
        return sendError(res, 403, 'This server only answers requests addressed to 127.0.0.1 or localhost.');
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
      if (url.pathname === '/upload') return handleUpload(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        req.resume();
        return send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      }
      if (url.pathname.startsWith('/download/')) return handleDownload(res, url);
      // Static paths are checked on the raw URL too: URL parsing would silently resolve "/../".
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      const result = await readStatic(servedDir, rawPath);
      if (result.status !== 200) return send(res, result.status, result.message, 'text/plain; charset=utf-8');
      const cache = result.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
      return send(res, 200, req.method === 'HEAD' ? '' : result.body, result.contentType, { 'Cache-Control': cache });
    })().catch((error: unknown) => {
      console.error('[preview] request failed:', error);
      if (!res.headersSent) sendError(res, 500, 'The preview server failed to answer.');
      else res.end();
    });
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
    });
  } catch (error) {
    // A preview that cannot listen gives the register back (closes the host, releases the claim) before saying so,
    // or it would hold the register open with nothing serving it (issue 15).
    await database.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    dbFile,
    servedDir,
    call: (channel, input) => database.call(channel, input),
    stageUpload: (name, bytes) => uploads.put(name, bytes),
    hostServices: host,
    async close() {
      downloads.clear();
      uploads.clear();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await database.close();
    },
  };
}
