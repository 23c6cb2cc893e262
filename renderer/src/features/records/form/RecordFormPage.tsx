/** Create or edit a record of any kind. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../db/model/vocab';
import { PageHeader } from '../../../components/PageHeader';

export default function RecordFormPage({ kind, id }: { kind: RecordKind; id?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <PageHeader title={t(id ? `kinds.${kind}.edit` : `kinds.${kind}.new`)} />
    </Stack>
  );
}
