/** Who changed the record, when, and what (records.audit). */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import { Section } from '../../../components/Section';

export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function AuditSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const audit = useApiQuery('records.audit', { id, limit: 50 });
  const entries = audit.data ?? [];
  return (
    <Section title={t('detail.history')} id="history">
      {entries.length === 0 ? (
        <Text size="md" c="dimmed">
          {audit.isPending ? t('common.loading') : t('detail.noHistory')}
        </Text>
      ) : (
        <Table className="ent-table" aria-label={t('detail.history')}>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td w={140}>
                  <Text size="sm" c="dimmed" className="ent-num">
                    {formatInstant(e.at)}
                  </Text>
                </Table.Td>
                <Table.Td w={90}>
                  <Text size="sm">{e.actor}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.summary}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
