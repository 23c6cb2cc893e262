/** Step 2: what each column becomes, how its dates are written, and the sheet's unknown words. */
import { Alert, Button, Checkbox, Group, NativeSelect, Select, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isDateTarget, type ColumnMapping, type SheetMapping } from '../../../../electron/common/domain/sheets/mapping';
import { vocabKeys } from '../../../../electron/common/domain/sheets/values';
import type { SheetPreview } from '../../../../electron/common/domain/sheets/views';
import { useApiMutation } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { vocabLabel } from '../../i18n';
import { startDownload } from './download';
import { targetFromId, targetId, targetOptions } from './targets';
import { planInput, type ImportWizard } from './useImportWizard';

function DateOrderCell({
  w,
  mapping,
  column,
  facts,
}: {
  w: ImportWizard;
  mapping: SheetMapping;
  column: ColumnMapping;
  facts: SheetPreview['dateColumns'][number] | undefined;
}) {
  const { t } = useTranslation();
  const orders = useMemo(
    () => (['dmy', 'mdy'] as const).map((o) => ({ value: o, label: t(`importSheet.columns.order.${o}`) })),
    [t],
  );
  if (!facts) return null;
  const decided = facts.order === 'dmy' || facts.order === 'mdy';
  const example = facts.order === 'dmy' ? facts.examples.dayFirst[0] : facts.examples.monthFirst[0];
  const set = (change: Partial<ColumnMapping>) => update(w, mapping, column.column, change);
  return (
    <Stack gap={4}>
      {decided && !column.dateOrder ? (
        <Text size="xs">{t(`importSheet.columns.decided_${facts.order}`, { example })}</Text>
      ) : null}
      {facts.order === 'ask' ? (
        <Text size="xs" c="red.8">
          {t('importSheet.columns.ask', { examples: facts.examples.ambiguous.join(', ') })}
        </Text>
      ) : null}
      {facts.order === 'conflict' ? (
        <Text size="xs" c="red.8">
          {t('importSheet.columns.conflict', {
            dayFirst: facts.examples.dayFirst[0],
            monthFirst: facts.examples.monthFirst[0],
          })}
        </Text>
      ) : null}
      {!decided || column.dateOrder ? (
        // A native select: two choices, and a person types "d" or "m" to pick one.
        <NativeSelect
          size="xs"
          aria-label={`${t('importSheet.columns.chooseOrder')}: ${column.column}`}
          data={[{ value: '', label: t('importSheet.columns.chooseOrder'), disabled: true }, ...orders]}
          value={column.dateOrder ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === 'dmy' || v === 'mdy') set({ dateOrder: v });
          }}
          w={220}
          data-testid={`date-order-${column.column}`}
        />
      ) : null}
      {facts.sentinels > 0 ? (
        <Checkbox
          size="xs"
          label={t('importSheet.columns.sentinel', { examples: facts.examples.sentinels.join(', ') })}
          checked={column.sentinelIsNoEnd !== false}
          onChange={(e) => set({ sentinelIsNoEnd: e.currentTarget.checked })}
        />
      ) : null}
    </Stack>
  );
}

/** Applies a change to one column of the mapping (adding the column if the mapping did not list it). */
function update(w: ImportWizard, mapping: SheetMapping, column: string, change: Partial<ColumnMapping>): void {
  const exists = mapping.columns.some((c) => c.column === column);
  const columns = exists
    ? mapping.columns.map((c) => (c.column === column ? { ...c, ...change } : c))
    : [...mapping.columns, { column, target: { field: 'ignore' as const }, ...change }];
  w.changeMapping({ ...mapping, columns });
}

function setValue(
  w: ImportWizard,
  mapping: SheetMapping,
  field: 'type' | 'status',
  text: string,
  key: string | null,
): void {
  const values = { ...mapping.values, [field]: { ...mapping.values?.[field] } };
  if (key) values[field]![text] = key;
  else delete values[field]![text];
  w.changeMapping({ ...mapping, values });
}

export function ColumnsStep({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  const saver = useApiMutation('sheets.saveMapping');
  const options = useMemo(() => targetOptions(t, w.kind), [t, w.kind]);
  return (
    <QueryState query={w.preview}>
      {(preview) => {
        const mapping = w.mapping ?? preview.mapping;
        const byColumn = new Map(mapping.columns.map((c) => [c.column, c]));
        const dates = new Map(preview.dateColumns.map((d) => [d.column, d]));
        return (
          <Stack gap="md">
            <Text size="sm">{t('importSheet.columns.intro')}</Text>
            <Table
              className="ent-table ent-import-table"
              aria-label={t('importSheet.steps.columns')}
              data-testid="import-columns"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('importSheet.columns.column')}</Table.Th>
                  <Table.Th>{t('importSheet.columns.examples')}</Table.Th>
                  <Table.Th>{t('importSheet.columns.meaning')}</Table.Th>
                  <Table.Th>{t('importSheet.columns.dates')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.columns.map((c) => {
                  const column = byColumn.get(c.header) ?? { column: c.header, target: { field: 'ignore' as const } };
                  const recognised = c.recognised && targetId(c.recognised) === targetId(column.target);
                  return (
                    <Table.Tr key={c.header}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {c.header}
                        </Text>
                        {recognised && column.target.field !== 'ignore' ? (
                          <Text size="xs" c="dimmed">
                            {t('importSheet.columns.recognised')}
                          </Text>
                        ) : c.looksLikeDates && !isDateTarget(column.target) ? (
                          <Text size="xs" c="dimmed">
                            {t('importSheet.columns.looksLikeDates')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td className="ent-import-samples">
                        {c.samples.map((s) => (
                          <Text key={s} size="xs" truncate="end" title={s}>
                            {s}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          aria-label={`${t('importSheet.columns.meaning')}: ${c.header}`}
                          data={options}
                          value={targetId(column.target)}
                          onChange={(v) => {
                            const target = v ? targetFromId(v) : null;
                            if (target) update(w, mapping, c.header, { target });
                          }}
                          allowDeselect={false}
                          searchable
                          maxDropdownHeight={320}
                          w={260}
                          data-testid={`target-${c.header}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        {isDateTarget(column.target) ? (
                          <DateOrderCell w={w} mapping={mapping} column={column} facts={dates.get(c.header)} />
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {preview.unknownValues.length > 0 ? (
              <Stack gap={6}>
                <Text component="h2" fw={600} size="sm">
                  {t('importSheet.columns.values')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('importSheet.columns.valuesIntro')}
                </Text>
                <Group gap="sm" align="flex-end">
                  {preview.unknownValues.map((u) => (
                    <Select
                      key={`${u.field}:${u.text}`}
                      size="xs"
                      label={t('importSheet.columns.valueColumn', u)}
                      placeholder={u.field === 'type' ? vocabLabel(t, 'other') : t('importSheet.columns.leaveOut')}
                      data={vocabKeys(w.kind, u.field).map((k) => ({ value: k, label: vocabLabel(t, k) }))}
                      value={mapping.values?.[u.field]?.[u.text] ?? null}
                      onChange={(v) => setValue(w, mapping, u.field, u.text, v)}
                      clearable
                      w={300}
                    />
                  ))}
                </Group>
              </Stack>
            ) : null}
            <Stack gap={6}>
              <Text component="h2" fw={600} size="sm">
                {t('importSheet.columns.options')}
              </Text>
              <Group gap="md" align="flex-end">
                <Select
                  size="xs"
                  label={t('importSheet.columns.duplicates')}
                  data={[
                    { value: 'skip', label: t('importSheet.columns.duplicatesSkip') },
                    { value: 'import', label: t('importSheet.columns.duplicatesImport') },
                  ]}
                  value={mapping.duplicates ?? 'skip'}
                  onChange={(v) => w.changeMapping({ ...mapping, duplicates: v === 'import' ? 'import' : 'skip' })}
                  allowDeselect={false}
                  w={260}
                />
                {preview.earlierFiles.length > 0 ? (
                  <Select
                    size="xs"
                    label={t('importSheet.columns.updates')}
                    description={t('importSheet.columns.updatesHint')}
                    data={[
                      { value: '', label: t('importSheet.columns.updatesNone') },
                      ...[...new Set(preview.earlierFiles.map((f) => f.source))].map((source) => ({
                        value: source,
                        label: t('importSheet.columns.earlier', {
                          source,
                          records: preview.earlierFiles
                            .filter((f) => f.source === source)
                            .reduce((n, f) => n + f.records, 0),
                        }),
                      })),
                    ]}
                    value={preview.updates ?? ''}
                    onChange={(v) => {
                      const { updates: _drop, ...rest } = mapping;
                      void _drop;
                      w.changeMapping(v ? { ...rest, updates: v } : rest);
                    }}
                    allowDeselect={false}
                    w={420}
                  />
                ) : null}
              </Group>
            </Stack>
            <Group gap="sm">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDeviceFloppy size={14} />}
                loading={saver.isPending}
                onClick={() =>
                  saver.mutate(
                    {
                      fileName: planInput(w).fileName,
                      mapping: { ...mapping, ...(w.sheet ? { sheet: w.sheet } : {}) },
                    },
                    { onSuccess: (r) => r.downloadUrl && startDownload(r.downloadUrl, r.fileName) },
                  )
                }
              >
                {t('importSheet.columns.saveMapping')}
              </Button>
              {saver.isSuccess ? (
                <Text size="xs" c="dimmed" role="status">
                  {t('importSheet.columns.mappingSaved', { name: saver.data.fileName })}
                </Text>
              ) : null}
            </Group>
            {saver.isError ? <Alert color="red">{saver.error.message}</Alert> : null}
          </Stack>
        );
      }}
    </QueryState>
  );
}
