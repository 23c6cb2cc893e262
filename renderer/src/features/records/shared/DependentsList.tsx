/**
 * What a delete would detach, said before it happens: "checking…", the none-line, or the records that refer to
 * the ones being deleted (title, kind, relation) with the detach explanation. One piece for the single delete
 * (DeleteDialog) and the bulk delete (BulkBar), so both name dependents the same way.
 */
import { List, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dependent } from '../../../../../electron/common/domain/types';
import { relationLabel } from './relationLabel';

export function DependentsList({
  deps,
  pending,
  none,
  size,
  limit,
}: {
  deps: Dependent[];
  pending: boolean;
  /** The line shown when nothing refers to the records. */
  none: string;
  /** The list's text size (the lines around it are md). */
  size: MantineSize;
  /** At most this many are named (the list scrolls); all of them when absent. */
  limit?: number;
}) {
  const { t } = useTranslation();
  if (pending)
    return (
      <Text size="md" c="dimmed">
        {t('delete.checking')}
      </Text>
    );
  if (deps.length === 0) return <Text size="md">{none}</Text>;
  const scroll = limit !== undefined ? { mah: 220, style: { overflow: 'auto' } } : {};
  return (
    <>
      <Text size="md">{t('delete.hasDependents', { count: deps.length })}</Text>
      <List size={size} spacing={2} aria-label={t('delete.dependentsLabel')} {...scroll}>
        {(limit !== undefined ? deps.slice(0, limit) : deps).map((d) => (
          <List.Item key={`${d.id}-${d.relation}`}>
            <Text span size={size} fw={500}>
              {d.title}
            </Text>{' '}
            <Text span size={size} c="dimmed">
              ({t(`kinds.${d.kind}.one`)}, {relationLabel(t, d.relation)})
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('delete.detachExplained')}
      </Text>
    </>
  );
}
