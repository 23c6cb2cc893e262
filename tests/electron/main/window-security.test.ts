/**
 * What a compromised page could try, and what main answers: no Node in the page, no navigation or
 * redirect away from app://entente, no new windows (web links go to the system browser instead),
 * no <webview>, no permissions — for our window and for any WebContents created any other way.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/protocol';
import {
  appOrigins,
  externalLinkTarget,
  guardAllWebContents,
  hardenSession,
  originOf,
  type GuardOptions,
} from '../../../electron/main/security';
import { createMainWindow } from '../../../electron/main/window';
import { DEFAULT_WINDOW_STATE } from '../../../electron/main/window-state';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const PRELOAD = '/opt/entente/out/preload/index.cjs';
let opened: string[];
let guards: GuardOptions;

function openWindow(options: { allowedOrigins?: string[]; entryUrl?: string } = {}) {
  guards = { allowedOrigins: options.allowedOrigins ?? appOrigins(), openExternal: (url) => void opened.push(url) };
  const windows = new Set<never>();
  createMainWindow({
    preloadPath: PRELOAD,
    entryUrl: options.entryUrl ?? APP_ENTRY_URL,
    state: DEFAULT_WINDOW_STATE,
    guards,
    windows,
    log: () => undefined,
  });
  const win = fake.FakeBrowserWindow.instances.at(-1)!;
  return { win, contents: win.webContents, windows };
}

beforeEach(() => {
  fake.resetFakeElectron();
  opened = [];
});

describe('main window', () => {
  it('gets exactly the secure webPreferences and the built preload', () => {
    const { win } = openWindow();
    expect(win.options.webPreferences).toEqual({
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
      preload: PRELOAD,
    });
    expect(win.options.show).toBe(false);
  });

  it('loads the UI from app://entente/ and shows itself when ready', () => {
    const { win, windows } = openWindow();
    expect(win.loadedUrl).toBe('app://entente/index.html');
    expect(windows.has(win as never)).toBe(true);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    win.close();
    expect(windows.size).toBe(0);
  });

  it('prevents navigation and redirects to any other origin', () => {
    const { contents } = openWindow();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      for (const url of [
        'https://evil.example/',
        'http://127.0.0.1:8080/',
        'file:///etc/passwd',
        'app://other/index.html',
        'javascript:alert(1)',
        'data:text/html,<script>1</script>',
        'not a url',
      ]) {
        expect(contents.tryNavigate(event, url), `${event} ${url}`).toBe(true);
      }
      expect(contents.tryNavigate(event, 'app://entente/index.html#/agreements'), event).toBe(false);
    }
    expect(opened).toEqual([]);
  });

  it('denies window.open; http(s) links open in the system browser, nothing else does', () => {
    const { contents } = openWindow();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://www.difesa.it/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.org/a?b=c' })).toEqual({ action: 'deny' });
    for (const url of [
      'file:///etc/passwd',
      'app://entente/index.html',
      'javascript:alert(1)',
      'smb://share/x',
      'https://user:pw@example.org/',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.difesa.it/', 'http://example.org/a?b=c']);
  });

  it('asks Discard / Keep editing when the page holds unsaved typing, and closes only on Discard', () => {
    const { contents } = openWindow();
    // The page objected to unloading (a dirty form answered beforeunload); Keep editing keeps it open.
    fake.dialog.messageBoxSyncAnswer = 1;
    const kept = fake.cancellable();
    contents.emit('will-prevent-unload', kept);
    expect(kept.defaultPrevented).toBe(false);
    expect(fake.dialog.messageBoxes.at(-1)).toMatchObject({
      message: 'Discard unsaved changes?',
      buttons: ['Discard', 'Keep editing'],
      cancelId: 1,
      defaultId: 1,
    });
    // Discard: preventDefault on this event is Electron's "unload anyway".
    fake.dialog.messageBoxSyncAnswer = 0;
    const discarded = fake.cancellable();
    contents.emit('will-prevent-unload', discarded);
    expect(discarded.defaultPrevented).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = openWindow();
    const event = fake.cancellable();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('allows the dev server origin only when it was configured', () => {
    const devUrl = 'http://localhost:5173/';
    expect(openWindow().contents.tryNavigate('will-navigate', `${devUrl}#/x`)).toBe(true);
    const dev = openWindow({ allowedOrigins: appOrigins(devUrl), entryUrl: devUrl });
    expect(dev.win.loadedUrl).toBe(devUrl);
    expect(dev.contents.tryNavigate('will-navigate', `${devUrl}#/x`)).toBe(false);
    expect(dev.contents.tryNavigate('will-navigate', 'http://localhost:5174/')).toBe(true);
  });
});

describe('any other WebContents', () => {
  it('gets the same guards through web-contents-created', () => {
    guardAllWebContents(fake.app as never, {
      allowedOrigins: appOrigins(),
      openExternal: (url) => void opened.push(url),
    });
    const stray = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', fake.cancellable(), stray);
    expect(stray.tryNavigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(stray.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const webview = fake.cancellable();
    stray.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });
});

describe('session permissions', () => {
  it('denies every permission request and check', () => {
    const ses = fake.session.defaultSession;
    hardenSession(ses as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      let answer: boolean | undefined;
      ses.permissionRequestHandler!({}, permission, (granted: boolean) => (answer = granted), {});
      expect(answer, permission).toBe(false);
      expect(ses.permissionCheckHandler!({}, permission, 'app://entente', {}), permission).toBe(false);
    }
    expect(ses.devicePermissionHandler!({})).toBe(false);
  });
});

describe('helpers', () => {
  it('computes origins of custom schemes (WHATWG URL says "null" for them)', () => {
    expect(new URL('app://entente/index.html').origin).toBe('null');
    expect(originOf('app://entente/index.html#/x')).toBe('app://entente');
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('garbage')).toBeNull();
  });

  it('lets only plain http(s) links out', () => {
    expect(externalLinkTarget('https://example.org/x')).toBe('https://example.org/x');
    expect(externalLinkTarget('mailto:a@b.c')).toBeNull();
    expect(externalLinkTarget('file:///c:/windows/system32/calc.exe')).toBeNull();
  });
});
