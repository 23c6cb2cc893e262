/**
 * The renderer is treated as untrusted: if a record's text ever smuggled script into the page, it
 * must still find no Node, no navigation away from the app, no new windows, no permissions and no
 * <webview>. Every guard here is applied to every WebContents (app 'web-contents-created'), not just
 * to the windows we create, so nothing can slip past by being created some other way.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from './protocol';

/** The one set of webPreferences every window of ours gets (the preload path is added per window). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}

/**
 * `scheme://host[:port]` of a URL, or null. Computed by hand because WHATWG URL reports the
 * origin of non-special schemes such as app:// as "null".
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The origins our own UI may come from: app://entente, plus electron-vite's dev server in development. */
export function appOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** Only plain web links may leave the app, and only to the system browser. */
export function externalLinkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    if (parsed.username !== '' || parsed.password !== '') return null;
    return parsed.toString();
  } catch {
    return null;
  }
}

export interface GuardOptions {
  allowedOrigins: readonly string[];
  /** shell.openExternal in the app; a recorder in tests. */
  openExternal: (url: string) => Promise<void> | void;
}

type NavigationEvent = { url?: string; preventDefault(): void };

/** Navigation, redirects, window.open and <webview> for one WebContents. */
export function hardenWebContents(contents: WebContents, options: GuardOptions): void {
  const denyForeign = (event: NavigationEvent, legacyUrl?: string) => {
    // Electron 45 passes the URL on the event; older signatures pass it as the second argument.
    const url = event.url ?? legacyUrl ?? '';
    if (!isAllowedOrigin(url, options.allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkTarget(url);
    if (external !== null) void Promise.resolve(options.openExternal(external)).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Every permission request and check is refused: the app needs no camera, location, notifications… */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** Applies hardenWebContents to every WebContents the app ever creates. */
export function guardAllWebContents(app: Pick<App, 'on'>, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
