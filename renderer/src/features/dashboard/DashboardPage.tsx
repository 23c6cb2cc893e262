/**
 * Dashboard: the home-party question (once), counts by kind and status (links to the filtered lists), the
 * reminders to act on, recent changes and recent meetings.
 */
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { HomePartyPrompt } from '../register/RegisterSettingsPanel';
import { CountsPanel } from './CountsPanel';
import { RecentChangesPanel, RecentMeetingsPanel } from './RecentPanels';
import { UpcomingPanel } from './UpcomingPanel';

export default function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useApiQuery('dashboard.get', {});
  return (
    <Stack gap={0}>
      <PageHeader title={t('nav.dashboard')} />
      <HomePartyPrompt />
      <QueryState query={dashboard}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }} p="md" spacing="md" verticalSpacing="md">
            <CountsPanel data={data} />
            <UpcomingPanel />
            <RecentChangesPanel data={data} />
            <RecentMeetingsPanel data={data} />
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
