/**
 * What to do with the view as a whole: save it under a name (or update the saved view it came from), export it
 * as XLSX or CSV (the visible columns, in order), or see it on the timeline view.
 */
import { Alert, Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconDownload, IconTimelineEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../../electron/common/contract';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { SavedView } from '../../../../../electron/common/domain/views';
import { useApiMutation } from '../../../api/hooks';
import { navigate } from '../../../app/router';
import { toSpec, type ListView } from './view';

export function ViewActions({
  kind,
  view,
  request,
  savedView,
  onSaved,
}: {
  kind: RecordKind;
  view: ListView;
  request: Input<'records.list'>;
  savedView: SavedView | null;
  onSaved: (view: SavedView) => void;
}) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const create = useApiMutation('views.create');
  const update = useApiMutation('views.update');
  const exportList = useApiMutation('lists.export');
  const [exported, setExported] = useState<string | null>(null);
  const columns = view.order.filter((c) => !view.hidden.includes(c));
  const save = async () => {
    const saved = await create.mutateAsync({ list: kind, name, spec: toSpec(view) }).catch(() => null);
    if (saved) {
      setNaming(false);
      onSaved(saved);
    }
  };
  const runExport = async (format: 'xlsx' | 'csv') => {
    const done = await exportList.mutateAsync({ list: request, columns, format }).catch(() => null);
    if (done?.downloadUrl) window.location.assign(done.downloadUrl);
    if (done) setExported(t('list.export.done', { count: done.rows, file: done.fileName }));
  };
  return (
    <Group gap={6}>
      <Button
        variant="default"
        leftSection={<IconTimelineEvent size={14} aria-hidden />}
        onClick={() => navigate(`/timeline?list=${encodeURIComponent(JSON.stringify(request))}`)}
      >
        {t('list.timeline')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={14} aria-hidden />} loading={exportList.isPending}>
            {t('list.export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void runExport('xlsx')}>{t('list.export.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void runExport('csv')}>{t('list.export.csv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {savedView ? (
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={14} aria-hidden />}
          loading={update.isPending}
          onClick={() =>
            void update
              .mutateAsync({ id: savedView.id, view: { list: kind, name: savedView.name, spec: toSpec(view) } })
              .then(onSaved)
              .catch(() => null)
          }
        >
          {t('list.views.update', { name: savedView.name })}
        </Button>
      ) : null}
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={14} aria-hidden />}
        onClick={() => {
          setName('');
          create.reset();
          setNaming(true);
        }}
      >
        {t('list.views.save')}
      </Button>
      {exported || exportList.error ? (
        <Alert
          color={exportList.error ? 'red' : 'gray'}
          py={4}
          withCloseButton
          onClose={() => {
            setExported(null);
            exportList.reset();
          }}
          role="status"
        >
          {exportList.error?.message ?? exported}
        </Alert>
      ) : null}
      <Modal
        opened={naming}
        onClose={() => setNaming(false)}
        title={t('list.views.saveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            <TextInput
              data-autofocus
              label={t('list.views.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={create.error?.message}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
