/** Step 1: the file (read here, sent once to the app), its sheet, and what its rows are. */
import { Alert, Button, FileButton, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_KINDS, type SheetKind } from '../../../../electron/common/domain/sheets/mapping';
import { api, ApiError } from '../../api/client';
import { MAX_FILE_MB, readAsBase64, type ImportWizard } from './useImportWizard';

const ACCEPT = '.xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function FileStep({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setProblem(t('importSheet.file.tooLarge', { name: file.name, mb: MAX_FILE_MB }));
      return;
    }
    setReading(file.name);
    try {
      const data = await readAsBase64(file);
      const info = await api.request('sheets.open', { fileName: file.name, data });
      w.chooseFile({ name: file.name, data, info });
    } catch (error) {
      const reason = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      setProblem(error instanceof ApiError ? reason : t('importSheet.file.unreadable', { name: file.name, reason }));
    } finally {
      setReading(null);
    }
  };

  const info = w.file?.info;
  const sheets = info?.sheets ?? [];
  return (
    <Stack gap="sm" maw={720}>
      <Text size="sm">{t('importSheet.file.intro')}</Text>
      <Group gap="sm">
        <FileButton onChange={(f) => void choose(f)} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              leftSection={<IconFileSpreadsheet size={15} />}
              variant={info ? 'default' : 'filled'}
              data-testid="import-choose"
            >
              {t(info ? 'importSheet.file.chooseAnother' : 'importSheet.file.choose')}
            </Button>
          )}
        </FileButton>
        {reading ? (
          <Group gap={6} role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('importSheet.file.reading', { name: reading })}</Text>
          </Group>
        ) : null}
      </Group>
      {problem ? (
        <Alert color="red" role="alert" data-testid="import-file-problem">
          {problem}
        </Alert>
      ) : null}
      {info ? (
        <Stack gap="xs" data-testid="import-file-info">
          <Text size="sm" fw={600}>
            {info.fileName}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              {t('importSheet.file.facts', { format: info.format.toUpperCase(), size: size(info.bytes) })}
              {info.encoding
                ? ` · ${t('importSheet.file.encoding', { encoding: info.encoding, delimiter: info.delimiter === '\t' ? 'Tab' : info.delimiter })}`
                : ''}
            </Text>
          </Text>
          <Group gap="sm" align="flex-end">
            {info.format === 'xlsx' ? (
              <Select
                label={t('importSheet.file.sheet')}
                data={sheets.map((s) => ({
                  value: s.name,
                  label: t('importSheet.file.sheetOption', { name: s.name, rows: s.rows }),
                }))}
                value={w.sheet}
                onChange={(v) => v !== null && w.setSheet(v)}
                allowDeselect={false}
                w={280}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('importSheet.file.rows', { count: sheets[0]?.rows ?? 0 })}
              </Text>
            )}
            <Select
              label={t('importSheet.file.kind')}
              data={SHEET_KINDS.map((k) => ({ value: k, label: t(`importSheet.file.kinds.${k}`) }))}
              value={w.kind}
              onChange={(v) => v !== null && w.setKind(v as SheetKind)}
              allowDeselect={false}
              w={220}
              data-testid="import-kind"
            />
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
