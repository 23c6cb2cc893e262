/**
 * The dates the search read in the question ("2021", "since 2019", "last month"), each a chip: they filter the
 * results by date, and removing one reads its words as plain text again.
 */
import { Group } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatePhrase } from '../../../../electron/common/domain/date-phrases';
import { RemovableChip } from '../../components/RemovableChip';

export function DateChips({ dates, onRemove }: { dates: readonly DatePhrase[]; onRemove: (text: string) => void }) {
  const { t } = useTranslation();
  if (dates.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" role="list" aria-label={t('searchDates.label')}>
      {dates.map((d) => (
        <RemovableChip
          key={d.text}
          variant="outline"
          leftSection={<IconCalendar size={12} aria-hidden />}
          removeLabel={t('searchDates.remove', { text: d.text })}
          titled
          onRemove={() => onRemove(d.text)}
        >
          {t('searchDates.chip', { label: d.label })}
        </RemovableChip>
      ))}
    </Group>
  );
}
