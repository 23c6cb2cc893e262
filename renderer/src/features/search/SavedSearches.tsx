/**
 * Saved searches: listed beside the results (click to run), saved from the current query and
 * filters, renamed, updated with the current search, deleted. Kept in the database.
 */
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconDots, IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch, SearchFilters } from '../../../../electron/common/domain/search';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { SEARCH_NS } from './strings';

interface Props {
  query: string;
  filters: SearchFilters;
  activeId: string | null;
  onRun: (saved: SavedSearch) => void;
}

type Dialog = { mode: 'create' } | { mode: 'rename'; saved: SavedSearch } | null;

export function SavedSearches({ query, filters, activeId, onRun }: Props) {
  const { t } = useTranslation(SEARCH_NS);
  const { t: tc } = useTranslation();
  const list = useApiQuery('savedSearches.list', {});
  const create = useApiMutation('savedSearches.create');
  const update = useApiMutation('savedSearches.update');
  const remove = useApiMutation('savedSearches.delete');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const openDialog = (next: Dialog) => {
    setDialog(next);
    setName(next?.mode === 'rename' ? next.saved.name : query.trim().slice(0, 80));
    setError(null);
  };
  const submit = async () => {
    try {
      if (dialog?.mode === 'rename')
        await update.mutateAsync({
          id: dialog.saved.id,
          search: { name, query: dialog.saved.query, filters: dialog.saved.filters },
        });
      else onRun(await create.mutateAsync({ name, query, filters }));
      setDialog(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack gap={6} className="ent-saved-searches" component="nav" aria-label={t('saved.title')}>
      <Group justify="space-between" wrap="nowrap">
        <Text component="h2" className="ent-section-title">
          {t('saved.title')}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconStar size={12} />}
          onClick={() => openDialog({ mode: 'create' })}
        >
          {t('saved.save')}
        </Button>
      </Group>
      {(list.data ?? []).length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('saved.none')}
        </Text>
      ) : null}
      {(list.data ?? []).map((saved) => (
        <Group
          key={saved.id}
          gap={4}
          wrap="nowrap"
          className="ent-saved-search"
          data-active={saved.id === activeId || undefined}
        >
          <UnstyledButton
            style={{ flex: 1, minWidth: 0 }}
            onClick={() => onRun(saved)}
            aria-label={t('saved.open', { name: saved.name })}
          >
            <Text size="sm" truncate="end">
              {saved.name}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {saved.query || t('saved.filtersOnly')}
            </Text>
          </UnstyledButton>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('saved.actions', { name: saved.name })}>
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() => void update.mutateAsync({ id: saved.id, search: { name: saved.name, query, filters } })}
              >
                {t('saved.update', { name: saved.name })}
              </Menu.Item>
              <Menu.Item onClick={() => openDialog({ mode: 'rename', saved })}>{t('saved.rename')}</Menu.Item>
              <Menu.Item color="red" onClick={() => void remove.mutateAsync({ id: saved.id })}>
                {t('saved.delete', { name: saved.name })}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      ))}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.mode === 'rename' ? t('saved.renameTitle') : t('saved.saveTitle')}
        size="sm"
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <TextInput
              data-autofocus
              label={t('saved.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              maxLength={120}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {tc('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
