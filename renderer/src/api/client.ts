/**
 * The ONLY module that touches window.entente. Every call goes through `api.call`, typed from the contract.
 * In the desktop app the preload exposes window.entente (IPC); in a plain browser (`npm run preview`, e2e
 * tests) the same channels are reached over HTTP: POST /api/<channel> with the per-run token the preview
 * server printed in the URL fragment (#token=…). The token is read once at startup, kept in memory and in
 * sessionStorage (so a reload of the same tab still works), and removed from the address bar.
 */
import type { ChannelName, EntenteApi, Input, Output, Reply } from '../../../electron/common/contract';
import type { MenuCommand } from '../../../electron/common/contract/events';
import type { ErrorInfo } from '../../../electron/common/domain/errors';
import { localizeError } from '../i18n/problems';

/** What the preload exposes: one function per channel plus the menu subscription. */
type DesktopBridge = Partial<EntenteApi> & {
  onMenuCommand?: (callback: (command: MenuCommand) => void) => (() => void) | void;
  upload?: (name: string, bytes: Uint8Array) => Promise<Reply<{ id: string }>>;
  setLanguage?: (language: string) => Promise<boolean>;
};

const TOKEN_STORAGE_KEY = 'entente.previewToken';

function desktopBridge(): DesktopBridge | undefined {
  return (window as unknown as { entente?: DesktopBridge }).entente;
}

/** Reads `#token=…` once, remembers it, and leaves a clean route in the address bar. */
function takePreviewToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = match[1];
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      // Storage may be unavailable (private mode); the in-memory copy still serves this page's life.
    }
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

let previewToken: string | null | undefined;
function tokenForPreview(): string | null {
  if (previewToken === undefined) previewToken = takePreviewToken();
  return previewToken;
}

/** Call once before the router reads the hash, so `#token=…` never reaches it. */
export function initApiClient(): void {
  if (!desktopBridge()) tokenForPreview();
}

export type TransportKind = 'ipc' | 'preview';
export function transportKind(): TransportKind {
  return desktopBridge() ? 'ipc' : 'preview';
}

/** Connectivity as last observed; the top bar shows it. */
type TransportListener = (healthy: boolean) => void;
const transportListeners = new Set<TransportListener>();
let transportHealthy = true;
function reportTransport(healthy: boolean): void {
  if (healthy === transportHealthy) return;
  transportHealthy = healthy;
  for (const listener of transportListeners) listener(healthy);
}
export function isTransportHealthy(): boolean {
  return transportHealthy;
}
export function onTransportChange(listener: TransportListener): () => void {
  transportListeners.add(listener);
  return () => transportListeners.delete(listener);
}

async function callOverHttp<N extends ChannelName>(name: N, input: Input<N>): Promise<Reply<Output<N>>> {
  const token = tokenForPreview();
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Entente-Token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    reportTransport(false);
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'The preview server cannot be reached. Is `npm run preview` still running?',
      },
    };
  }
  reportTransport(true);
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'This page has no valid access token. Open the address printed by `npm run preview`.',
      },
    };
  }
  try {
    return (await response.json()) as Reply<Output<N>>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `The preview server answered ${response.status} without data.` },
    };
  }
}

/** A failed call, thrown by `request` so query hooks can show the message. */
export class ApiError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.info = info;
    // The message as the info words it when read: in the window's language, following a switch (issue 18).
    Object.defineProperty(this, 'message', { get: () => this.info.message, configurable: true });
  }
}

export const api = {
  /** Errors as values: never throws. A failure's message is worded in the window's language (i18n/problems.ts). */
  async call<N extends ChannelName>(name: N, input: Input<N>): Promise<Reply<Output<N>>> {
    const reply = await callEither(name, input);
    return reply.ok ? reply : { ...reply, error: localizeError(reply.error) };
  },
  /** Same call, but a failure is thrown as ApiError: convenient for queries and mutations. */
  async request<N extends ChannelName>(name: N, input: Input<N>): Promise<Output<N>> {
    const reply = await api.call(name, input);
    if (!reply.ok) throw new ApiError(reply.error);
    return reply.value;
  },
};

/** The desktop bridge's answer when there is one, else the preview server's. */
async function callEither<N extends ChannelName>(name: N, input: Input<N>): Promise<Reply<Output<N>>> {
  const bridge = desktopBridge();
  const fn = bridge?.[name] as ((input: Input<N>) => Promise<Reply<Output<N>>>) | undefined;
  if (bridge && fn) {
    try {
      return await fn(input);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `The app could not complete “${name}”.` } };
    }
  }
  if (bridge)
    return { ok: false, error: { code: 'NOT_FOUND', message: `This version of the app does not offer “${name}”.` } };
  return callOverHttp(name, input);
}

/**
 * Hands the bytes of a file the person picked or dropped to the host, which keeps them for `attachments.add` under the
 * id it answers (desktop: the preload's upload; preview: POST /upload). Errors as values.
 */
export async function uploadFile(file: File): Promise<Reply<{ id: string }>> {
  const bridge = desktopBridge();
  if (bridge?.upload) return bridge.upload(file.name, new Uint8Array(await file.arrayBuffer()));
  try {
    const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Entente-Token': tokenForPreview() ?? '' },
      body: file,
    });
    return (await response.json()) as Reply<{ id: string }>;
  } catch {
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: `“${file.name}” could not be sent to the preview server.` },
    };
  }
}

/** Subscribes to native menu commands (desktop only); returns the unsubscribe function. */
export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  const unsubscribe = desktopBridge()?.onMenuCommand?.(callback);
  return typeof unsubscribe === 'function' ? unsubscribe : () => undefined;
}

/**
 * Tells the desktop app's main process the language this window shows, so its menus and native dialogs follow
 * (nothing to tell in the browser preview). Never throws: an older main without the channel keeps its language.
 */
export function tellMainLanguage(language: string): void {
  void desktopBridge()
    ?.setLanguage?.(language)
    .catch(() => undefined);
}
