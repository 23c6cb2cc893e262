/**
 * Choose, order and reset a list's columns: a checkbox per column (shown or hidden) and move up / move down
 * buttons, all reachable by keyboard; widths are dragged at the header's right edge.
 */
import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../../../../electron/common/domain/list-columns';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { ListView } from './view';

export function ColumnChooser({
  kind,
  view,
  onChange,
  onReset,
}: {
  kind: RecordKind;
  view: ListView;
  onChange: (change: Partial<ListView>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const label = (c: ListColumn) => t(c === 'subtitle' && kind === 'person' ? 'list.col.role' : `list.col.${c}`);
  const move = (index: number, by: number) => {
    const order = [...view.order];
    const [item] = order.splice(index, 1);
    order.splice(index + by, 0, item!);
    onChange({ order });
  };
  const toggle = (c: ListColumn, shown: boolean) =>
    onChange({ hidden: shown ? view.hidden.filter((h) => h !== c) : [...view.hidden, c] });
  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={14} aria-hidden />}>
          {t('list.columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} miw={260} role="group" aria-label={t('list.columns.label')}>
          <Text size="xs" c="dimmed">
            {t('list.columns.hint')}
          </Text>
          {view.order.map((c, i) => (
            <Group key={c} gap={4} justify="space-between" wrap="nowrap">
              <Checkbox
                label={label(c)}
                checked={!view.hidden.includes(c)}
                disabled={c === 'title'}
                onChange={(e) => toggle(c, e.currentTarget.checked)}
              />
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  disabled={i === 0}
                  aria-label={t('list.columns.up', { column: label(c) })}
                  onClick={() => move(i, -1)}
                >
                  <IconArrowUp size={13} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  disabled={i === view.order.length - 1}
                  aria-label={t('list.columns.down', { column: label(c) })}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={13} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
          <Button variant="subtle" size="xs" mt={4} onClick={onReset}>
            {t('list.columns.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
