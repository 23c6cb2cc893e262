/** A titled block on a detail page. */
import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Paper component="section" withBorder radius="sm" className="ent-section" aria-labelledby={headingId}>
      <Group justify="space-between" className="ent-section-head" wrap="nowrap">
        <Text component="h2" id={headingId} className="ent-section-title">
          {title}
        </Text>
        {actions ? <Group gap={4}>{actions}</Group> : null}
      </Group>
      <div className="ent-section-body">{children}</div>
    </Paper>
  );
}

/** Label/value pairs in two aligned columns. */
export function FieldList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="ent-fields">
      {items.map((item) => (
        <div key={item.label} className="ent-field">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
