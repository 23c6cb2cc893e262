/**
 * A chip with its own remove button (search filters, dates read in a question): one look and one keyboard path
 * for every "this narrows the results; take it away" chip.
 */
import { ActionIcon, Badge, type BadgeProps } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function RemovableChip({
  children,
  removeLabel,
  onRemove,
  variant,
  leftSection,
  titled = false,
}: {
  children: ReactNode;
  /** The remove button's accessible name ("Remove filter …"). */
  removeLabel: string;
  onRemove: () => void;
  variant: BadgeProps['variant'];
  leftSection?: ReactNode;
  /** Also show removeLabel as the button's tooltip. */
  titled?: boolean;
}) {
  return (
    <Badge
      role="listitem"
      variant={variant}
      tt="none"
      size="lg"
      radius="sm"
      leftSection={leftSection}
      rightSection={
        <ActionIcon
          size="xs"
          variant="transparent"
          aria-label={removeLabel}
          title={titled ? removeLabel : undefined}
          onClick={onRemove}
        >
          <IconX size={12} />
        </ActionIcon>
      }
    >
      {children}
    </Badge>
  );
}
