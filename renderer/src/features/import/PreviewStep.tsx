/** Step 4: every row as it will be stored, a page at a time (the plan stays in the app; only the page travels). */
import { Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../electron/common/domain/sheets/views';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { vocabLabel } from '../../i18n';
import { targetFromId, targetLabel } from './targets';
import { PAGE_SIZE, type ImportWizard, type PreviewShow } from './useImportWizard';

const FILTERS: PreviewShow[] = ['all', 'problems', 'create', 'update', 'unchanged', 'skip', 'error'];

/** A date's label in a row: the status or party event it dates ("Signed", "Ratification"), or what it is. */
function dateLabel(t: TFunction, id: string): string {
  const target = targetFromId(id);
  if (target?.field === 'event') return vocabLabel(t, target.status);
  if (target?.field === 'partyEvent') return targetLabel(t, target);
  return t(`importSheet.preview.dateLabel.${target?.field ?? 'date'}`);
}

function RowLine({ row }: { row: PreviewRow }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-action={row.action}>
      <Table.Td className="ent-num">{row.row}</Table.Td>
      <Table.Td>
        <span className="ent-import-action" data-action={row.action}>
          {t(`importSheet.preview.actions.${row.action}`)}
        </span>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="ent-import-title">
          {row.title}
        </Text>
        {row.changes.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('importSheet.preview.changes', { fields: row.changes.join(', ') })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{row.type ? vocabLabel(t, row.type) : ''}</Table.Td>
      <Table.Td>
        <div className="ent-import-parties">
          {row.parties.map((p) => (
            <span key={p.name} className="ent-import-party" data-outcome={p.outcome}>
              {p.as && p.as !== p.name ? `${p.name} → ${p.as}` : p.name}
              {p.outcome === 'create' ? <em> {t('importSheet.preview.newParty')}</em> : null}
            </span>
          ))}
        </div>
      </Table.Td>
      <Table.Td className="ent-import-dates">
        {row.dates.map((d) => (
          <Text key={`${d.column}${d.target}`} size="xs">
            <span className="ent-import-dim">{dateLabel(t, d.target)}</span> {d.text} → {d.display}
          </Text>
        ))}
      </Table.Td>
      <Table.Td className="ent-import-status">
        {row.action === 'error' || row.action === 'skip' ? null : <StatusBadge status={row.status} />}
      </Table.Td>
      <Table.Td>
        {row.skipReason ? <Text size="xs">{row.skipReason}</Text> : null}
        {row.problems.map((p, i) => (
          <Text
            key={i}
            size="xs"
            c={p.severity === 'error' ? 'red.8' : undefined}
            className={p.severity === 'error' ? undefined : 'ent-import-warn'}
          >
            {p.column}
            {p.value ? ` “${p.value}”` : ''}: {p.reason}
          </Text>
        ))}
      </Table.Td>
    </Table.Tr>
  );
}

export function PreviewStep({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  return (
    <QueryState query={w.preview}>
      {(preview) => (
        <Stack gap="sm">
          <Text size="sm">{t('importSheet.preview.intro')}</Text>
          <Group gap="sm" align="center">
            <Text size="sm" id="import-show-label">
              {t('importSheet.preview.show')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="import-show-label"
              value={w.show}
              onChange={(v) => w.setShow(v as PreviewShow)}
              data={FILTERS.map((f) => ({
                value: f,
                label: `${t(`importSheet.preview.filter.${f}`)}${f === 'all' || f === 'problems' ? '' : ` ${preview.counts[f]}`}`,
              }))}
              data-testid="import-filter"
            />
          </Group>
          <div className="ent-import-scroll">
            <Table
              className="ent-table ent-import-table"
              aria-label={t('importSheet.preview.table')}
              data-testid="import-preview"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className="ent-num">{t('importSheet.preview.row')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.action')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.title')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.type')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.parties')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.dates')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.status')}</Table.Th>
                  <Table.Th>{t('importSheet.preview.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => (
                  <RowLine key={row.row} row={row} />
                ))}
              </Table.Tbody>
            </Table>
            {preview.rows.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {t('importSheet.preview.noRows')}
              </Text>
            ) : null}
          </div>
          {preview.total > PAGE_SIZE ? (
            <Pagination
              size="sm"
              total={Math.ceil(preview.total / PAGE_SIZE)}
              value={w.page + 1}
              onChange={(p) => w.setPage(p - 1)}
              getControlProps={() => ({ 'aria-label': t('importSheet.preview.pages') })}
              aria-label={t('importSheet.preview.pages')}
            />
          ) : null}
        </Stack>
      )}
    </QueryState>
  );
}
