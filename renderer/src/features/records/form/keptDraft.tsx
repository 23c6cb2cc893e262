/**
 * Kept drafts for editors other than the record forms (the inline status editor, the report builder), on the
 * same storage (draftStore.ts) and with the same notice as the record forms: what was typed survives a reload, a
 * crash or a closed window, and comes back with "Unsaved changes from … were restored" and a way to discard them.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../components/format';
import { clearDraft, readDraft, writeDraft, type StoredDraft } from './draftStore';
import type { DraftValues } from './useDraft';

/** The draft kept under `key`, read once, as the component first renders (before it writes one itself). */
export function useStoredDraft(key: string): StoredDraft | null {
  const [stored] = useState(() => readDraft(key));
  return stored;
}

/** Keeps `values` under `key` while `dirty`, and removes them once they are not (saved, exported, undone). */
export function useKeepDraft(key: string, values: DraftValues, dirty: boolean): void {
  const json = JSON.stringify(values);
  useEffect(() => {
    if (dirty) writeDraft(key, { values, savedAt: new Date().toISOString(), baseVersion: null });
    else clearDraft(key);
    // `json` stands for `values`: a new object with the same content writes nothing new.
  }, [key, json, dirty]);
}

/** The notice over a restored draft: when it was typed, and buttons (Discard them; the record form's Restore). */
export function DraftNotice({ text, children }: { text: string; children: ReactNode }) {
  return (
    <Alert color="accent" role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{text}</Text>
        <Group gap={6}>{children}</Group>
      </Group>
    </Alert>
  );
}

/** `DraftNotice` for a draft put back as it was, with its "Discard them" button. */
export function RestoredNotice({ draft, onDiscard }: { draft: StoredDraft; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <DraftNotice text={t('form.restored', { when: formatInstant(draft.savedAt) })}>
      <Button variant="default" size="xs" onClick={onDiscard}>
        {t('form.discardRestored')}
      </Button>
    </DraftNotice>
  );
}
