/**
 * Create or edit a record of any kind. The draft is sent as typed (dates as text); the server parses it with
 * the model's schema and answers field errors, which appear under the fields they belong to and, together,
 * in a summary at the top. Ctrl+S (or Ctrl+Enter) saves.
 */
import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { Input } from '../../../../../electron/common/contract';
import { ApiError } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { recordPath } from '../../../app/kinds';
import { navigate } from '../../../app/router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { recordTitle } from '../shared/record';
import { AgreementForm } from './AgreementForm';
import { draftFromRecord, emptyDraft } from './convert';
import { MeetingForm, PartyForm, PersonForm, ProgrammeForm, WorkingGroupForm } from './OtherForms';
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
  const existing = useApiQuery(
    'records.get',
    { kind, id: id ?? '' },
    { enabled: Boolean(id), staleTime: 0, gcTime: 0 },
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
  const draft = useDraft(initial);
  const create = useApiMutation('records.create');
  const update = useApiMutation('records.update');
  const [summary, setSummary] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const busy = create.isPending || update.isPending;
  const Form = FORMS[kind];

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSummary([]);
    const payload = { kind, draft: draft.values } as Input<'records.create'>;
    try {
      const saved = record
        ? await update.mutateAsync({
            ...payload,
            id: record.id,
            expectedVersion: record.version,
          } as Input<'records.update'>)
        : await create.mutateAsync(payload);
      navigate(recordPath(saved.kind, saved.id));
    } catch (error) {
      const info = error instanceof ApiError ? error.info : { code: 'INTERNAL' as const, message: String(error) };
      draft.setErrors(fieldErrorMap(info.fields));
      setSummary(info.fields?.length ? info.fields.map((f) => f.message) : [info.message]);
      formRef.current?.closest('main')?.scrollTo({ top: 0 });
      window.scrollTo({ top: 0 });
    }
  };

  // Ctrl+S / Ctrl+Enter save from anywhere in the form.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === 's' || e.key === 'Enter')) {
        e.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const cancel = () => (record ? navigate(recordPath(record.kind, record.id)) : history.back());
  const heading = record ? t('form.editing', { title: recordTitle(record) }) : t(`kinds.${kind}.new`);

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={heading}>
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
        {summary.length ? (
          <Alert color="red" title={t('form.notSaved')} role="alert">
            <List size="sm" spacing={2}>
              {summary.map((m, i) => (
                <List.Item key={i}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Form draft={draft} id={record?.id} />
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
