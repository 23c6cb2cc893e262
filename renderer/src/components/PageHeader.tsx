/**
 * The strip at the top of every page: title, optional subtitle and badges, actions on the right. The title is
 * the page's main heading: after a navigation it takes the focus (see app/arrival.ts) and is announced.
 */
import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { announce, takeArrival } from '../app/arrival';

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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const h1 = heading.current;
    if (!h1 || !takeArrival()) return;
    const main = h1.closest('main') ?? document.body;
    const active = document.activeElement;
    // A page that focused one of its own fields (a form's first field, a search box) keeps it.
    const pageFocusedItself = active && active !== h1 && main.contains(active) && active.matches('input, textarea');
    if (!pageFocusedItself) h1.focus({ preventScroll: true });
    announce(h1.textContent ?? '');
  }, []);
  return (
    <Group className="ent-page-header" justify="space-between" wrap="nowrap" px="md" py={10} gap="md">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={8} wrap="nowrap">
          <Title order={1} className="ent-page-title" ref={heading} tabIndex={-1}>
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
