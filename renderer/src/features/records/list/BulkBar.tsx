/**
 * Actions on the selected rows: tag, add a status event, export, delete. Each write is one records.bulk call —
 * one transaction, one undoable change ("Undo" on Data & backups or Edit ▸ Undo last change takes it back whole).
 * Delete first names the records outside the selection that refer to it, as the single delete does.
 */
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconTag, IconTimelineEvent, IconTrash, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../../electron/common/contract';
import { STATUSES, isStatusKind, type RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { PartialDateInput } from '../../../components/PartialDateInput';
import { vocabLabel } from '../../../i18n';
import { DependentsList } from '../shared/DependentsList';
import type { ListView } from './view';

type Dialog = 'tag' | 'status' | 'delete' | null;

export function BulkBar({
  kind,
  selected,
  request,
  view,
  onDone,
}: {
  kind: RecordKind;
  selected: ReadonlySet<string>;
  request: Input<'records.list'>;
  view: ListView;
  onDone: (message: string, clear: boolean) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const exportList = useApiMutation('lists.export');
  const ids = [...selected];
  const runExport = async () => {
    const columns = view.order.filter((c) => !view.hidden.includes(c));
    const done = await exportList.mutateAsync({ list: request, columns, ids, format: 'xlsx' }).catch(() => null);
    if (done?.downloadUrl) window.location.assign(done.downloadUrl);
    if (done) onDone(t('list.export.done', { count: done.rows, file: done.fileName }), false);
  };
  return (
    <Group className="ent-bulkbar" gap={6} px="md" py={6} role="toolbar" aria-label={t('list.bulk.label')}>
      <Text size="sm" fw={600} aria-live="polite">
        {t('list.bulk.selected', { count: selected.size })}
      </Text>
      <Button size="xs" variant="default" leftSection={<IconTag size={13} />} onClick={() => setDialog('tag')}>
        {t('list.bulk.tag')}
      </Button>
      {isStatusKind(kind) ? (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconTimelineEvent size={13} />}
          onClick={() => setDialog('status')}
        >
          {t('list.bulk.status')}
        </Button>
      ) : null}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDownload size={13} />}
        loading={exportList.isPending}
        onClick={() => void runExport()}
      >
        {t('list.bulk.export')}
      </Button>
      <Button
        size="xs"
        variant="default"
        color="red.8"
        leftSection={<IconTrash size={13} />}
        onClick={() => setDialog('delete')}
      >
        {t('list.bulk.delete')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        leftSection={<IconX size={13} />}
        onClick={() => onDone('', true)}
      >
        {t('list.bulk.clear')}
      </Button>
      {exportList.error ? (
        <Alert color="red" py={2}>
          {exportList.error.message}
        </Alert>
      ) : null}
      {dialog === 'tag' ? <TagDialog ids={ids} onClose={() => setDialog(null)} onDone={onDone} /> : null}
      {dialog === 'status' && isStatusKind(kind) ? (
        <StatusDialog kind={kind} ids={ids} onClose={() => setDialog(null)} onDone={onDone} />
      ) : null}
      {dialog === 'delete' ? <BulkDeleteDialog ids={ids} onClose={() => setDialog(null)} onDone={onDone} /> : null}
    </Group>
  );
}

interface DialogProps {
  ids: string[];
  onClose: () => void;
  onDone: (message: string, clear: boolean) => void;
}

function BulkModal({ title, children, onClose }: { title: string; children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      {children}
    </Modal>
  );
}

function Actions({
  onClose,
  busy,
  label,
  danger,
}: {
  onClose: () => void;
  busy: boolean;
  label: string;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap={6}>
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy} color={danger ? 'red.8' : undefined}>
        {label}
      </Button>
    </Group>
  );
}

function TagDialog({ ids, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const bulk = useApiMutation('records.bulk');
  const [tag, setTag] = useState('');
  return (
    <BulkModal title={t('list.bulk.tagTitle', { count: ids.length })} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void bulk
            .mutateAsync({ action: 'tag', ids, tag })
            .then((r) => {
              onClose();
              onDone(t('list.bulk.done', { label: r.label }), true);
            })
            .catch(() => null);
        }}
      >
        <Stack>
          <TextInput
            data-autofocus
            label={t('list.bulk.tagName')}
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
          />
          {bulk.error ? <Alert color="red">{bulk.error.message}</Alert> : null}
          <Actions onClose={onClose} busy={bulk.isPending} label={t('list.bulk.tagApply')} />
        </Stack>
      </form>
    </BulkModal>
  );
}

function StatusDialog({ kind, ids, onClose, onDone }: DialogProps & { kind: keyof typeof STATUSES }) {
  const { t } = useTranslation();
  const bulk = useApiMutation('records.bulk');
  const [status, setStatus] = useState<string | null>(null);
  const [date, setDate] = useState('');
  return (
    <BulkModal title={t('list.bulk.statusTitle', { count: ids.length })} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void bulk
            .mutateAsync({ action: 'status', ids, event: { status, date } })
            .then((r) => {
              onClose();
              onDone(t('list.bulk.done', { label: r.label }), true);
            })
            .catch(() => null);
        }}
      >
        <Stack>
          <Select
            data-autofocus
            // Focused as the dialog opens: the list waits for a letter or ↓, so it does not cover the date below.
            openOnFocus={false}
            // A short vocabulary: drawn whole, not as a scroll region (axe asks a scroll region to be focusable).
            withScrollArea={false}
            label={t('timeline.status')}
            placeholder={t('timeline.chooseStatus')}
            data={STATUSES[kind].map((s) => ({ value: s, label: vocabLabel(t, s) }))}
            value={status}
            onChange={setStatus}
          />
          <PartialDateInput
            label={t('timeline.date')}
            placeholder={t('timeline.datePlaceholder')}
            value={date}
            onChange={setDate}
          />
          {bulk.error ? <Alert color="red">{bulk.error.message}</Alert> : null}
          <Actions onClose={onClose} busy={bulk.isPending} label={t('list.bulk.statusApply')} />
        </Stack>
      </form>
    </BulkModal>
  );
}

function BulkDeleteDialog({ ids, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const bulk = useApiMutation('records.bulk');
  const dependents = useApiQuery('records.bulkDependents', { ids }, { staleTime: 0 });
  const deps = dependents.data ?? [];
  return (
    <BulkModal title={t('list.bulk.deleteTitle', { count: ids.length })} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void bulk
            .mutateAsync({ action: 'delete', ids, detach: deps.length > 0 })
            .then((r) => {
              onClose();
              onDone(t('list.bulk.done', { label: r.label }), true);
            })
            .catch(() => null);
        }}
      >
        <Stack gap="sm">
          <DependentsList
            deps={deps}
            pending={dependents.isPending}
            none={t('list.bulk.deleteNone')}
            size="sm"
            limit={50}
          />
          {bulk.error ? <Alert color="red">{bulk.error.message}</Alert> : null}
          <Actions
            onClose={onClose}
            busy={bulk.isPending}
            danger
            label={deps.length > 0 ? t('delete.detachAndDelete') : t('list.bulk.deleteApply', { count: ids.length })}
          />
        </Stack>
      </form>
    </BulkModal>
  );
}
