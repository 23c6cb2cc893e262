/**
 * Text typed in a picker but not chosen is never dropped silently by a save (Ctrl+S or the Save button).
 * Where a free value is allowed (tags, topics, outcomes) the typed text is taken as one more value, as if the
 * person had pressed Enter. Where only a choice from a list is valid (type, status, role, linked records,
 * parties, people) the text is taken only when it is exactly one option's label; otherwise the save stops and
 * says which field holds unchosen text, and the focus goes there. A required picker whose text was erased
 * counts as unchosen too; an optional one is cleared, as the person's eyes say.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** What a picker holds at save time. */
export type Settled =
  | { state: 'ok' }
  /** The typed text was taken (a free value, or an exact label); the draft has it now. */
  | { state: 'taken' }
  | { state: 'unchosen'; path: string; label: string; text: string };

type Check = () => Settled;
/** One registered picker's check (the latest render's). */
export interface PickerCheck {
  current: Check;
}

const Registry = createContext<Set<PickerCheck> | null>(null);

/** Every picker inside registers its check; `settle` runs them in the form's order. */
export function UnchosenScope({ checks, children }: { checks: Set<PickerCheck>; children: ReactNode }) {
  return <Registry.Provider value={checks}>{children}</Registry.Provider>;
}

/** Registers `check` with the enclosing form (none outside a form). */
export function useUnchosenCheck(check: Check): void {
  const checks = useContext(Registry);
  const latest = useRef(check);
  latest.current = check;
  useEffect(() => {
    if (!checks) return;
    const entry = { current: () => latest.current() };
    checks.add(entry);
    return () => {
      checks.delete(entry);
    };
  }, [checks]);
}

/** Runs every check (taking free text into the draft); returns the fields that still hold unchosen text. */
export function settleUnchosen(checks: Set<PickerCheck>): Extract<Settled, { state: 'unchosen' }>[] {
  const found: Extract<Settled, { state: 'unchosen' }>[] = [];
  for (const entry of checks) {
    const result = entry.current();
    if (result.state === 'unchosen') found.push(result);
  }
  return found;
}

/** Lower-cased, accents removed, trimmed: how a typed label is compared with the options'. */
export function sameLabel(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return fold(a) === fold(b);
}

/**
 * What the person typed into a picker, kept on screen: a Select puts its own text back when it loses the focus
 * (the chosen label, or nothing), which left a save error quoting “Xyz” under a field that showed nothing (or
 * showed the old choice) — the error must quote what the field shows. So the text is the picker's `searchValue`:
 * the person's typing while the input has the focus, and the picker's own text (a label chosen or put in place
 * from outside) only while nothing unchosen is typed. `onEdited` runs when the person changes the text (its
 * error, which quoted the old text, no longer holds); `reset` when an option is chosen or the text was taken.
 * `chosenLabel` is the label of the option chosen now ('' for none): the text starts as it, and the picker putting
 * it in place is never taken for typing — even in the focus, where a new row's picker is as soon as it is drawn
 * (its default "Related" was counted as typed, and the typing that followed was added to it: "Relatedmerged").
 */
export function useTypedText(onEdited?: () => void, chosenLabel = '') {
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef<string | null>(null);
  const [search, setSearch] = useState(chosenLabel);
  return {
    input,
    typed: () => typed.current,
    search,
    onSearch: (next: string) => {
      if (typed.current === null && chosenLabel !== '' && next === chosenLabel) setSearch(next);
      else if (input.current && document.activeElement === input.current) {
        if (next !== (typed.current ?? search)) onEdited?.();
        typed.current = next;
        setSearch(next);
      } else if (typed.current === null) setSearch(next);
    },
    reset: () => {
      typed.current = null;
    },
  };
}
