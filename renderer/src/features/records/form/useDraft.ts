/**
 * Form state for any record kind, on @mantine/form (the UI kit's own form library): one plain object edited by
 * dotted paths ("parties.0.role"), field errors keyed the same way, list rows inserted and removed with their
 * errors re-indexed, and dirty tracking against the values the form opened with (or was last saved as).
 * Server errors arrive as `draft.parties.0.role` and are mapped onto the field that shows them; anything
 * without a field is kept for the summary at the top of the form. Validation stays on the server (the model's
 * zod schemas parse dates as typed), so the form has no rules of its own.
 */
import { useForm } from '@mantine/form';
import { useLayoutEffect, useMemo } from 'react';
import type { FieldError } from '../../../../../electron/common/domain/errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a form edits a loosely typed draft; the server's zod schema is the type check
export type DraftValues = Record<string, any>;

function getPath(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, key) => (o == null ? undefined : (o as Record<string, unknown>)[key]), obj);
}

export function fieldErrorMap(fields: FieldError[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const f of fields ?? []) {
    const path = f.path.replace(/^draft\.?/, '');
    map[path || '_form'] ??= f.message;
  }
  return map;
}

export interface Draft {
  values: DraftValues;
  errors: Record<string, string>;
  get<T = unknown>(path: string): T;
  set(path: string, value: unknown): void;
  /** Appends a row to the list at `path`; returns its index. */
  add(path: string, row: unknown): number;
  removeAt(path: string, index: number): void;
  setErrors(errors: Record<string, string>): void;
  error(path: string): string | undefined;
  /** True when the values differ from those the form opened with or was last saved as. */
  isDirty(): boolean;
  /** The current values, read synchronously (not the last rendered ones). */
  current(): DraftValues;
  /** Replaces every value (a restored draft); the form stays dirty against its original values. */
  replace(values: DraftValues): void;
  /** Makes the current values the clean state (after a save or a discard). */
  markClean(values?: DraftValues): void;
}

/**
 * `initial`: the values the form opens with and is clean against. `restored`: a kept draft shown instead from
 * the first render (before any field takes input), the form dirty against `initial`.
 */
export function useDraft(initial: DraftValues, restored?: DraftValues): Draft {
  const form = useForm<DraftValues>({ mode: 'controlled', initialValues: restored ?? initial });
  useLayoutEffect(() => {
    // Dirty against what the record is, not against the draft; values stay as they are.
    if (restored) form.resetDirty(initial);
    // Once, when the form opens.
  }, []);
  const errors = form.errors as Record<string, string>;
  return useMemo<Draft>(
    () => ({
      values: form.values,
      errors,
      get: <T>(path: string) => getPath(form.values, path) as T,
      set: (path, value) => {
        form.setFieldValue(path, value);
        // Editing a field clears its error and those of the rows below it (their indexes may have moved).
        const stale = Object.keys(form.errors).filter((k) => k === path || k.startsWith(`${path}.`));
        if (stale.length)
          form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([k]) => !stale.includes(k))));
      },
      add: (path, row) => {
        const index = ((getPath(form.getValues(), path) as unknown[] | undefined) ?? []).length;
        form.insertListItem(path, row, index);
        return index;
      },
      removeAt: (path, index) => form.removeListItem(path, index),
      setErrors: (next) => form.setErrors(next),
      error: (path) => errors[path],
      isDirty: () => form.isDirty(),
      current: () => form.getValues(),
      replace: (values) => form.setValues(values),
      markClean: (values) => {
        if (values) form.setValues(values);
        form.resetDirty(values);
      },
    }),
    // form's functions are stable; values and errors change what the draft shows.

    [form.values, errors],
  );
}
