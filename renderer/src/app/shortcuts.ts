/**
 * Global keyboard shortcuts and native menu commands (same actions, two sources), and the single-key shortcuts
 * of record pages (E edit, S add status event, ? this list), which never fire while the focus is in a field.
 */
import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/common/contract/events';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { RECORD_KINDS } from '../../../electron/common/domain/vocab';
import { onMenuCommand } from '../api/client';
import { useReadOnly } from '../api/read-only';
import { newRecordPath } from './kinds';
import { navigate } from './router';
import { startTypeAhead } from './type-ahead';
import { setLanguageSetting } from '../i18n';

interface ShortcutOptions {
  currentKind: RecordKind | undefined;
  openPalette: () => void;
  openShortcutHelp: () => void;
}

const EDITABLE =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"], [role="combobox"]';

/** True when a key press belongs to what the person is typing (a field, an open picker, a dialog's field). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.matches(EDITABLE);
}

/** True when a single-key shortcut may act: no modifier, not typing, no dialog open over the page. */
export function singleKeyAllowed(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  // The key's target, and where the focus is now (a field may have taken it since the key was sent).
  if (isTypingTarget(event.target) || isTypingTarget(document.activeElement)) return false;
  return document.querySelector('[role="dialog"][aria-modal="true"]') === null;
}

/** New record of `kind`, holding the letters typed before the form shows (app/type-ahead.ts). */
function newRecord(kind: RecordKind): void {
  startTypeAhead();
  navigate(newRecordPath(kind));
}

/**
 * Single-key shortcuts of one page, active while it is mounted and `ready` (its data loaded and current: a page
 * still showing what it had before a refresh does not act on "e" or "s" — letters typed then were meant for a
 * field, not for the page): `keys` maps a lower-case key to its action.
 */
export function usePageShortcuts(keys: Record<string, () => void>, ready = true): void {
  const latest = useRef({ keys, ready });
  latest.current = { keys, ready };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.ready || event.shiftKey || !singleKeyAllowed(event)) return;
      const action = latest.current.keys[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Menu `go:*` targets that are pages of feature teammates; unknown paths show "not found", never crash. */
const GO_PATHS: Record<string, string> = {
  'go:dashboard': '/',
  'go:search': '/search',
  'go:reports': '/reports',
  'export-report': '/reports',
  'import-sheet': '/import',
};

export function useGlobalShortcuts({ currentKind, openPalette, openShortcutHelp }: ShortcutOptions): void {
  const { setColorScheme } = useMantineColorScheme();
  // Latest values in a ref so the listeners are installed once.
  const readOnly = useReadOnly();
  const latest = useRef({ currentKind, openPalette, openShortcutHelp, setColorScheme, readOnly });
  latest.current = { currentKind, openPalette, openShortcutHelp, setColorScheme, readOnly };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '?' && singleKeyAllowed(event)) {
        event.preventDefault();
        latest.current.openShortcutHelp();
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        // Letters typed before the palette's input has the focus belong to the palette (app/type-ahead.ts).
        startTypeAhead({ overFields: true });
        latest.current.openPalette();
      } else if (key === 'n') {
        event.preventDefault();
        // A read-only register offers no new record (the banner says why).
        if (latest.current.readOnly === null) newRecord(latest.current.currentKind ?? 'agreement');
      }
    };
    const onCommand = (command: MenuCommand) => {
      const [verb, arg] = command.split(':') as [string, string | undefined];
      if (verb === 'new' && arg && (RECORD_KINDS as readonly string[]).includes(arg)) {
        if (latest.current.readOnly === null) newRecord(arg as RecordKind);
      } else if (command === 'help:shortcuts') latest.current.openShortcutHelp();
      else if (verb === 'go' || command in GO_PATHS) navigate(GO_PATHS[command] ?? '/');
      else if (command === 'find') {
        startTypeAhead({ overFields: true });
        latest.current.openPalette();
      } else if (verb === 'theme' && (arg === 'light' || arg === 'dark')) latest.current.setColorScheme(arg);
      else if (command === 'theme:system') latest.current.setColorScheme('auto');
      else if (verb === 'lang' && (arg === 'en' || arg === 'it' || arg === 'system')) setLanguageSetting(arg);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = onMenuCommand(onCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
