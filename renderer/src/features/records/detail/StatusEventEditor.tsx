/** Inline editor for one status event: status, date as typed (with its reading), note, source. */
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../i18n/dates';
import type { StatusEvent } from '../../../../../electron/common/domain/types';
import { STATUSES, type StatusKind } from '../../../../../electron/common/domain/vocab';
import { ApiError } from '../../../api/client';
import { confirmLeave, useUnsavedGuard } from '../../../app/leave-guard';
import { PartialDateInput } from '../../../components/PartialDateInput';
import { vocabLabel } from '../../../i18n';
import { clearDraft } from '../form/draftStore';
import { RestoredNotice, useKeepDraft, useStoredDraft } from '../form/keptDraft';

export interface StatusEventValues {
  status: string;
  date: string;
  note: string;
  source: string;
}

export function StatusEventEditor({
  kind,
  initial,
  draftKey,
  onSave,
  onCancel,
}: {
  kind: StatusKind;
  initial: StatusEvent | null;
  /** Where the typing is kept until it is saved or discarded (statusDraftKey), so a reload does not lose it. */
  draftKey: string;
  onSave: (values: StatusEventValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [start] = useState<StatusEventValues>(() => ({
    status: initial?.status ?? '',
    date: initial && initial.date !== 'XXXX' ? formatPartialDate(initial.date) : '',
    note: initial?.note ?? '',
    source: initial?.source ?? '',
  }));
  const stored = useStoredDraft(draftKey);
  const [restored, setRestored] = useState(stored);
  const [values, setValues] = useState<StatusEventValues>(() => ({ ...start, ...(stored?.values ?? {}) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof StatusEventValues, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const box = useRef<HTMLFormElement>(null);
  // Leaving the page with the editor's typing unsaved asks first (app/leave-guard.tsx).
  const dirty = (Object.keys(start) as (keyof StatusEventValues)[]).some((k) => values[k] !== start[k]);
  useKeepDraft(draftKey, values, dirty);
  const forget = () => clearDraft(draftKey);
  useUnsavedGuard(dirty, box, () => submit(), forget);
  const close = () => {
    forget();
    onCancel();
  };

  /** Saves; resolves false when refused (the errors are shown). */
  const submit = async (event?: React.FormEvent): Promise<boolean> => {
    event?.preventDefault();
    if (!values.status) {
      setErrors({ status: t('timeline.chooseStatus') });
      return false;
    }
    setBusy(true);
    try {
      await onSave(values);
      forget();
      return true;
    } catch (error) {
      const info = error instanceof ApiError ? error.info : null;
      const byField: Record<string, string> = {};
      for (const f of info?.fields ?? []) byField[f.path.split('.').pop() ?? ''] = f.message;
      if (Object.keys(byField).length === 0) byField.form = info?.message ?? String(error);
      setErrors(byField);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={box}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          // Esc closes the editor; with typing in it, only after "Discard / Keep editing" (a tester lost a
          // half-written event and its note to one Esc).
          if (!dirty) close();
          else void confirmLeave().then((stay) => stay || close());
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit(e);
        } else if (
          e.key === 'Enter' &&
          e.target instanceof HTMLInputElement &&
          !e.target.hasAttribute('aria-haspopup') && // Enter in the status list picks a status
          values.date.trim() === ''
        ) {
          // Enter with no date would store the status as undated — and an undated status entered last becomes the
          // current one. That takes a deliberate Ctrl+Enter (a tester stored "Terminated · unknown" with 5 keys).
          e.preventDefault();
          setErrors({ date: t('timeline.dateOrUndated') });
        }
      }}
      className="ent-inline-form"
      aria-label={initial ? t('timeline.editEvent') : t('timeline.addEvent')}
    >
      <Stack gap={6}>
        {restored ? (
          <RestoredNotice
            draft={restored}
            onDiscard={() => {
              setRestored(null);
              setValues(start);
            }}
          />
        ) : null}
        <Group gap={8} align="flex-start" grow>
          <Select
            label={t('timeline.status')}
            data={STATUSES[kind].map((s) => ({ value: s, label: vocabLabel(t, s) }))}
            value={values.status || null}
            onChange={(v) => set('status', v ?? '')}
            error={errors.status}
            data-autofocus
            autoFocus
            searchable
            // Focused as the editor opens: the list waits for a letter or ↓ rather than covering the date beside it;
            // a short vocabulary is drawn whole, not as a scroll region.
            openOnFocus={false}
            withScrollArea={false}
          />
          <PartialDateInput
            label={t('timeline.date')}
            placeholder={t('timeline.datePlaceholder')}
            value={values.date}
            onChange={(v) => set('date', v)}
            error={errors.date}
          />
        </Group>
        <Group gap={8} grow>
          <TextInput
            label={t('timeline.note')}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errors.note}
          />
          <TextInput
            label={t('timeline.sourceLabel')}
            value={values.source}
            onChange={(e) => set('source', e.currentTarget.value)}
            error={errors.source}
          />
        </Group>
        {errors.form ? (
          <div role="alert" className="ent-form-error">
            {errors.form}
          </div>
        ) : null}
        <Group gap={6} justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {initial ? t('common.save') : t('timeline.addEvent')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
