/** Renders the whole window (shell, sidebar, routed page, dialogs) at a hash address, over the harness. */
import { screen } from '@testing-library/react';
import { AppShellLayout } from '../../../renderer/src/app/AppShellLayout';
import type { Harness } from './harness';

export async function openApp(h: Harness, hash: string): Promise<void> {
  window.location.hash = hash;
  h.render(<AppShellLayout />);
  await screen.findByRole('navigation', { name: 'Main navigation' });
}

/** The focused element's accessible-ish name, for messages when a focus assertion fails. */
export function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return 'nothing';
  return `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}"`;
}
