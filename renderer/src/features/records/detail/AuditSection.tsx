/**
 * Who changed the record, when, and what (records.audit). Each entry opens to the fields it changed, with
 * human names and old → new values, described by the same function as the CLI's `history` command
 * (electron/common/domain/history.ts).
 */
import { Button, List, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeEntry,
  FIELD_LABELS,
  type FieldChange,
  type HistoryEntry,
} from '../../../../../electron/common/domain/history';
import { useApiQuery } from '../../../api/hooks';
import { formatInstant } from '../../../components/format';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { formatPartialDate } from '../../../i18n/dates';
import { useTitleIndex } from '../shared/useTitles';

function ChangeItems({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const empty = t('history.empty');
  const items: { key: string; text: string }[] = [];
  if (change.before !== undefined || change.after !== undefined)
    items.push({ key: 'value', text: `${change.before || empty} → ${change.after || empty}` });
  (change.added ?? []).forEach((row, i) => items.push({ key: `a${i}`, text: `${t('history.added')}: ${row}` }));
  (change.removed ?? []).forEach((row, i) => items.push({ key: `r${i}`, text: `${t('history.removed')}: ${row}` }));
  (change.changed ?? []).forEach((row, i) => items.push({ key: `c${i}`, text: `${row.before} → ${row.after}` }));
  return (
    <List.Item>
      <Text span size="sm" fw={600}>
        {change.label}
      </Text>
      <List size="sm" spacing={0} withPadding listStyleType="none">
        {items.map((item) => (
          <List.Item key={item.key}>
            <Text span size="sm" className="ent-history-value">
              {item.text}
            </Text>
          </List.Item>
        ))}
      </List>
    </List.Item>
  );
}

function EntryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = `history-${entry.id}`;
  // The stored one-line summary names raw fields ("Changed statusEvents"); the line shown names them as people do.
  const summary =
    entry.action === 'create'
      ? t('history.created')
      : entry.action === 'delete'
        ? t('history.deleted')
        : entry.changes.length && entry.summary.startsWith('Changed ')
          ? t('history.changedFields', { fields: entry.changes.map((c) => c.label).join(', ') })
          : entry.summary;
  return (
    <Table.Tr>
      <Table.Td w={140} valign="top">
        <Text size="sm" c="dimmed" className="ent-num">
          {formatInstant(entry.at)}
        </Text>
      </Table.Td>
      <Table.Td w={90} valign="top">
        <Text size="sm">{entry.actor}</Text>
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          px={2}
          leftSection={open ? <IconChevronDown size={13} /> : <IconChevronRight size={13} />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="ent-history-toggle"
        >
          {summary}
        </Button>
        {open ? (
          <div id={panelId} aria-label={t('history.changesOf', { when: formatInstant(entry.at), actor: entry.actor })}>
            {entry.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('history.noFieldChanges')}
              </Text>
            ) : (
              <List size="sm" spacing={2} listStyleType="none">
                {entry.changes.map((change) => (
                  <ChangeItems key={change.field} change={change} />
                ))}
              </List>
            )}
          </div>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const audit = useApiQuery('records.audit', { id, limit: 50 });
  const titles = useTitleIndex();
  const entries = useMemo(
    () =>
      (audit.data ?? []).map((e) =>
        describeEntry(e, {
          vocab: (key) => vocabLabel(t, key),
          field: (key) => t(`history.field.${key}`, { defaultValue: FIELD_LABELS[key] ?? key }),
          name: (ref) => titles.get(ref)?.title,
          missing: () => t('detail.missingRecord'),
          date: (edtf) => formatPartialDate(edtf),
        }),
      ),
    [audit.data, titles, t],
  );
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
              <EntryRow key={e.id} entry={e} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
