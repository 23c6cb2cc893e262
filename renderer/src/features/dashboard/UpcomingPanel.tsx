/**
 * "Upcoming (next 180 days)": expiries, notice-by dates, renewals, next sessions, planned meetings and
 * milestones from reminders.list. If that channel is unavailable (an older main process), planned meetings
 * with a future date from records.list are shown instead, so the panel is never empty for the wrong reason.
 */
import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fromEdtf, formatPartialDate, todayIso } from '../../../../electron/common/domain/partial-date';
import { useApiQuery } from '../../api/hooks';
import { recordPath } from '../../app/kinds';

const WINDOW_DAYS = 180;

export function UpcomingPanel() {
  const { t } = useTranslation();
  const reminders = useApiQuery('reminders.list', { withinDays: WINDOW_DAYS });
  return (
    <Paper withBorder className="ent-panel">
      <Group justify="space-between" className="ent-panel-head">
        <Title order={2}>{t('dashboard.upcoming', { days: WINDOW_DAYS })}</Title>
      </Group>
      {reminders.isError ? (
        <PlannedMeetingsFallback />
      ) : (reminders.data ?? []).length === 0 ? (
        <Text size="md" c="dimmed" p="sm">
          {reminders.isPending ? t('common.loading') : t('dashboard.nothingUpcoming')}
        </Text>
      ) : (
        <Table className="ent-table ent-panel-table" aria-label={t('dashboard.upcoming', { days: WINDOW_DAYS })}>
          <Table.Tbody>
            {(reminders.data ?? []).map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td w={100}>
                  <Text size="md" className="ent-num" c={r.overdue ? 'red.8' : undefined}>
                    {r.dateText}
                  </Text>
                </Table.Td>
                <Table.Td w={150}>
                  <Badge variant="light" color={r.overdue ? 'red' : 'gray'} tt="none">
                    {r.overdue ? t('dashboard.overdue') : r.kindLabel}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <a className="ent-link" href={`#${recordPath(r.recordKind, r.recordId)}`}>
                    {r.recordTitle}
                  </a>
                  <Text size="sm" c="dimmed">
                    {r.text}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** Planned meetings dated today or later, within the window. */
export function PlannedMeetingsFallback() {
  const { t } = useTranslation();
  const meetings = useApiQuery('records.list', { kind: 'meeting', statuses: ['planned'] });
  const today = todayIso();
  const horizon = todayIso(new Date(Date.now() + WINDOW_DAYS * 86_400_000));
  const upcoming = (meetings.data ?? []).filter((m) => {
    const from = fromEdtf(m.date).from;
    return from !== null && from >= today && from <= horizon;
  });
  if (upcoming.length === 0)
    return (
      <Text size="md" c="dimmed" p="sm">
        {t('dashboard.nothingUpcoming')}
      </Text>
    );
  return (
    <Table className="ent-table ent-panel-table">
      <Table.Tbody>
        {upcoming.map((m) => (
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
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
