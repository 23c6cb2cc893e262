/**
 * Focus after work a person started with a button (an export). The button is disabled while the work runs, and
 * a disabled button loses the focus to the page body: the next Tab then starts from the top of the page. So when
 * the work reaches a new state (`key` changes to a non-empty value), the focus moves to what `target` gives —
 * the result or status line (focusable with tabIndex -1, so a screen reader reads it), or the button again —
 * unless the person has meanwhile put the focus somewhere else than the body or the `within` regions.
 */
import { useEffect, type RefObject } from 'react';

export function useFocusWhenDone(
  key: string | null,
  target: () => HTMLElement | null,
  within: RefObject<HTMLElement | null>[],
): void {
  useEffect(() => {
    if (!key) return;
    const active = document.activeElement;
    const free = !active || active === document.body || within.some((region) => region.current?.contains(active));
    if (free) target()?.focus();
    // Only a new state moves the focus; the target is read when it does.
  }, [key]);
}
