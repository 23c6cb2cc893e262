/**
 * "Never lose typing": a form with unsaved changes registers a guard; any navigation away (a link, the palette,
 * Ctrl+N, Back/Forward, a menu command) then asks "Discard / Keep editing" in one dialog mounted by the shell,
 * and closing or reloading the window asks through the browser's own prompt (in the desktop app main shows a
 * native dialog, see electron/main/window.ts). Keep editing puts the focus back where the person was typing.
 * Ctrl+S while the dialog is open means what it means everywhere else: save. When every form with unsaved typing
 * can save from there, that saves them and then completes the navigation (a refused save stays on the form with
 * its errors); otherwise Ctrl+S is inert under the dialog, never a save behind it that leaves the dialog up.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { blockNavigation } from './router';

export interface LeaveGuard {
  /** True while the form holds typing that is not saved. */
  isDirty: () => boolean;
  /** Forget the typing (the stored draft too): the person chose Discard. */
  discard: () => void;
  /** Where to put the focus back when the person keeps editing. */
  lastFocused: () => HTMLElement | null;
  /** Saves the typing without leaving the form; resolves false when the save was refused (errors shown). */
  save?: () => Promise<boolean>;
}

const guards = new Set<LeaveGuard>();
let release: (() => void) | null = null;

type Answer = 'discard' | 'keep' | 'save';
interface Question {
  resolve: (answer: Answer) => void;
  promise: Promise<Answer>;
}
let question: Question | null = null;
let dialogMounted = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function dirtyGuards(): LeaveGuard[] {
  return [...guards].filter((g) => g.isDirty());
}

/** True while the "Discard / Keep editing" dialog is asking (forms leave Ctrl+S to it then). */
export function isAskingToLeave(): boolean {
  return question !== null;
}

/** True when every form with unsaved typing can save from the dialog. */
function canSaveAll(): boolean {
  const dirty = dirtyGuards();
  return dirty.length > 0 && dirty.every((g) => g.save);
}

/** True when some open form has unsaved typing (the desktop window asks before closing). */
export function hasUnsavedChanges(): boolean {
  return dirtyGuards().length > 0;
}

function ask(): Promise<Answer> {
  if (question) return question.promise;
  let resolve!: (answer: Answer) => void;
  const promise = new Promise<Answer>((r) => (resolve = r));
  question = { resolve, promise };
  emit();
  return promise;
}

function answer(value: Answer): void {
  const q = question;
  question = null;
  emit();
  q?.resolve(value);
}

/**
 * Decides one navigation: nothing dirty → go; otherwise ask, and on Discard forget every dirty form's typing.
 * Without a mounted dialog (a form rendered on its own) it does not block.
 */
export async function confirmLeave(): Promise<boolean> {
  const dirty = dirtyGuards();
  if (dirty.length === 0 || dialogMounted === 0) return false;
  const choice = await ask();
  if (choice === 'discard') {
    for (const g of dirty) g.discard();
    return false;
  }
  if (choice === 'save') {
    let saved = true;
    // One after another: the first refusal stops, and the person stays on its errors.
    for (const g of dirty) if (saved && g.save) saved = await g.save();
    return !saved;
  }
  const target = dirty[0]?.lastFocused();
  // After the dialog has let go of the focus.
  requestAnimationFrame(() => target?.isConnected && target.focus());
  return true;
}

/** Registers `guard` while the calling form is mounted. */
export function useLeaveGuard(guard: LeaveGuard): void {
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => {
    const stable: LeaveGuard = {
      isDirty: () => latest.current.isDirty(),
      discard: () => latest.current.discard(),
      lastFocused: () => latest.current.lastFocused(),
      // Read when asked: whether the form can save from the dialog may change while it is mounted.
      get save() {
        return latest.current.save;
      },
    };
    guards.add(stable);
    release ??= blockNavigation({ shouldBlock: confirmLeave, blockUnload: hasUnsavedChanges });
    return () => {
      guards.delete(stable);
      if (guards.size === 0) {
        release?.();
        release = null;
      }
    };
  }, []);
}

/**
 * The guard of a small form that keeps no draft (the inline status editor, the report builder, register settings):
 * dirty while `dirty` is true; Keep editing puts the focus back on the last field focused inside `box`; `save`
 * (resolving false when refused) lets Ctrl+S in the dialog save on the way out.
 */
export function useUnsavedGuard(
  dirty: boolean,
  box: RefObject<HTMLElement | null>,
  save?: () => Promise<boolean>,
  /** The person chose Discard: forget what is kept of the typing (a stored draft). */
  onDiscard?: () => void,
): void {
  const last = useRef<HTMLElement | null>(null);
  const state = useRef({ dirty, discarded: false });
  state.current.dirty = dirty;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // A field focused as the panel appeared (autoFocus) got there before this listener.
    if (element.contains(document.activeElement)) last.current = document.activeElement as HTMLElement;
    const onFocus = (event: FocusEvent) => (last.current = event.target as HTMLElement);
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [box]);
  useLeaveGuard({
    isDirty: () => state.current.dirty && !state.current.discarded,
    discard: () => {
      state.current.discarded = true;
      onDiscard?.();
    },
    lastFocused: () => last.current,
    ...(save ? { save } : {}),
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The one "Discard / Keep editing" dialog; the shell mounts it once. */
export function LeaveDialog() {
  const { t } = useTranslation();
  const open = useSyncExternalStore(
    subscribe,
    () => question !== null,
    () => false,
  );
  useEffect(() => {
    dialogMounted += 1;
    return () => {
      dialogMounted -= 1;
    };
  }, []);
  const saveable = open && canSaveAll();
  useEffect(() => {
    if (!open) return;
    // Captured before any form's own Ctrl+S, which must not save behind the dialog.
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.key.toLowerCase() !== 's' && e.key !== 'Enter')) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (canSaveAll()) answer('save');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
  return (
    <Modal
      opened={open}
      onClose={() => answer('keep')}
      title={t('leave.title')}
      size="sm"
      centered
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="md">{t('leave.body')}</Text>
        <Group justify="flex-end" gap={6}>
          <Button variant="default" color="red.8" onClick={() => answer('discard')}>
            {t('leave.discard')}
          </Button>
          {saveable ? (
            <Button variant="default" onClick={() => answer('save')} aria-keyshortcuts="Control+S">
              {t('leave.save')}
            </Button>
          ) : null}
          <Button onClick={() => answer('keep')} data-autofocus>
            {t('leave.keep')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
