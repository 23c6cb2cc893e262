/**
 * Form state for any record kind: one plain object edited by dotted paths ("parties.0.role"), plus field
 * errors keyed the same way. Server errors arrive as `draft.parties.0.role` and are mapped onto the field
 * that shows them; anything without a field is kept for the summary at the top of the form.
 */
import { useCallback, useState } from 'react';
import type { FieldError } from '../../../../../electron/common/domain/errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a form edits a loosely typed draft; the server's zod schema is the type check
export type DraftValues = Record<string, any>;

function getPath(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, key) => (o == null ? undefined : (o as Record<string, unknown>)[key]), obj);
}

function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return obj;
  const container: Record<string, unknown> | unknown[] = Array.isArray(obj)
    ? [...obj]
    : { ...(obj as Record<string, unknown>) };
  const current = (container as Record<string, unknown>)[head];
  (container as Record<string, unknown>)[head] =
    rest.length === 0 ? value : setPath(current ?? (/^\d+$/.test(rest[0] ?? '') ? [] : {}), rest.join('.'), value);
  return container as T;
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
  add(path: string, row: unknown): void;
  removeAt(path: string, index: number): void;
  setErrors(errors: Record<string, string>): void;
  error(path: string): string | undefined;
}

export function useDraft(initial: DraftValues): Draft {
  const [values, setValues] = useState<DraftValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = useCallback((path: string, value: unknown) => {
    setValues((v) => setPath(v, path, value));
    // Editing a field clears its error (and the errors of rows below it, whose indexes may have moved).
    setErrors((e) => {
      if (!Object.keys(e).some((k) => k === path || k.startsWith(`${path}.`))) return e;
      return Object.fromEntries(Object.entries(e).filter(([k]) => k !== path && !k.startsWith(`${path}.`)));
    });
  }, []);
  return {
    values,
    errors,
    get: <T>(path: string) => getPath(values, path) as T,
    set,
    add: (path, row) => set(path, [...((getPath(values, path) as unknown[] | undefined) ?? []), row]),
    removeAt: (path, index) =>
      set(
        path,
        ((getPath(values, path) as unknown[] | undefined) ?? []).filter((_, i) => i !== index),
      ),
    setErrors,
    error: (path) => errors[path],
  };
}
