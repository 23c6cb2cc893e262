/** Global keyboard shortcuts and native menu commands (same actions, two sources). */
import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/common/contract/events';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { RECORD_KINDS } from '../../../electron/common/domain/vocab';
import { onMenuCommand } from '../api/client';
import { newRecordPath } from './kinds';
import { navigate } from './router';

interface ShortcutOptions {
  currentKind: RecordKind | undefined;
  openPalette: () => void;
}

/** Menu `go:*` targets that are pages of feature teammates; unknown paths show "not found", never crash. */
const GO_PATHS: Record<string, string> = {
  'go:dashboard': '/',
  'go:search': '/search',
  'go:reports': '/reports',
  'export-report': '/reports',
  'import-sheet': '/import',
};

export function useGlobalShortcuts({ currentKind, openPalette }: ShortcutOptions): void {
  const { setColorScheme } = useMantineColorScheme();
  // Latest values in a ref so the listeners are installed once.
  const latest = useRef({ currentKind, openPalette, setColorScheme });
  latest.current = { currentKind, openPalette, setColorScheme };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        latest.current.openPalette();
      } else if (key === 'n') {
        event.preventDefault();
        navigate(newRecordPath(latest.current.currentKind ?? 'agreement'));
      }
    };
    const onCommand = (command: MenuCommand) => {
      const [verb, arg] = command.split(':') as [string, string | undefined];
      if (verb === 'new' && arg && (RECORD_KINDS as readonly string[]).includes(arg))
        navigate(newRecordPath(arg as RecordKind));
      else if (verb === 'go' || command in GO_PATHS) navigate(GO_PATHS[command] ?? '/');
      else if (command === 'find') latest.current.openPalette();
      else if (verb === 'theme' && (arg === 'light' || arg === 'dark')) latest.current.setColorScheme(arg);
      else if (command === 'theme:system') latest.current.setColorScheme('auto');
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = onMenuCommand(onCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
