/** Records per kind, with their derived statuses as compact badges, each a link to the list filtered to it. */
import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusCategory } from '../../../../electron/common/domain/report';
import type { DashboardData } from '../../../../electron/common/contract/records';
import type { RecordKind } from '../../../../electron/common/domain/vocab';
import { KINDS_IN_ORDER, KIND_ICONS, listPath } from '../../app/kinds';
import { CATEGORY_BADGE_COLOURS } from '../../components/StatusBadge';
import { vocabLabel } from '../../i18n';

/** The kind's list filtered to one status (RecordListPage reads `?f=` from the address). */
export function statusListHref(kind: RecordKind, status: string): string {
  return `#${listPath(kind)}?f=${encodeURIComponent(JSON.stringify({ statuses: [status] }))}`;
}

export function CountsPanel({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder className="ent-panel">
      <Group className="ent-panel-head">
        <Title order={2}>{t('dashboard.counts')}</Title>
      </Group>
      <Table className="ent-table ent-panel-table" aria-label={t('dashboard.counts')}>
        <Table.Tbody>
          {KINDS_IN_ORDER.map((kind) => {
            const Icon = KIND_ICONS[kind];
            return (
              <Table.Tr key={kind}>
                <Table.Td w={170}>
                  <Group gap={8} wrap="nowrap">
                    <Icon size={15} stroke={1.6} aria-hidden className="ent-muted-icon" />
                    <a className="ent-link" href={`#${listPath(kind)}`}>
                      {t(`kinds.${kind}.plural`)}
                    </a>
                  </Group>
                </Table.Td>
                <Table.Td w={48} ta="right">
                  <Text size="md" fw={600} className="ent-num">
                    {data.counts[kind]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {data.statusCounts
                      .filter((s) => s.kind === kind)
                      .map((s) => (
                        <Badge
                          key={s.status}
                          component="a"
                          href={statusListHref(kind, s.status)}
                          aria-label={t('dashboard.statusLink', {
                            count: s.count,
                            status: vocabLabel(t, s.status),
                            list: t(`kinds.${kind}.plural`),
                          })}
                          variant="light"
                          color={CATEGORY_BADGE_COLOURS[statusCategory(s.status)]}
                          tt="none"
                          className="ent-status ent-status-link"
                        >
                          {vocabLabel(t, s.status)} {s.count}
                        </Badge>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
