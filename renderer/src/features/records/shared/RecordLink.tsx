/** A link to another record by id, named by its current title. */
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import { KIND_ICONS, recordPath } from '../../../app/kinds';

export function RecordLink({
  id,
  titles,
  showKind = false,
}: {
  id: string;
  titles: Map<string, RecordTitle>;
  showKind?: boolean;
}) {
  const { t } = useTranslation();
  const target = titles.get(id);
  if (!target)
    return (
      <Text size="md" c="dimmed">
        {t('detail.missingRecord')}
      </Text>
    );
  const Icon = KIND_ICONS[target.kind];
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <Icon size={14} stroke={1.6} aria-hidden className="ent-muted-icon" />
      <Anchor href={`#${recordPath(target.kind, target.id)}`} size="md" truncate="end">
        {target.title}
      </Anchor>
      {showKind ? (
        <Text size="sm" c="dimmed">
          {t(`kinds.${target.kind}.one`)}
        </Text>
      ) : null}
    </Group>
  );
}
