/**
 * "Export" on a list page: the list as it is filtered, with the columns it shows, as XLSX or CSV. The file imports
 * back with no manual mapping (File ▸ Import spreadsheet…). Columns are passed in, so a list with other columns
 * exports those.
 */
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../electron/common/contract';
import type { ListColumn } from '../../../../electron/common/domain/sheets/views';
import type { RecordKind } from '../../../../electron/common/domain/vocab';
import { useApiMutation } from '../../api/hooks';
import { startDownload } from './download';

/** The columns a record list shows for `kind` today (RecordTable): the default when none are given. */
export function shownColumns(kind: RecordKind): ListColumn[] {
  const columns: ListColumn[] = ['title', 'subtitle'];
  if (kind !== 'party') columns.push('parties');
  if (kind !== 'party' && kind !== 'person') columns.push('status');
  if (kind !== 'party') columns.push('date');
  columns.push('updated');
  return columns;
}

export function ExportListButton({
  filter,
  columns,
  sort,
}: {
  filter: Input<'records.list'>;
  columns?: ListColumn[];
  sort?: Input<'lists.export'>['sort'];
}) {
  const { t } = useTranslation();
  const exporter = useApiMutation('lists.export');
  const run = (format: 'xlsx' | 'csv') =>
    exporter.mutate(
      { filter, columns: columns ?? shownColumns(filter.kind), format, ...(sort ? { sort } : {}) },
      { onSuccess: (r) => r.downloadUrl && startDownload(r.downloadUrl, r.fileName) },
    );
  return (
    <>
      {exporter.isSuccess && exporter.data.path ? (
        <Text size="xs" c="dimmed" role="status">
          {t('exportList.done', { count: exporter.data.rows, where: exporter.data.path })}
        </Text>
      ) : null}
      {exporter.isError ? (
        <Text size="xs" c="red.8" role="alert">
          {exporter.error.message}
        </Text>
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={14} />}
            rightSection={<IconChevronDown size={12} />}
            loading={exporter.isPending}
            aria-label={t('exportList.label')}
            data-testid="list-export"
          >
            {t('exportList.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => run('xlsx')} data-testid="list-export-xlsx">
            {t('exportList.xlsx')}
          </Menu.Item>
          <Menu.Item onClick={() => run('csv')} data-testid="list-export-csv">
            {t('exportList.csv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
