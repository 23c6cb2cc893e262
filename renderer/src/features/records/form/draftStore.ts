/**
 * Unsaved form drafts kept in the window's local storage, so a reload, a crash or a closed window does not
 * lose what was typed: the form offers them back with a notice. One entry per form (`new` or the record id);
 * removed when the record is saved or the person discards the changes.
 */
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { DraftValues } from './useDraft';

const PREFIX = 'entente.draft.';

export interface StoredDraft {
  values: DraftValues;
  /** ISO instant of the last keystroke kept. */
  savedAt: string;
  /** The version of the record the edit started from (null for a new record). */
  baseVersion: number | null;
}

export function draftKey(kind: RecordKind, id: string | undefined): string {
  return `${PREFIX}${kind}.${id ?? 'new'}`;
}

/** The key of a draft kept by another editor: `status.<record id>.<event id | new>`, `report-builder`. */
export function editorDraftKey(...parts: string[]): string {
  return `${PREFIX}${parts.join('.')}`;
}

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.values !== 'object' || parsed.values === null)
      return null;
    return {
      values: parsed.values,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : new Date(0).toISOString(),
      baseVersion: typeof parsed.baseVersion === 'number' ? parsed.baseVersion : null,
    };
  } catch {
    // Unreadable (hand-edited, or storage unavailable): there is nothing to restore.
    return null;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the form still works and still asks before leaving; only a crash would lose it.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
