/**
 * Search filters: compact pickers, and the active ones repeated as chips with a remove button, so
 * what narrows the results is always visible. Dates are typed as people know them ("2021",
 * "Jan 2021") and read by the same partial-date parser as the server.
 */
import { ActionIcon, Badge, Button, Group, MultiSelect, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, parsePartialDate } from '../../../../electron/common/domain/partial-date';
import type { SearchFilters } from '../../../../electron/common/domain/search';
import { COOPERATION_AREAS, RECORD_KINDS, STATUSES, type RecordKind } from '../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../api/hooks';
import { PartialDateInput } from '../../components/PartialDateInput';
import { vocabLabel } from '../../i18n';
import { SEARCH_NS } from './strings';

const ALL_STATUSES = [...new Set(Object.values(STATUSES).flat())];

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/** Drops empty values so the request (and a saved search) carries only what is set. */
export function cleanFilters(filters: SearchFilters): SearchFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== undefined)
      out[key] = value;
  }
  return out as SearchFilters;
}

/** Only dates that parse are sent: a half-typed "Jan 20" must not turn every keystroke into an error. */
export function sendableFilters(filters: SearchFilters): SearchFilters {
  const ok = (text: string | undefined) => text === undefined || text.trim() === '' || parsePartialDate(text).ok;
  const out = { ...filters };
  if (!ok(out.from)) delete out.from;
  if (!ok(out.to)) delete out.to;
  if (!ok(out.statusAsOf)) delete out.statusAsOf;
  return cleanFilters(out);
}

interface Props {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

export function SearchFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation(SEARCH_NS);
  const { t: tc } = useTranslation();
  const parties = useApiQuery('records.titles', { kinds: ['party'] });
  const set = (patch: Partial<SearchFilters>) => onChange(cleanFilters({ ...filters, ...patch }));
  return (
    <Group
      gap={8}
      align="flex-start"
      wrap="wrap"
      className="ent-search-filters"
      role="group"
      aria-label={t('filters.label')}
    >
      <MultiSelect
        size="xs"
        w={150}
        label={t('filters.kinds')}
        placeholder={t('filters.any')}
        clearable
        data={RECORD_KINDS.map((k) => ({ value: k, label: tc(`kinds.${k}.plural`) }))}
        value={filters.kinds ?? []}
        onChange={(kinds) => set({ kinds: kinds as RecordKind[] })}
      />
      <Select
        size="xs"
        w={190}
        label={t('filters.party')}
        placeholder={t('filters.partyHint')}
        clearable
        searchable
        data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
        value={filters.partyId ?? null}
        onChange={(partyId) => set({ partyId: partyId ?? undefined })}
      />
      <MultiSelect
        size="xs"
        w={150}
        label={t('filters.status')}
        placeholder={t('filters.any')}
        clearable
        searchable
        data={ALL_STATUSES.map((s) => ({ value: s, label: vocabLabel(tc, s) }))}
        value={filters.statuses ?? []}
        onChange={(statuses) => set({ statuses })}
      />
      <PartialDateInput
        size="xs"
        w={110}
        label={t('filters.asOf')}
        placeholder={t('filters.asOfHint')}
        value={filters.statusAsOf ?? ''}
        onChange={(statusAsOf) => set({ statusAsOf })}
      />
      <MultiSelect
        size="xs"
        w={150}
        label={t('filters.area')}
        placeholder={t('filters.any')}
        clearable
        data={COOPERATION_AREAS.map((a) => ({ value: a, label: vocabLabel(tc, a) }))}
        value={filters.areas ?? []}
        onChange={(areas) => set({ areas: areas as SearchFilters['areas'] })}
      />
      <PartialDateInput
        size="xs"
        w={100}
        label={t('filters.from')}
        placeholder="2019"
        value={filters.from ?? ''}
        onChange={(from) => set({ from })}
      />
      <PartialDateInput
        size="xs"
        w={100}
        label={t('filters.to')}
        placeholder="Jan 2021"
        value={filters.to ?? ''}
        onChange={(to) => set({ to })}
      />
    </Group>
  );
}

/** The active filters as chips, each with its own remove button. */
export function FilterChips({ filters, onChange }: Props) {
  const { t } = useTranslation(SEARCH_NS);
  const { t: tc } = useTranslation();
  const parties = useApiQuery('records.titles', { kinds: ['party'] });
  const partyName = parties.data?.find((p) => p.id === filters.partyId)?.title ?? filters.partyId;
  const date = (text: string | undefined) => {
    if (!text?.trim()) return t('filters.any');
    const parsed = parsePartialDate(text);
    return parsed.ok ? formatPartialDate(parsed.value) : text;
  };
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...(filters.kinds ?? []).map((k) => ({
      key: `kind-${k}`,
      label: tc(`kinds.${k}.plural`),
      remove: () => onChange(cleanFilters({ ...filters, kinds: filters.kinds?.filter((x) => x !== k) })),
    })),
    ...(filters.partyId
      ? [
          {
            key: 'party',
            label: `${t('filters.party')}: ${partyName}`,
            remove: () => onChange(cleanFilters({ ...filters, partyId: undefined })),
          },
        ]
      : []),
    ...(filters.statuses ?? []).map((s) => ({
      key: `status-${s}`,
      label: vocabLabel(tc, s),
      remove: () => onChange(cleanFilters({ ...filters, statuses: filters.statuses?.filter((x) => x !== s) })),
    })),
    ...(filters.statusAsOf
      ? [
          {
            key: 'asof',
            label: `${t('filters.asOf')} ${date(filters.statusAsOf)}`,
            remove: () => onChange(cleanFilters({ ...filters, statusAsOf: undefined })),
          },
        ]
      : []),
    ...(filters.areas ?? []).map((a) => ({
      key: `area-${a}`,
      label: vocabLabel(tc, a),
      remove: () => onChange(cleanFilters({ ...filters, areas: filters.areas?.filter((x) => x !== a) })),
    })),
    ...(filters.from || filters.to
      ? [
          {
            key: 'dates',
            label: `${t('filters.dates')}: ${t('filters.datesValue', { from: date(filters.from), to: date(filters.to) })}`,
            remove: () => onChange(cleanFilters({ ...filters, from: undefined, to: undefined })),
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label={t('filters.label')} role="list">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          role="listitem"
          variant="light"
          tt="none"
          size="lg"
          radius="sm"
          rightSection={
            <ActionIcon
              size="xs"
              variant="transparent"
              aria-label={t('filters.remove', { label: chip.label })}
              onClick={chip.remove}
            >
              <IconX size={12} />
            </ActionIcon>
          }
        >
          {chip.label}
        </Badge>
      ))}
      <Button size="compact-xs" variant="subtle" onClick={() => onChange({})}>
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
