/** Records per kind, with their derived statuses. */
import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardData } from '../../../../electron/contract/records';
import { KINDS_IN_ORDER, listPath } from '../../app/kinds';
import { vocabLabel } from '../../i18n';

export function CountsPanel({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Title order={2} mb="xs">{t('dashboard.counts')}</Title>
      <Table>
        <Table.Tbody>
          {KINDS_IN_ORDER.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td><Anchor href={`#${listPath(kind)}`} size="md">{t(`kinds.${kind}.plural`)}</Anchor></Table.Td>
              <Table.Td ta="right" w={60}><Text fw={600} size="md">{data.counts[kind]}</Text></Table.Td>
              <Table.Td>
                <Group gap={8}>
                  {data.statusCounts.filter((s) => s.kind === kind).map((s) => (
                    <Text key={s.status} size="sm" c="dimmed">{vocabLabel(t, s.status)} {s.count}</Text>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
