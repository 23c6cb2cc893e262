/**
 * A record's typed links, both ways: the links it makes ("Merged into GCAP") and the links other records make to
 * it, in the inverse wording ("Absorbed Tempest"). Any two kinds may be linked (migration 13).
 */
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import { useApiQuery } from '../../../api/hooks';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { RecordLink } from '../shared/RecordLink';

export function LinksSection({ record, titles }: { record: AnyRecord; titles: Map<string, RecordTitle> }) {
  const { t } = useTranslation();
  const incoming = useApiQuery('records.incomingLinks', { id: record.id });
  const rows = [
    ...record.links.map((l) => ({ key: `out-${l.kind}-${l.targetId}`, words: l.kind, id: l.targetId })),
    ...(incoming.data ?? []).map((l) => ({ key: `in-${l.kind}-${l.sourceId}`, words: l.inverse, id: l.sourceId })),
  ];
  if (rows.length === 0) return null;
  return (
    <Section title={t('detail.links')} id="record-links">
      <Stack gap={4} aria-label={t('detail.links')}>
        {rows.map((row) => (
          <Group key={row.key} gap={8} wrap="nowrap">
            <Text size="md" c="dimmed" w={130}>
              {vocabLabel(t, row.words)}
            </Text>
            <RecordLink id={row.id} titles={titles} showKind />
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
