/** One record: header, fields, parties, links, status timelines, history. */
import { Stack } from '@mantine/core';
import type { RecordKind } from '../../../../../db/model/vocab';
import { useApiQuery } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';

export default function RecordDetailPage({ kind, id }: { kind: RecordKind; id: string }) {
  const record = useApiQuery('records.get', { kind, id });
  return (
    <QueryState query={record}>
      {(r) => (
        <Stack gap={0}>
          <PageHeader title={'title' in r ? r.title : r.name} />
        </Stack>
      )}
    </QueryState>
  );
}
