/** The list of one record kind: filters, count, the virtualised table, and "New". */
import { Button, Center, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';
import { newRecordPath } from '../../../app/kinds';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { activeFilterCount, EMPTY_FILTERS, listRequest, type ListFilters } from './filters';
import { ListFilterBar } from './ListFilterBar';
import { RecordTable } from './RecordTable';

export default function RecordListPage({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>(EMPTY_FILTERS);
  const [debounced] = useDebouncedValue(filters, 180);
  const list = useApiQuery('records.list', listRequest(kind, debounced), { placeholderData: keepPreviousData });
  const count = list.data?.length;
  const filtered = activeFilterCount(debounced) > 0;

  return (
    <Stack gap={0} className="ent-page-fill">
      <PageHeader
        title={t(`kinds.${kind}.plural`)}
        badges={
          count === undefined ? null : (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t(filtered ? 'list.countFiltered' : 'list.count', { count })}
            </Text>
          )
        }
        actions={
          <Button
            component="a"
            href={`#${newRecordPath(kind)}`}
            leftSection={<IconPlus size={14} />}
            aria-keyshortcuts="Control+N"
          >
            {t(`kinds.${kind}.new`)}
          </Button>
        }
      />
      <ListFilterBar kind={kind} filters={filters} onChange={setFilters} />
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Center h={200}>
              <Text c="dimmed">{filtered ? t('list.noMatch') : t(`kinds.${kind}.none`)}</Text>
            </Center>
          ) : (
            <RecordTable kind={kind} rows={rows} label={t(`kinds.${kind}.plural`)} />
          )
        }
      </QueryState>
    </Stack>
  );
}
