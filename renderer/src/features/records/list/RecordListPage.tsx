/** The list of one record kind. */
import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../db/model/vocab';
import { useApiQuery } from '../../../api/hooks';
import { newRecordPath } from '../../../app/kinds';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';

export default function RecordListPage({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation();
  const list = useApiQuery('records.list', { kind });
  return (
    <Stack gap={0}>
      <PageHeader
        title={t(`kinds.${kind}.plural`)}
        actions={<Button component="a" href={`#${newRecordPath(kind)}`} leftSection={<IconPlus size={14} />}>{t(`kinds.${kind}.new`)}</Button>}
      />
      <QueryState query={list}>{(rows) => <ul>{rows.map((r) => <li key={r.id}>{r.title}</li>)}</ul>}</QueryState>
    </Stack>
  );
}
