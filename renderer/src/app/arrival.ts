/**
 * Focus after navigation. Every route change marks an "arrival"; the next page header to mount takes it: it
 * moves the focus to the page's main heading (screen readers read it out) unless the page already put the
 * focus on one of its own fields (a form's first field, the search box), and it says the page's title in a
 * polite live region either way. A click before the page shows cancels the move, so a slow page never pulls
 * the focus away from where the person has gone meanwhile.
 */
let pending = false;
let cancelInstalled = false;

function installCancel(): void {
  if (cancelInstalled || typeof window === 'undefined') return;
  cancelInstalled = true;
  window.addEventListener('pointerdown', () => (pending = false), true);
}

/** Called by the router on every change of path. */
export function markArrival(): void {
  installCancel();
  pending = true;
}

/** The page header asks once whether it arrived by navigation. */
export function takeArrival(): boolean {
  const was = pending;
  pending = false;
  return was;
}

const ANNOUNCER_ID = 'ent-route-announcer';

/** Says `text` through the shell's polite live region (no-op where the shell is not mounted). */
export function announce(text: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Cleared first so the same title said twice is still announced.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}

export { ANNOUNCER_ID };
