/**
 * Unsaved form drafts kept in the window's local storage, so a reload, a crash or a closed window does not
 * lose what was typed: the form offers them back with a notice. One entry per form (`new` or the record id);
 * removed when the record is saved or the person discards the changes.
 *
 * Local storage is shared by every register opened on this machine, so each key carries the register it was typed
 * in: a new meeting half-typed in one register is never offered in another, nor an edit of a record in a copy of
 * the register (a copy keeps the record ids).
 */
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { DraftValues } from './useDraft';

const PREFIX = 'entente.draft.';

/** The tag of the register open in this window (see `setDraftRegister`); empty until the shell knows it. */
let registerTag = '';

/**
 * Names the register open in this window: its database file, as `app.info` gives it. The shell calls it before it
 * renders any page that keeps drafts. The key holds a short hash (FNV-1a, 32 bits) of the path, not the path.
 */
export function setDraftRegister(databaseFile: string | undefined): void {
  registerTag = databaseFile ? `${fnv1a(databaseFile)}.` : '';
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export interface StoredDraft {
  values: DraftValues;
  /** ISO instant of the last keystroke kept. */
  savedAt: string;
  /** The version of the record the edit started from (null for a new record). */
  baseVersion: number | null;
}

export function draftKey(kind: RecordKind, id: string | undefined): string {
  return `${PREFIX}${registerTag}${kind}.${id ?? 'new'}`;
}

/** The key of a draft kept by another editor: `status.<record id>.<event id | new>`, `report-builder`. */
export function editorDraftKey(...parts: string[]): string {
  return `${PREFIX}${registerTag}${parts.join('.')}`;
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
