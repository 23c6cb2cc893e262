/**
 * How every picker (Mantine Select / MultiSelect) behaves, set once as theme defaults (app/theme.ts):
 * searchable (type-ahead: "staff" finds "Staff talks"), the best match highlighted as you type so Enter takes
 * it, matches ranked word-start first ("force" → "In force" above "Awaiting entry into force"), and Enter in
 * a picker never submits the surrounding form — with no highlighted option it does nothing.
 */
import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import type { FocusEvent, KeyboardEvent } from 'react';

/** Lower-cased, accents removed: "Difesa" and "difésa" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD_START = /(^|[^\p{L}\p{N}])([\p{L}\p{N}])/gu;

/** Offsets where a word starts in `text` ("In force" → 0, 3). */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(WORD_START)) starts.push((m.index ?? 0) + (m[1]?.length ?? 0));
  return starts;
}

/**
 * Scores `label` against the typed words, lower is better, or null when a word is missing:
 * [0 label starts with the whole query | 1 every word at a word start | 2 somewhere inside a word,
 *  offset of the first match, label length]. Equal scores keep the original order.
 */
export function matchScore(label: string, query: string): [number, number, number] | null {
  const hay = fold(label);
  const q = fold(query).trim();
  // Nothing typed yet: the list keeps its own order (a status vocabulary reads in lifecycle order).
  if (q === '') return [0, 0, 0];
  const words = q.split(/\s+/);
  const starts = wordStarts(hay);
  let tier = hay.startsWith(q) ? 0 : 1;
  let first = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const atStart = starts.find((s) => hay.startsWith(word, s));
    if (atStart !== undefined) {
      first = Math.min(first, atStart);
      continue;
    }
    const inside = hay.indexOf(word);
    if (inside < 0) return null;
    tier = 2;
    first = Math.min(first, inside);
  }
  return [tier, first, hay.length];
}

/** Orders `items` by `matchScore` against `query`, dropping non-matches; at most `limit`. */
export function rankItems<T extends { label: string }>(items: readonly T[], query: string, limit = Infinity): T[] {
  const scored: { item: T; score: [number, number, number]; index: number }[] = [];
  items.forEach((item, index) => {
    const score = matchScore(item.label, query);
    if (score) scored.push({ item, score, index });
  });
  scored.sort(
    (a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.score[2] - b.score[2] || a.index - b.index,
  );
  return scored.slice(0, limit).map((s) => s.item);
}

/** Mantine `filter` for Select/MultiSelect (groups are ranked inside each group). */
export function rankedFilter({
  options,
  search,
  limit,
}: {
  options: ComboboxParsedItem[];
  search: string;
  limit: number;
}): ComboboxParsedItem[] {
  const flat = options.filter((o): o is ComboboxItem => 'label' in o);
  if (flat.length === options.length) return rankItems(flat, search, limit);
  return options.map((o) => ('group' in o ? { ...o, items: rankItems(o.items, search, limit) } : o));
}

/**
 * Enter inside a picker: Mantine takes the highlighted option itself (it runs after this handler); this only
 * stops the key from also submitting the form, highlighted option or not.
 */
export function enterStaysInPicker(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
}

/**
 * Enter inside a picker takes what the person sees: the highlighted option, or — when the list on screen has not
 * highlighted one yet — the best match of the text typed now (the rank of `matchScore`). Mantine's own Enter takes
 * the option at an index it keeps apart from the highlight, and on a busy machine the two part: the dropdown's
 * "opened" step runs a timer that resets the index after the typing has highlighted "Staff talks", so "staff" ⏎
 * chose nothing (or, with a stale index, another option). Runs in the capture phase and stops Mantine's Enter when
 * it takes an option; with no option rendered it leaves the text typed but not chosen (the save names it).
 */
export function enterTakesTypedMatch(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
  const input = event.currentTarget;
  const listId = input.getAttribute('aria-controls');
  const list = listId ? input.ownerDocument.getElementById(listId) : null;
  if (!list) return;
  const options = [...list.querySelectorAll<HTMLElement>('[data-combobox-option]:not([data-combobox-disabled])')];
  const highlighted = options.find((o) => o.hasAttribute('data-combobox-selected'));
  const query = input.value.trim();
  const labelled = options.map((element) => ({ element, label: element.textContent ?? '' }));
  const chosen = highlighted ?? (query === '' ? undefined : rankItems(labelled, query, 1)[0]?.element);
  if (!chosen) return;
  event.preventDefault();
  event.stopPropagation();
  chosen.click();
}

/**
 * Puts the focus on a field to show its error (after a refused save). A picker opens its list when focused, and the
 * list would lie over the very message under the field (a tester's finding), so a picker's list is closed once it
 * has opened — with the Escape a person would press; typing or Alt+↓ opens it again. Mantine opens the list in a
 * state update after the focus, and closing before that update is a no-op, so this waits for `aria-expanded`; any
 * key the person presses first, or leaving the field, ends the wait (the list is then theirs).
 */
export function focusToShowError(field: HTMLElement): void {
  field.focus();
  if (field.getAttribute('role') !== 'combobox') return;
  const close = (): void => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  };
  if (field.getAttribute('aria-expanded') === 'true') return close();
  const watch = new MutationObserver(() => {
    if (field.getAttribute('aria-expanded') !== 'true') return;
    stop();
    close();
  });
  const stop = () => {
    watch.disconnect();
    field.removeEventListener('keydown', stop, true);
    field.removeEventListener('blur', stop);
  };
  watch.observe(field, { attributes: true, attributeFilter: ['aria-expanded'] });
  field.addEventListener('keydown', stop, true);
  field.addEventListener('blur', stop);
}

/** Tabbing into a picker selects its text, so typing replaces the shown choice instead of appending to it. */
export function selectAllOnFocus(event: FocusEvent<HTMLInputElement>): void {
  event.currentTarget.select();
}

/** Theme defaults shared by Select and MultiSelect. */
export const PICKER_DEFAULTS = {
  searchable: true,
  selectFirstOptionOnChange: true,
  filter: rankedFilter,
  onKeyDown: enterStaysInPicker,
  onKeyDownCapture: enterTakesTypedMatch,
  maxDropdownHeight: 260,
} as const;
