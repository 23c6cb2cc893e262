/** Undo / Redo with what each would do, and the last 50 changes. */
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useReadOnly } from '../../api/read-only';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { historyLabel } from '../../components/changeLine';
import { formatInstant } from '../../components/format';
import { SAFETY_NS } from './strings';

export function HistoryPanel() {
  const { t } = useTranslation(SAFETY_NS);
  const { t: tc } = useTranslation();
  const history = useApiQuery('history.list', {});
  const undo = useApiMutation('history.undo');
  const redo = useApiMutation('history.redo');
  // Undo and redo change the register: a read-only one disables them, saying why.
  const readOnly = useReadOnly();
  const failure = undo.error ?? redo.error;
  const last = undo.isSuccess && (!redo.isSuccess || undo.submittedAt > redo.submittedAt) ? undo.data : redo.data;
  return (
    <Section id="history" title={t('history.title')}>
      <QueryState query={history}>
        {(data) => (
          <Stack gap="xs">
            <Group gap="xs">
              <Button
                size="xs"
                leftSection={<IconArrowBackUp size={16} />}
                disabled={!data.nextUndo || readOnly !== null}
                loading={undo.isPending}
                data-testid="undo"
                title={
                  readOnly ??
                  (data.nextUndo
                    ? t('history.undoThis', { label: historyLabel(tc, data.nextUndo) })
                    : t('history.nothingToUndo'))
                }
                onClick={() => data.nextUndo && undo.mutate({ expectedChangeId: data.nextUndo.id })}
              >
                {t('history.undo')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowForwardUp size={16} />}
                disabled={!data.nextRedo || readOnly !== null}
                loading={redo.isPending}
                data-testid="redo"
                title={
                  readOnly ??
                  (data.nextRedo
                    ? t('history.redoThis', { label: historyLabel(tc, data.nextRedo) })
                    : t('history.nothingToRedo'))
                }
                onClick={() => data.nextRedo && redo.mutate({ expectedChangeId: data.nextRedo.id })}
              >
                {t('history.redo')}
              </Button>
              <Text size="sm" c="dimmed" truncate="end" style={{ flex: 1, minWidth: 0 }}>
                {data.nextUndo
                  ? t('history.undoThis', { label: historyLabel(tc, data.nextUndo) })
                  : t('history.nothingToUndo')}
              </Text>
            </Group>
            {failure ? (
              <Alert color="red" role="alert">
                {failure.message}
              </Alert>
            ) : null}
            {last && !failure ? (
              <Alert color="green" role="status" data-testid="undo-done">
                {t('history.did', {
                  action: last.action === 'undo' ? t('history.actionUndo') : t('history.actionRedo'),
                  label: historyLabel(tc, last.change),
                })}
              </Alert>
            ) : null}
            {data.changes.length === 0 ? (
              <Text size="sm">{t('history.none')}</Text>
            ) : (
              <Table
                className="ent-table"
                aria-label={t('history.last', { count: data.changes.length })}
                data-testid="history-list"
              >
                <Table.Caption>{t('history.last', { count: data.changes.length })}</Table.Caption>
                <Table.Tbody>
                  {data.changes.map((c) => (
                    <Table.Tr key={c.id} style={c.state === 'undone' ? { opacity: 0.6 } : undefined}>
                      <Table.Td w={170} className="ent-num">
                        <Text size="sm" c="dimmed">
                          {formatInstant(c.at)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" td={c.state === 'undone' ? 'line-through' : undefined}>
                          {historyLabel(tc, c)}
                        </Text>
                      </Table.Td>
                      <Table.Td w={90}>
                        {c.state === 'undone' ? (
                          <Badge variant="light" color="gray">
                            {t('history.undone')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td w={120}>
                        <Text size="xs" c="dimmed">
                          {c.actor}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}
