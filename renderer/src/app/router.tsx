/**
 * A tiny hash router. Hash routing works the same under the desktop app's custom app:// protocol and the
 * preview's http://127.0.0.1 origin, and needs no server rewrites. Paths look like `#/agreements/01H…`.
 */
import { useSyncExternalStore } from 'react';

function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  // `#token=…` is consumed by the api client before rendering; anything that is not a path is the dashboard.
  return raw.startsWith('/') ? (raw.split('?')[0] ?? '/') : '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export function navigate(path: string): void {
  const target = `#${path.startsWith('/') ? path : `/${path}`}`;
  if (window.location.hash !== target) window.location.hash = target;
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
