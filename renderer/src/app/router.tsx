/**
 * The hash router: our route table and matcher over @tanstack/history's hash history. Hash routing works the
 * same under the desktop app's app:// protocol and the preview's http://127.0.0.1 origin and needs no server
 * rewrites; paths look like `#/agreements/01H…`, deep links like `#/meetings/01H…?field=summary`.
 *
 * Why a history library: leaving a form with unsaved typing must ask first, whatever the way out — a link,
 * the palette, Ctrl+N, Back/Forward, a reload or closing the window. @tanstack/history numbers every entry it
 * makes, so a Back that must be refused is undone with `history.go(-delta)`, and it answers `beforeunload`
 * while a blocker asks to. The full routers were heavier than the need (ARCHITECTURE.md, "Router and forms").
 */
import { createHashHistory, type RouterHistory } from '@tanstack/history';
import { useSyncExternalStore } from 'react';
import { markArrival } from './arrival';

let history: RouterHistory | null = null;

function appHistory(): RouterHistory {
  if (!history) {
    const h = createHashHistory();
    history = h;
    interceptHashLinks();
    // A new page (not a new `?query` on the same one) moves the focus to its heading once it shows; so does the
    // first page of a load — a reload of a record page left the focus on the body, 19 Tabs from its actions.
    markArrival();
    let lastPath = h.location.pathname;
    h.subscribe(({ location }) => {
      if (location.pathname !== lastPath) markArrival();
      lastPath = location.pathname;
    });
  }
  return history;
}

/**
 * The path part of the current route (`/meetings/01H…`); anything that is not a path is the dashboard. Read
 * from the history, which knows a pushed location before the address bar shows it (it writes in a microtask).
 */
function currentPath(): string {
  const path = appHistory().location.pathname;
  // `#token=…` is consumed by the api client before rendering.
  return path.startsWith('/') ? path : '/';
}

function subscribe(onChange: () => void): () => void {
  const unsubscribe = appHistory().subscribe(onChange);
  // Someone may still set `location.hash` directly (an address typed by hand): follow that too.
  window.addEventListener('hashchange', onChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/**
 * The current route's `?query` parameters, read from the history like `currentPath`: a listener of
 * `onRouteChange` runs before the address bar shows a pushed location, so `window.location.hash` is still the old one.
 */
export function currentParams(): URLSearchParams {
  return new URLSearchParams(appHistory().location.search);
}

/** Subscribes to every route change (push, replace, Back/Forward); returns the unsubscribe. */
export function onRouteChange(listener: () => void): () => void {
  return subscribe(listener);
}

/** Goes to `path` (with an optional `?query`), asking any open form with unsaved typing first. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = path.startsWith('/') ? path : `/${path}`;
  if (window.location.hash === `#${target}`) return;
  const h = appHistory();
  if (options.replace) h.replace(target);
  else h.push(target);
  // Code that reads the address right after navigating (search, reveal) sees the new one.
  h.flush();
}

/** Back one page, through the same guard as any other navigation. */
export function goBack(): void {
  appHistory().back();
}

export interface NavigationBlocker {
  /** Resolves true to stay (navigation refused), false to let it happen. May ask the person first. */
  shouldBlock: () => Promise<boolean> | boolean;
  /** True while closing or reloading the window should ask too (the browser's own prompt). */
  blockUnload: () => boolean;
}

/** Registers a blocker for every navigation, Back/Forward and reload; returns the release function. */
export function blockNavigation(blocker: NavigationBlocker): () => void {
  return appHistory().block({
    blockerFn: () => blocker.shouldBlock(),
    enableBeforeUnload: blocker.blockUnload,
  });
}

/**
 * Plain `<a href="#/…">` links (sidebar, record links) would change the hash behind the history's back, where
 * no blocker can stop them. A click on one goes through `navigate` instead; modified clicks are left alone.
 */
function interceptHashLinks(): void {
  document.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!anchor || anchor.getAttribute('target')) return;
      event.preventDefault();
      navigate((anchor.getAttribute('href') ?? '#/').slice(1));
    },
    true,
  );
}

export type RouteParams = Record<string, string>;

/** Matches `/agreements/:id/edit` against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}
