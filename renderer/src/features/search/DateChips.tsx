/**
 * The dates the search read in the question ("2021", "since 2019", "last month") and its kind words ("meetings",
 * "sessions"), each a chip: they filter the results by date or kind, and removing one reads its words as plain
 * text again.
 */
import { Group } from '@mantine/core';
import { IconCalendar, IconFilter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePhrase } from '../../../../electron/common/domain/date-phrases';
import type { KindPhrase } from '../../../../electron/common/domain/kind-phrases';
import { RemovableChip } from '../../components/RemovableChip';

interface Phrase {
  text: string;
  label: string;
}

/** One list of phrase chips; `keys` is the i18n group (label, chip, remove). */
function PhraseChips({
  phrases,
  keys,
  icon,
  onRemove,
}: {
  phrases: readonly Phrase[];
  keys: 'searchDates' | 'searchKinds';
  icon: ReactNode;
  onRemove: (text: string) => void;
}) {
  const { t } = useTranslation();
  if (phrases.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" role="list" aria-label={t(`${keys}.label`)}>
      {phrases.map((p) => (
        <RemovableChip
          key={p.text}
          variant="outline"
          leftSection={icon}
          removeLabel={t(`${keys}.remove`, { text: p.text })}
          titled
          onRemove={() => onRemove(p.text)}
        >
          {t(`${keys}.chip`, { label: p.label })}
        </RemovableChip>
      ))}
    </Group>
  );
}

export function DateChips({ dates, onRemove }: { dates: readonly DatePhrase[]; onRemove: (text: string) => void }) {
  return (
    <PhraseChips phrases={dates} keys="searchDates" icon={<IconCalendar size={12} aria-hidden />} onRemove={onRemove} />
  );
}

export function KindChips({ kinds, onRemove }: { kinds: readonly KindPhrase[]; onRemove: (text: string) => void }) {
  return (
    <PhraseChips phrases={kinds} keys="searchKinds" icon={<IconFilter size={12} aria-hidden />} onRemove={onRemove} />
  );
}
