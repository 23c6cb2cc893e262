/** First run on an empty register: load the example data, or start empty. */
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks';
import { navigate } from './router';

export function WelcomePanel({ onStartEmpty }: { onStartEmpty: () => void }) {
  const { t } = useTranslation();
  const load = useApiMutation('demo.load');
  const [busy, setBusy] = useState(false);
  return (
    <Stack align="center" pt={72} px="lg">
      <Paper withBorder p="xl" maw={520} w="100%" radius="md">
        <Stack gap="md">
          <Title order={1}>{t('welcome.title')}</Title>
          <Text size="md">{t('welcome.body')}</Text>
          <Text size="sm" c="dimmed">
            {t('welcome.example')}
          </Text>
          {load.error ? <Alert color="red">{load.error.message}</Alert> : null}
          <Group gap="sm">
            <Button
              size="sm"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await load.mutateAsync({});
                } catch {
                  // shown through load.error
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('welcome.load')}
            </Button>
            <Button size="sm" variant="default" onClick={onStartEmpty}>
              {t('welcome.empty')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('welcome.importHint')}
          </Text>
          <Group gap="sm">
            <Button size="sm" variant="default" onClick={() => navigate('/import')} data-testid="welcome-import">
              {t('welcome.importSheet')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
