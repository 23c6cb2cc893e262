/**
 * The list of one record kind: filters, an as-of date, the columns the person chose, saved views, the
 * virtualised table with multi-select and bulk actions, export, and "New".
 */
import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { SavedView } from '../../../../../electron/common/domain/views';
import { useApiQuery } from '../../../api/hooks';
import { newRecordPath } from '../../../app/kinds';
import { useReadOnly } from '../../../api/read-only';
import { onRouteChange } from '../../../app/router';
import { PageHeader } from '../../../components/PageHeader';
import { PartialDateInput } from '../../../components/PartialDateInput';
import { QueryState } from '../../../components/QueryState';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { activeFilterCount, listRequest } from './filters';
import { ListFilterBar } from './ListFilterBar';
import { RecordTable } from './RecordTable';
import { useRecordList } from './useRecordList';
import { defaultView, fromSpec, readListAddress, readStoredView, storeView, type ListView } from './view';
import { ViewActions } from './ViewActions';

export default function RecordListPage({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const settings = useApiQuery('register.settings', {});
  const savedViews = useApiQuery('views.list', { list: kind });
  const knowsSide = Boolean(settings.data?.homePartyId);
  const base = useMemo(() => defaultView(kind, knowsSide), [kind, knowsSide]);
  const [view, setView] = useState<ListView>(() => readStoredView(kind, base));
  const [address, setAddress] = useState(readListAddress);
  const [savedView, setSavedView] = useState<SavedView | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');

  // The remembered columns once we know whether the register has a side (its default columns depend on it).
  useEffect(() => setView((v) => ({ ...readStoredView(kind, base), filters: v.filters, asOf: v.asOf })), [kind, base]);
  // The address may carry filters (a dashboard count) or a saved view (the sidebar); follow it while open.
  useEffect(() => onRouteChange(() => setAddress(readListAddress())), []);
  useEffect(() => {
    if (address.filters) setView((v) => ({ ...v, filters: { ...base.filters, ...address.filters } }));
  }, [address.filters, base.filters]);
  useEffect(() => {
    const found = address.viewId ? savedViews.data?.find((v) => v.id === address.viewId) : undefined;
    if (found) {
      setSavedView(found);
      setView(fromSpec(kind, found.spec, base));
    } else if (!address.viewId) setSavedView(null);
  }, [address.viewId, savedViews.data, kind, base]);

  const change = (next: Partial<ListView>) =>
    setView((v) => {
      const merged = { ...v, ...next };
      storeView(kind, merged);
      return merged;
    });
  const [debounced] = useDebouncedValue(view.filters, 180);
  const [asOf] = useDebouncedValue(view.asOf, 300);
  const request = listRequest(kind, debounced, asOf);
  const list = useRecordList(request);
  const count = list.data?.length;
  const filtered = activeFilterCount(debounced) > 0;
  const hasStatus = kind !== 'party' && kind !== 'person';

  return (
    <Stack gap={0} className="ent-page-fill">
      <PageHeader
        title={savedView ? `${t(`kinds.${kind}.plural`)} · ${savedView.name}` : t(`kinds.${kind}.plural`)}
        badges={
          count === undefined ? null : (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t(filtered ? 'list.countFiltered' : 'list.count', { count })}
              {request.asOf ? ` · ${t('list.asOfShown', { date: request.asOf })}` : ''}
            </Text>
          )
        }
        actions={
          // A read-only register (damaged, or another window's) offers no "New": it could only be refused.
          readOnly ? null : (
            <Button
              component="a"
              href={`#${newRecordPath(kind)}`}
              leftSection={<IconPlus size={14} />}
              aria-keyshortcuts="Control+N"
            >
              {t(`kinds.${kind}.new`)}
            </Button>
          )
        }
      />
      <ListFilterBar kind={kind} filters={view.filters} onChange={(filters) => setView((v) => ({ ...v, filters }))} />
      <Group className="ent-viewbar" gap={6} px="md" py={6} justify="space-between">
        <Group gap={6}>
          {hasStatus ? (
            <PartialDateInput
              aria-label={t('list.asOf')}
              placeholder={t('list.asOfPlaceholder')}
              value={view.asOf}
              onChange={(asOfText) => setView((v) => ({ ...v, asOf: asOfText }))}
              w={170}
            />
          ) : null}
          <ColumnChooser
            kind={kind}
            view={view}
            onChange={change}
            onReset={() => change({ order: base.order, hidden: base.hidden, sizes: {} })}
          />
        </Group>
        <ViewActions
          kind={kind}
          view={view}
          request={request}
          savedView={savedView}
          onSaved={(saved) => {
            setSavedView(saved);
            setNotice(t('list.views.saved', { name: saved.name }));
          }}
        />
      </Group>
      {notice ? (
        <Alert py={4} mx="md" my={4} color="gray" withCloseButton onClose={() => setNotice('')} role="status">
          {notice}
        </Alert>
      ) : null}
      {selected.size > 0 ? (
        <BulkBar
          kind={kind}
          selected={selected}
          request={request}
          view={view}
          onDone={(message, clear) => {
            if (message) setNotice(message);
            if (clear) setSelected(new Set());
          }}
        />
      ) : null}
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Center h={200}>
              <Text c="dimmed">{filtered ? t('list.noMatch') : t(`kinds.${kind}.none`)}</Text>
            </Center>
          ) : (
            <RecordTable
              kind={kind}
              rows={rows}
              label={t(`kinds.${kind}.plural`)}
              view={view}
              onViewChange={change}
              selected={selected}
              onSelectedChange={setSelected}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
