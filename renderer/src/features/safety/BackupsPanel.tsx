/** Backups: the list with dates and verification, "Back up now", and "Restore…" with confirmation and undo. */
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary, RestoreOutcome } from '../../../../electron/common/contract/safety';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { BackupSettings } from './BackupSettings';
import { formatBytes, formatInstant } from '../../components/format';
import { SAFETY_NS } from './strings';

export function BackupsPanel() {
  const { t } = useTranslation(SAFETY_NS);
  const listing = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);
  const [undone, setUndone] = useState(false);
  const [editing, setEditing] = useState(false);

  const runRestore = (name: string, isUndo: boolean) => {
    setChosen(null);
    restore.mutate(
      { name },
      {
        onSuccess: (outcome) => {
          setRestored(isUndo ? null : outcome);
          setUndone(isUndo);
        },
      },
    );
  };

  return (
    <Section
      id="backups"
      title={t('backups.title')}
      actions={
        <Button size="xs" loading={create.isPending} onClick={() => create.mutate({})} data-testid="backup-now">
          {create.isPending ? t('backups.working') : t('backups.now')}
        </Button>
      }
    >
      <Stack gap="xs">
        {create.isSuccess ? (
          <Alert color="green" role="status">
            {t('backups.made', { records: create.data.records ?? 0, name: create.data.name })}
          </Alert>
        ) : null}
        {create.isError ? (
          <Alert color="red" role="alert">
            {create.error.message}
          </Alert>
        ) : null}
        {restore.isError ? (
          <Alert color="red" role="alert">
            {restore.error.message}
          </Alert>
        ) : null}
        {restored ? (
          <Alert color="green" role="status" data-testid="restore-done">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {t('restore.done', { records: restored.records, when: formatInstant(restored.restoredFrom.takenAt) })}
              </Text>
              {restored.safetyCopy ? (
                <Button size="xs" variant="default" onClick={() => runRestore(restored.safetyCopy!.name, true)}>
                  {t('restore.undo')}
                </Button>
              ) : null}
            </Group>
          </Alert>
        ) : null}
        {undone ? (
          <Alert color="green" role="status">
            {t('restore.undone')}
          </Alert>
        ) : null}
        <QueryState query={listing}>
          {(data) => (
            <>
              {editing ? (
                <BackupSettings dir={data.dir} keep={data.keep} onDone={() => setEditing(false)} />
              ) : (
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                    {t('backups.folder', { dir: data.dir, keep: data.keep })}
                  </Text>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
                    {t('settings.change')}
                  </Button>
                </Group>
              )}
              {data.backups.length === 0 ? (
                <Text size="sm">{t('backups.none')}</Text>
              ) : (
                <Table className="ent-table" aria-label={t('backups.title')} data-testid="backup-list">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('backups.taken')}</Table.Th>
                      <Table.Th>{t('backups.kind')}</Table.Th>
                      <Table.Th>{t('backups.records')}</Table.Th>
                      <Table.Th>{t('backups.size')}</Table.Th>
                      <Table.Th>{t('backups.verified')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.backups.map((b) => (
                      <Table.Tr key={b.name}>
                        <Table.Td className="ent-num">{formatInstant(b.takenAt)}</Table.Td>
                        <Table.Td>
                          {b.kind === 'pre-restore' ? t('backups.preRestore') : t('backups.regular')}
                          {b.reason !== 'unknown' && b.kind === 'regular' ? (
                            <Text span size="sm" c="dimmed">
                              {' '}
                              ({t(`backups.reason.${b.reason}`)})
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td className="ent-num">{b.records ?? '—'}</Table.Td>
                        <Table.Td className="ent-num">{formatBytes(b.bytes)}</Table.Td>
                        <Table.Td>
                          <Badge color={b.verified ? 'green' : 'gray'} variant="light">
                            {b.verified ? t('backups.verified') : t('backups.notVerified')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="default" onClick={() => setChosen(b)} disabled={restore.isPending}>
                            {t('backups.restore')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={t('restore.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common:common.close') }}
      >
        {chosen ? (
          <Stack>
            <Text size="sm">
              {t('restore.body', { when: formatInstant(chosen.takenAt), records: chosen.records ?? '?' })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('common:common.cancel')}
              </Button>
              <Button color="red" onClick={() => runRestore(chosen.name, false)} data-testid="confirm-restore">
                {t('restore.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Section>
  );
}

export function IntegrityPanel() {
  const { t } = useTranslation(SAFETY_NS);
  const check = useApiMutation('integrity.check');
  return (
    <Section
      id="integrity"
      title={t('integrity.title')}
      actions={
        <Button size="xs" variant="default" loading={check.isPending} onClick={() => check.mutate({})}>
          {t('integrity.check')}
        </Button>
      }
    >
      {check.isIdle ? (
        <Text size="sm" c="dimmed">
          {t('integrity.intro')}
        </Text>
      ) : null}
      {check.isError ? (
        <Alert color="red" role="alert">
          {check.error.message}
        </Alert>
      ) : null}
      {check.isSuccess ? (
        check.data.ok ? (
          <Alert color="green" role="status">
            {t('integrity.ok')}
          </Alert>
        ) : (
          <Alert color="red" role="alert">
            <Stack gap={4}>
              <Text size="sm">{check.data.problem}</Text>
              {check.data.checks
                .filter((c) => !c.ok)
                .map((c) => (
                  <Text key={c.name} size="xs" c="dimmed">
                    {c.name}: {c.detail}
                  </Text>
                ))}
            </Stack>
          </Alert>
        )
      ) : null}
    </Section>
  );
}
