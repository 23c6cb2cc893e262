/** Where backups go and how many are kept (stored in the database's settings). */
import { Alert, Button, Group, NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transportKind } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { SAFETY_NS } from './strings';

export function BackupSettings({ dir, keep, onDone }: { dir: string; keep: number; onDone: () => void }) {
  const { t } = useTranslation(SAFETY_NS);
  const save = useApiMutation('backups.settings');
  const choose = useApiMutation('backups.chooseFolder');
  // The desktop app picks any folder in the system's dialog; a page can only name one inside the register's folder.
  const desktop = transportKind() === 'ipc';
  const [folder, setFolder] = useState(dir);
  const [count, setCount] = useState<number | string>(keep);
  const submit = () => {
    const keepValue = typeof count === 'number' ? count : Number(count);
    const dirChange = desktop ? {} : { dir: folder.trim() === '' ? null : folder.trim() };
    save.mutate({ ...dirChange, keep: keepValue }, { onSuccess: onDone });
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        {desktop ? (
          <TextInput
            label={t('settings.folder')}
            value={choose.data?.dir ?? dir}
            readOnly
            rightSectionWidth={130}
            rightSection={
              <Button size="compact-xs" variant="default" onClick={() => choose.mutate({})} loading={choose.isPending}>
                {t('settings.chooseFolder')}
              </Button>
            }
            style={{ flex: 1, minWidth: 260 }}
          />
        ) : (
          <TextInput
            label={t('settings.folder')}
            description={t('settings.folderHintPreview')}
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 260 }}
          />
        )}
        <NumberInput label={t('settings.keep')} min={1} max={1000} value={count} onChange={setCount} w={120} />
        <Button type="submit" size="sm" loading={save.isPending}>
          {t('settings.save')}
        </Button>
        <Button size="sm" variant="default" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </Group>
      {save.isError || choose.isError ? (
        <Alert color="red" role="alert" mt="xs">
          {(save.error ?? choose.error)?.message}
        </Alert>
      ) : null}
    </form>
  );
}
