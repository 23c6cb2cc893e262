/** Recently changed records (audit) and recent meetings. */
import { Group, Paper, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/common/domain/types';
import { formatPartialDate } from '../../i18n/dates';
import type { DashboardData } from '../../../../electron/common/contract/records';
import { recordPath } from '../../app/kinds';
import { StatusBadge } from '../../components/StatusBadge';
import { changeLine } from '../../components/changeLine';
import { formatInstant } from '../../components/format';

/**
 * A recent change in the reader's language, from the record's title as the change left it (or as it was, for a
 * deletion); the store's English summary when the entry carries neither record (the dashboard may leave them out).
 */
function recentLine(t: TFunction, e: AuditEntry): string {
  const record = (e.after ?? e.before) as { title?: string; name?: string } | null;
  const title = record?.title ?? record?.name ?? e.recordTitle;
  return title ? changeLine(t, { action: e.action, kind: e.recordKind, title }) : e.summary;
}

export function RecentChangesPanel({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder className="ent-panel">
      <Group className="ent-panel-head">
        <Title order={2}>{t('dashboard.recentChanges')}</Title>
      </Group>
      {data.recentChanges.length === 0 ? (
        <Text size="md" c="dimmed" p="sm">
          {t('detail.noHistory')}
        </Text>
      ) : (
        <Table className="ent-table ent-panel-table" aria-label={t('dashboard.recentChanges')}>
          <Table.Tbody>
            {data.recentChanges.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td w={140}>
                  <Text size="sm" c="dimmed" className="ent-num">
                    {formatInstant(e.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {e.action === 'delete' ? (
                    <Text size="md">{recentLine(t, e)}</Text>
                  ) : (
                    <a className="ent-link" href={`#${recordPath(e.recordKind, e.recordId)}`}>
                      {recentLine(t, e)}
                    </a>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export function RecentMeetingsPanel({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder className="ent-panel">
      <Group className="ent-panel-head">
        <Title order={2}>{t('dashboard.recentMeetings')}</Title>
      </Group>
      {data.recentMeetings.length === 0 ? (
        <Text size="md" c="dimmed" p="sm">
          {t('kinds.meeting.none')}
        </Text>
      ) : (
        <Table className="ent-table ent-panel-table" aria-label={t('dashboard.recentMeetings')}>
          <Table.Tbody>
            {data.recentMeetings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td w={100}>
                  <Text size="md" className="ent-num">
                    {formatPartialDate(m.date)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <a className="ent-link" href={`#${recordPath('meeting', m.id)}`}>
                    {m.title}
                  </a>
                </Table.Td>
                <Table.Td w={130}>
                  <StatusBadge status={m.status} withDate={false} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
