/**
 * Delete with confirmation. The dialog first asks which records depend on this one and names them; with
 * dependents the choice is "Delete and detach" (the links are removed from them), never a silent cascade.
 */
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { listPath } from '../../../app/kinds';
import { navigate } from '../../../app/router';
import { DependentsList } from '../shared/DependentsList';
import { recordTitle } from '../shared/record';

export function DeleteDialog({ record, opened, onClose }: { record: AnyRecord; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dependents = useApiQuery('records.dependents', { id: record.id }, { enabled: opened, staleTime: 0 });
  const remove = useApiMutation('records.delete');
  const deps = dependents.data ?? [];
  const title = recordTitle(record);

  const confirm = async () => {
    try {
      // expectedVersion is sent only without dependents: the store currently compares it with each detached
      // dependent's version too (reported to the lead), which would refuse every "Delete and detach".
      const detach = deps.length > 0;
      await remove.mutateAsync({
        kind: record.kind,
        id: record.id,
        detach,
        ...(detach ? {} : { expectedVersion: record.version }),
      });
      onClose();
      navigate(listPath(record.kind));
    } catch {
      // shown below through remove.error
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('delete.title', { title })}
      size="md"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <DependentsList deps={deps} pending={dependents.isPending} none={t('delete.noDependents')} size="md" />
        {remove.error ? <Alert color="red">{remove.error.message}</Alert> : null}
        <Group justify="flex-end" gap={6}>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" onClick={confirm} loading={remove.isPending} disabled={dependents.isPending}>
            {deps.length > 0 ? t('delete.detachAndDelete') : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
