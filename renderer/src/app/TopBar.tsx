/** Top bar: app name, the jump box (Ctrl+K), database file, transport status, theme toggle. */
import {
  ActionIcon,
  Group,
  Kbd,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { IconDatabase, IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../electron/common/contract/records';
import { isTransportHealthy, onTransportChange, transportKind } from '../api/client';

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function TopBar({ info, onOpenPalette }: { info: AppInfo | undefined; onOpenPalette: () => void }) {
  const { t } = useTranslation();
  const healthy = useSyncExternalStore(onTransportChange, isTransportHealthy);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const transport = transportKind();
  const statusLabel = healthy ? t(`transport.${transport}`) : t('transport.offline');

  return (
    <Group h="100%" px="sm" gap="sm" wrap="nowrap" justify="space-between">
      <Group gap={8} wrap="nowrap" w={196}>
        <img src="./entente-mark.svg" alt="" width={18} height={18} />
        <Text fw={650} size="md" className="ent-brand">
          {t('app.name')}
        </Text>
      </Group>
      <UnstyledButton className="ent-jump" onClick={onOpenPalette} aria-keyshortcuts="Control+K">
        <IconSearch size={14} aria-hidden />
        <Text size="sm" c="dimmed" className="ent-jump-text">
          {t('palette.placeholder')}
        </Text>
        <Kbd size="xs">{t('palette.kbd')}</Kbd>
      </UnstyledButton>
      <Group gap="md" wrap="nowrap" justify="flex-end" w={340}>
        {info ? (
          <Tooltip label={info.databaseFile} openDelay={400}>
            <Group gap={4} wrap="nowrap" className="ent-dbname">
              <IconDatabase size={14} aria-hidden />
              <Text size="sm" truncate="end" maw={170}>
                {baseName(info.databaseFile)}
              </Text>
            </Group>
          </Tooltip>
        ) : null}
        <Group gap={6} wrap="nowrap" role="status" aria-label={t('transport.label')}>
          <span className={healthy ? 'ent-dot ent-dot-ok' : 'ent-dot ent-dot-bad'} aria-hidden />
          <Text size="sm" c="dimmed">
            {statusLabel}
          </Text>
        </Group>
        <Tooltip label={scheme === 'dark' ? t('theme.light') : t('theme.dark')}>
          <ActionIcon
            aria-label={scheme === 'dark' ? t('theme.light') : t('theme.dark')}
            onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
            color="gray"
          >
            {scheme === 'dark' ? <IconSun size={15} /> : <IconMoon size={15} />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
