/**
 * The dates the search read in the question ("2021", "since 2019", "last month"), each a chip: they filter the
 * results by date, and removing one reads its words as plain text again.
 */
import { ActionIcon, Badge, Group } from '@mantine/core';
import { IconCalendar, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatePhrase } from '../../../../electron/common/domain/date-phrases';

export function DateChips({ dates, onRemove }: { dates: readonly DatePhrase[]; onRemove: (text: string) => void }) {
  const { t } = useTranslation();
  if (dates.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" role="list" aria-label={t('searchDates.label')}>
      {dates.map((d) => (
        <Badge
          key={d.text}
          role="listitem"
          variant="outline"
          tt="none"
          size="lg"
          radius="sm"
          leftSection={<IconCalendar size={12} aria-hidden />}
          rightSection={
            <ActionIcon
              size="xs"
              variant="transparent"
              aria-label={t('searchDates.remove', { text: d.text })}
              title={t('searchDates.remove', { text: d.text })}
              onClick={() => onRemove(d.text)}
            >
              <IconX size={12} />
            </ActionIcon>
          }
        >
          {t('searchDates.chip', { label: d.label })}
        </Badge>
      ))}
    </Group>
  );
}
