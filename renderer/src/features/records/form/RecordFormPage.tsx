/**
 * Create or edit a record of any kind. The draft is sent as typed (dates as text); the server parses it with
 * the model's schema and answers field errors, which appear under the fields they belong to (rows named:
 * "Participant 2: needs a person or a party") and, together, in a summary at the top; the focus goes to the
 * first field in error. Ctrl+S (or Ctrl+Enter) saves; Enter alone never does, so no key press in a field or a
 * picker sends half a record. Unsaved typing is kept as a local draft (a reload or crash offers it back) and
 * leaving the form asks first (app/leave-guard.tsx).
 */
import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { Input } from '../../../../../electron/common/contract';
import { ApiError } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useReadOnly } from '../../../api/read-only';
import { recordPath } from '../../../app/kinds';
import { isAskingToLeave, useLeaveGuard } from '../../../app/leave-guard';
import { hasTypeAhead } from '../../../app/type-ahead';
import { goBack, navigate } from '../../../app/router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { focusToShowError } from '../../../components/pickers';
import { recordTitle } from '../shared/record';
import { AgreementForm } from './AgreementForm';
import { SharedFields } from './SharedFields';
import { draftFromRecord, emptyDraft } from './convert';
import { clearDraft, draftKey, readDraft, writeDraft, type StoredDraft } from './draftStore';
import { formatInstant } from '../../../components/format';
import { MeetingForm, PartyForm, PersonForm, ProgrammeForm, WorkingGroupForm } from './OtherForms';
import { DraftNotice } from './keptDraft';
import { settleUnchosen, UnchosenScope, type PickerCheck } from './unchosen';
import { fieldErrorMap, useDraft, type Draft, type DraftValues } from './useDraft';

const FORMS: Record<RecordKind, (props: { draft: Draft; id?: string | undefined }) => ReactNode> = {
  agreement: AgreementForm,
  working_group: WorkingGroupForm,
  programme: ProgrammeForm,
  meeting: MeetingForm,
  party: PartyForm,
  person: PersonForm,
};

export default function RecordFormPage({ kind, id }: { kind: RecordKind; id?: string | undefined }) {
  const { t } = useTranslation();
  const existing = useApiQuery(
    'records.get',
    { kind, id: id ?? '' },
    { enabled: Boolean(id), staleTime: 0, gcTime: 0 },
  );
  const readOnly = useReadOnly();
  // A read-only register (damaged, or another window's) offers no form whose save could only be refused; the
  // banner above says why.
  if (readOnly)
    return (
      <Alert m="md" color="yellow" variant="light" title={t('readOnly.title')} role="status">
        {readOnly}
      </Alert>
    );
  if (!id) return <RecordForm kind={kind} initial={emptyDraft(kind)} />;
  return (
    <QueryState query={existing}>
      {(record) => <RecordForm kind={kind} initial={draftFromRecord(record)} record={record} />}
    </QueryState>
  );
}

export function RecordForm({ kind, initial, record }: { kind: RecordKind; initial: DraftValues; record?: AnyRecord }) {
  const { t } = useTranslation();
  const create = useApiMutation('records.create');
  const update = useApiMutation('records.update');
  // A line about a picker's unchosen text names its field (`path`): it goes when that field's error goes (the
  // person changed the text it quoted, fields.tsx).
  const [summary, setSummary] = useState<{ text: string; path?: string }[]>([]);
  const [errorTick, setErrorTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<HTMLElement | null>(null);
  const busy = create.isPending || update.isPending;
  const busyRef = useRef(false);
  const Form = FORMS[kind];
  const [pickers] = useState(() => new Set<PickerCheck>());

  // A draft kept from an earlier visit (reload, crash, closed window) comes back with a notice. It is put in place
  // before the form takes any input, never over it: letters typed right after Ctrl+N (held until the first field
  // shows, app/type-ahead.ts) are newer than any draft, so then the draft is only offered.
  const key = draftKey(kind, record?.id);
  // Read while rendering the first time, before any effect of this form (or of its fields) has written one.
  const [stored] = useState(() => readDraft(key));
  const [typedFirst] = useState(() => stored !== null && hasTypeAhead());
  const draft = useDraft(initial, stored && !typedFirst ? stored.values : undefined);
  const [restored, setRestored] = useState<StoredDraft | null>(stored);
  const [offered, setOffered] = useState(typedFirst);
  const leaving = useRef(false);
  const submitRef = useRef<(event?: FormEvent, options?: { stay?: boolean }) => Promise<boolean>>(async () => false);
  // The version the typing started from: a restored draft's own, never the record's current one. Saving a draft
  // against the current version would silently undo every change made since the draft was typed (a tester lost a
  // status event and a colleague's edit that way); against its own base, the save is refused as "changed since".
  const [base, setBase] = useState(() => (stored && !typedFirst ? stored.baseVersion : (record?.version ?? null)));
  useEffect(() => {
    if (leaving.current) return;
    if (draft.isDirty())
      writeDraft(key, {
        values: draft.current(),
        savedAt: new Date().toISOString(),
        baseVersion: base,
      });
    else clearDraft(key);
  }, [draft, key, base]);
  const forget = () => {
    leaving.current = true;
    clearDraft(key);
  };
  useLeaveGuard({
    isDirty: () => !leaving.current && draft.isDirty(),
    discard: forget,
    lastFocused: () => lastFocused.current,
    save: () => submitRef.current(undefined, { stay: true }),
  });
  const restoreOffered = () => {
    if (!restored) return;
    setBase(restored.baseVersion);
    draft.replace(restored.values);
    setOffered(false);
  };
  const discardRestored = () => {
    setRestored(null);
    // Only offered: the form holds the person's newer typing, which stays.
    if (offered) return setOffered(false);
    setBase(record?.version ?? null);
    draft.markClean(initial);
    clearDraft(key);
  };

  /**
   * Saves; resolves true when written. `stay`: the leave dialog saves on the way elsewhere, so the form does not
   * go to the saved record itself.
   */
  const submit = async (event?: FormEvent, options: { stay?: boolean } = {}): Promise<boolean> => {
    event?.preventDefault();
    // One save at a time: a second Ctrl+S while the first is on its way must not create a second record.
    if (busyRef.current) return false;
    busyRef.current = true;
    setSummary([]);
    // Text typed in a picker but not chosen: taken where a free value is allowed, else the save stops on it.
    const unchosen = settleUnchosen(pickers);
    if (unchosen.length) {
      busyRef.current = false;
      const messages = unchosen.map((u) =>
        t(u.text ? 'form.unchosen' : 'form.unchosenEmpty', { field: u.label, text: u.text }),
      );
      draft.setErrors(Object.fromEntries(unchosen.map((u, i) => [u.path, messages[i] ?? ''])));
      setSummary(unchosen.map((u, i) => ({ text: messages[i] ?? '', path: u.path })));
      setErrorTick((n) => n + 1);
      return false;
    }
    const payload = { kind, draft: draft.current() } as Input<'records.create'>;
    try {
      const saved = record
        ? await update.mutateAsync({
            ...payload,
            id: record.id,
            expectedVersion: base ?? record.version,
          } as Input<'records.update'>)
        : await create.mutateAsync(payload);
      forget();
      draft.markClean();
      if (!options.stay) navigate(recordPath(saved.kind, saved.id));
      return true;
    } catch (error) {
      const info = error instanceof ApiError ? error.info : { code: 'INTERNAL' as const, message: String(error) };
      draft.setErrors(fieldErrorMap(info.fields));
      setSummary((info.fields?.length ? info.fields.map((f) => f.message) : [info.message]).map((text) => ({ text })));
      setErrorTick((n) => n + 1);
      return false;
    } finally {
      busyRef.current = false;
    }
  };

  submitRef.current = submit;

  // After a refused save: the focus goes to the first field in error (in form order), else to the summary.
  useEffect(() => {
    if (errorTick === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first) focusToShowError(first);
    else summaryRef.current?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }, [errorTick]);

  // Ctrl+S / Ctrl+Enter save from anywhere in the form.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      // Under the "Discard / Keep editing" dialog, Ctrl+S is the dialog's (app/leave-guard.tsx).
      if (isAskingToLeave()) return;
      if ((e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === 's' || e.key === 'Enter')) {
        e.preventDefault();
        void submitRef.current(undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Enter alone in a field or picker never submits (implicit submission would send half a record).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof HTMLInputElement) e.preventDefault();
  };

  const shownSummary = summary.filter((line) => line.path === undefined || draft.error(line.path) !== undefined);
  const cancel = () => (record ? navigate(recordPath(record.kind, record.id)) : goBack());
  const heading = record ? t('form.editing', { title: recordTitle(record) }) : t(`kinds.${kind}.new`);
  const stale = restored && record && restored.baseVersion !== null && restored.baseVersion !== record.version;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onFocus={(e) => (lastFocused.current = e.target)}
      noValidate
      aria-label={heading}
    >
      <PageHeader
        title={heading}
        subtitle={record ? t(`kinds.${kind}.one`) : t('form.dateHelp')}
        actions={
          <>
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} aria-keyshortcuts="Control+S">
              {record ? t('common.save') : t('form.create')}
            </Button>
          </>
        }
      />
      <Stack gap="md" p="md" maw={1040}>
        {restored ? (
          <DraftNotice
            text={t(offered ? 'form.offered' : stale ? 'form.restoredStale' : 'form.restored', {
              when: formatInstant(restored.savedAt),
            })}
          >
            {offered ? (
              <Button variant="default" size="xs" onClick={restoreOffered}>
                {t('form.restoreOffered')}
              </Button>
            ) : null}
            <Button variant="default" size="xs" onClick={discardRestored}>
              {t('form.discardRestored')}
            </Button>
          </DraftNotice>
        ) : null}
        {shownSummary.length ? (
          <Alert color="red" title={t('form.notSaved')} role="alert" ref={summaryRef} tabIndex={-1}>
            <List size="sm" spacing={2}>
              {shownSummary.map((m, i) => (
                <List.Item key={i}>{m.text}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <UnchosenScope checks={pickers}>
          <Form draft={draft} id={record?.id} />
          <SharedFields draft={draft} id={record?.id} />
        </UnchosenScope>
        <Group justify="flex-end" gap={6}>
          <Button variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {record ? t('common.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
