/**
 * jsdom harness: the real renderer components against a real SQLite file. window.entente is installed the
 * way the preload would, except each function calls dispatch() in-process instead of crossing IPC; replies
 * go through JSON like they would over the wire. Only browser APIs jsdom lacks are filled in.
 */
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { openDatabase, type Db } from '../../../db/store/open';
import { CHANNEL_NAMES } from '../../../electron/common/contract/channels';
import type { HandlerContext } from '../../../electron/node/handlers/context';
import { dispatch } from '../../../electron/node/handlers/dispatch';
import { createQueryClient } from '../../../renderer/src/api/hooks';
import { theme } from '../../../renderer/src/app/theme';
import { i18n } from '../../../renderer/src/i18n';
import { Store } from '../../../db/store';

// findBy*/waitFor poll for their condition up to this long (the library's 1 s default is sized for a fast,
// idle machine; a busy CI machine only polls longer, a passing test is no slower).
configure({ asyncUtilTimeout: 30_000 });

function fillBrowserGaps(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
    });
  }
  // jsdom does no layout: give elements a window-sized box so the virtualised list renders its rows.
  Element.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      width: 1200,
      height: 800,
      right: 1200,
      bottom: 800,
      toJSON: () => ({}),
    } as DOMRect;
  };
  for (const [prop, value] of [
    ['offsetHeight', 800],
    ['offsetWidth', 1200],
    ['clientHeight', 800],
    ['clientWidth', 1200],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  Element.prototype.scrollTo ??= function scrollTo() {};
  window.scrollTo = () => undefined;
}

export interface Harness {
  db: Db;
  ctx: HandlerContext;
  render(ui: ReactNode): RenderResult;
  /** Makes this harness's register the one the window talks to again (after another harness was opened). */
  use(): void;
  close(): void;
}

export function openHarness(): Harness {
  fillBrowserGaps();
  const dir = mkdtempSync(join(tmpdir(), 'entente-'));
  const databaseFile = join(dir, 'ui.sqlite');
  const db = openDatabase(databaseFile);
  // A file the app hands over is taken as a save dialog's "Save" would be, into the harness's own folder.
  const host: HandlerContext['host'] = {
    async deliverFile(file) {
      writeFileSync(join(dir, file.name), file.bytes);
      return { saved: true, path: join(dir, file.name) };
    },
  };
  const ctx: HandlerContext = { store: Store.over(db), databaseFile, transport: 'ipc', appVersion: 'test', host };
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of CHANNEL_NAMES) {
    bridge[name] = async (input) => JSON.parse(JSON.stringify(await dispatch(ctx, name, input)));
  }
  const use = () => {
    (window as unknown as { entente: unknown }).entente = bridge;
  };
  use();
  return {
    db,
    ctx,
    use,
    render(ui) {
      const client = createQueryClient();
      return render(
        <I18nextProvider i18n={i18n}>
          <MantineProvider theme={theme} env="test">
            <QueryClientProvider client={client}>{ui}</QueryClientProvider>
          </MantineProvider>
        </I18nextProvider>,
      );
    },
    close() {
      cleanup();
      delete (window as unknown as { entente?: unknown }).entente;
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
