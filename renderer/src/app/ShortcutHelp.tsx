/** The list of keyboard shortcuts: "?" on any page (not while typing), or Help ▸ Keyboard shortcuts (F1). */
import { Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** Groups of [keys, i18n key of what they do]; keys joined by "+" are pressed together. */
const GROUPS: { title: string; rows: [string[], string][] }[] = [
  {
    title: 'shortcuts.everywhere',
    rows: [
      [['Ctrl+K'], 'shortcuts.palette'],
      [['Ctrl+N'], 'shortcuts.newRecord'],
      [['?'], 'shortcuts.help'],
      [['Esc'], 'shortcuts.closeDialog'],
    ],
  },
  {
    title: 'shortcuts.recordPage',
    rows: [
      [['E'], 'shortcuts.edit'],
      [['S'], 'shortcuts.addStatus'],
    ],
  },
  {
    title: 'shortcuts.forms',
    rows: [
      [['Ctrl+S', 'Ctrl+Enter'], 'shortcuts.save'],
      [['Tab'], 'shortcuts.nextField'],
      [['Enter'], 'shortcuts.rowAdd'],
    ],
  },
  {
    title: 'shortcuts.pickers',
    rows: [
      [['letters'], 'shortcuts.typeToFilter'],
      [['Enter'], 'shortcuts.takeMatch'],
      [['↑', '↓'], 'shortcuts.moveMatch'],
    ],
  },
  {
    title: 'shortcuts.lists',
    rows: [
      [['↑', '↓'], 'shortcuts.moveRows'],
      [['Enter'], 'shortcuts.openRow'],
    ],
  },
];

function Keys({ keys }: { keys: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {keys.map((combo, i) => (
        <Fragment key={combo}>
          {i > 0 ? ' / ' : null}
          {combo.split('+').map((k, j) => (
            <Fragment key={k}>
              {j > 0 ? '+' : null}
              <Kbd size="xs">{t(`keys.${k}`, { defaultValue: k })}</Kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        {GROUPS.map((group) => (
          <section key={group.title} aria-label={t(group.title)}>
            <Title order={2} size="h4" mb={4}>
              {t(group.title)}
            </Title>
            <Table className="ent-table" withRowBorders={false}>
              <Table.Tbody>
                {group.rows.map(([keys, what]) => (
                  <Table.Tr key={what}>
                    <Table.Td w={150}>
                      <Keys keys={keys} />
                    </Table.Td>
                    <Table.Td>{t(what)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
        <Text size="sm" c="dimmed">
          {t('shortcuts.notWhileTyping')}
        </Text>
      </Stack>
    </Modal>
  );
}
