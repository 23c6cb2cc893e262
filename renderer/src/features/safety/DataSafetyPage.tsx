/**
 * Data & backups: backups (list, back up now, restore with undo), the integrity check, exchange
 * bundles (export; import with a dry-run summary), and undo / redo of the last 50 changes.
 */
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { LanguagePanel } from '../language/LanguagePanel';
import { RegisterSettingsPanel } from '../register/RegisterSettingsPanel';
import { BackupsPanel, IntegrityPanel } from './BackupsPanel';
import { ExchangePanel } from './ExchangePanel';
import { HistoryPanel } from './HistoryPanel';
import { SAFETY_NS } from './strings';
import { useSafetyCommands } from './useSafetyCommands';

export default function DataSafetyPage() {
  const { t } = useTranslation(SAFETY_NS);
  useSafetyCommands();
  return (
    <Stack gap={0}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} p="md" spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <BackupsPanel />
          <IntegrityPanel />
          <ExchangePanel />
        </Stack>
        <Stack gap="md">
          <RegisterSettingsPanel />
          <LanguagePanel />
          <HistoryPanel />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
