/** The strip at the top of every page: title, optional subtitle and badges, actions on the right. */
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  badges,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group className="ent-page-header" justify="space-between" wrap="nowrap" px="md" py={10} gap="md">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={8} wrap="nowrap">
          <Title order={1} className="ent-page-title">
            {title}
          </Title>
          {badges}
        </Group>
        {subtitle ? (
          <Text size="sm" c="dimmed" truncate="end">
            {subtitle}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap={6} wrap="nowrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
