/**
 * A change to one record as a line in the reader's language ("Created agreement “X”", "Creazione: accordo «X»").
 * The store writes its summaries and undo labels in English (they also serve the CLI and the audit file), so the
 * interface builds the line again from what the change was: its action, the record's kind and its title.
 */
import type { TFunction } from 'i18next';

export interface ChangedRecord {
  action: 'create' | 'update' | 'delete';
  kind: string;
  title: string;
}

export function changeLine(t: TFunction, change: ChangedRecord): string {
  const kind = t(`kinds.${change.kind}.one`, { defaultValue: change.kind }).toLowerCase();
  return t(`changeLine.${change.action}`, { kind, title: change.title });
}

/**
 * An undo-history entry's label: rebuilt when it is a plain save of one record (the store's words "Created …",
 * "Changed …", "Deleted …", "Saved without changes"); named changes keep the store's label, even when they touched
 * one record ("Import of from-rome.json: 0 created, 1 updated", a bulk action, a restore).
 */
export function historyLabel(
  t: TFunction,
  entry: { label: string; recordCount: number; records: readonly ChangedRecord[] },
): string {
  const only = entry.records[0];
  const plainSave = /^(Created |Changed |Deleted |Saved without changes$)/.test(entry.label);
  return entry.recordCount === 1 && only && plainSave ? changeLine(t, only) : entry.label;
}
