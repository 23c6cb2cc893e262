/**
 * Step 5: the dry run's summary (to create / to update / unchanged / skipped / rejected), the rejected rows with
 * their column, value and reason (downloadable as a CSV to fix), then the import itself — one undoable change.
 */
import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetImportOutcome } from '../../../../electron/common/domain/sheets/views';
import { useApiMutation } from '../../api/hooks';
import { KIND_SEGMENTS } from '../../app/kinds';
import { useIntlLocale } from '../../i18n';
import { startDownload } from './download';
import { planInput, type ImportWizard } from './useImportWizard';

const COUNTS = ['create', 'update', 'unchanged', 'skip', 'error', 'newParties', 'warnings'] as const;

function Counts({ outcome, done = false }: { outcome: SheetImportOutcome; done?: boolean }) {
  const { t } = useTranslation();
  const locale = useIntlLocale();
  return (
    <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }} spacing="xs" data-testid="import-counts">
      {COUNTS.map((key) => (
        <div key={key} className="ent-import-count" data-key={key} data-zero={outcome.counts[key] === 0 || undefined}>
          <span className="ent-import-count-n">{outcome.counts[key].toLocaleString(locale)}</span>
          <span className="ent-import-count-label">
            {t(
              done && (key === 'create' || key === 'update')
                ? `importSheet.summary.${key}Done`
                : `importSheet.summary.${key}`,
            )}
          </span>
        </div>
      ))}
    </SimpleGrid>
  );
}

function Errors({ outcome, w }: { outcome: SheetImportOutcome; w: ImportWizard }) {
  const { t } = useTranslation();
  const download = useApiMutation('sheets.rejected');
  if (outcome.errors.length === 0) return null;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text component="h2" fw={600} size="sm">
          {t('importSheet.summary.errors')}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          loading={download.isPending}
          onClick={() =>
            download.mutate(
              { fileId: w.file!.info.fileId, ...planInput(w) },
              { onSuccess: (r) => r.downloadUrl && startDownload(r.downloadUrl, r.fileName) },
            )
          }
          data-testid="import-download-rejected"
        >
          {t('importSheet.summary.downloadRejected')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('importSheet.summary.errorsIntro')}
      </Text>
      {download.isError ? <Alert color="red">{download.error.message}</Alert> : null}
      <Table
        className="ent-table ent-import-table"
        aria-label={t('importSheet.summary.errors')}
        data-testid="import-errors"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="ent-num">{t('importSheet.preview.row')}</Table.Th>
            <Table.Th>{t('importSheet.summary.column')}</Table.Th>
            <Table.Th>{t('importSheet.summary.value')}</Table.Th>
            <Table.Th>{t('importSheet.summary.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.errors.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td className="ent-num">{e.row}</Table.Td>
              <Table.Td>{e.column}</Table.Td>
              <Table.Td>{e.value}</Table.Td>
              <Table.Td>{e.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function SummaryStep({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  const dry = useApiMutation('sheets.import');
  const real = useApiMutation('sheets.import');
  const input = { data: w.file!.data, ...planInput(w) };
  const key = JSON.stringify(planInput(w));
  const runDry = dry.mutate;
  // The dry run is made when the step opens, and again only when the plan's inputs change.
  useEffect(() => {
    runDry({ ...input, dryRun: true });
  }, [key]);

  if (real.isSuccess) {
    const done = real.data;
    const updated = done.changed.filter((c) => c.action === 'update');
    return (
      <Stack gap="sm" data-testid="import-done">
        {/* No Alert title: Mantine's green title text is under 4.5:1 on its light background. */}
        <Alert color="green" role="status">
          <Text size="sm" fw={600}>
            {t('importSheet.summary.done', { label: done.label })}
          </Text>
          <Text size="sm">{t('importSheet.summary.undoHint')}</Text>
        </Alert>
        <Counts outcome={done} done />
        {updated.length > 0 ? (
          <Stack gap={4}>
            <Text component="h2" fw={600} size="sm">
              {t('importSheet.summary.changed')}
            </Text>
            {updated.slice(0, 100).map((c) => (
              <Text key={c.id} size="sm">
                {t('importSheet.preview.row')} {c.row}: {c.title} — {c.fields.join(', ')}
              </Text>
            ))}
          </Stack>
        ) : null}
        <Group gap="sm">
          <Anchor href={`#/${KIND_SEGMENTS[w.kind]}`} size="sm">
            {t('importSheet.summary.openList', { kind: t(`importSheet.file.kinds.${w.kind}`) })}
          </Anchor>
          <Button size="xs" variant="default" onClick={w.reset}>
            {t('importSheet.summary.again')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const outcome = dry.data;
  const writes = outcome ? outcome.counts.create + outcome.counts.update : 0;
  return (
    <Stack gap="sm">
      {dry.isPending || !outcome ? (
        dry.isError ? (
          <Alert color="red" role="alert">
            {dry.error.message}
          </Alert>
        ) : (
          <Loader size="sm" aria-label={t('common.loading')} />
        )
      ) : (
        <>
          <Text size="sm">{t('importSheet.summary.dryRun')}</Text>
          <Counts outcome={outcome} />
          <Errors outcome={outcome} w={w} />
          {real.isError ? (
            <Alert color="red" role="alert">
              {real.error.message}
            </Alert>
          ) : null}
          <Group justify="space-between">
            <Button variant="default" onClick={() => w.setStep('preview')}>
              {t('importSheet.back')}
            </Button>
            <Group gap="sm">
              {writes === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('importSheet.summary.nothing')}
                </Text>
              ) : null}
              <Button
                onClick={() => real.mutate({ ...input, dryRun: false })}
                loading={real.isPending}
                disabled={writes === 0}
                data-testid="import-confirm"
              >
                {t('importSheet.summary.import', { count: writes })}
              </Button>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {t('importSheet.summary.undoHint')}
          </Text>
        </>
      )}
    </Stack>
  );
}
