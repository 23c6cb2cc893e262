/**
 * Search filters: compact pickers, and the active ones repeated as chips with a remove button, so
 * what narrows the results is always visible. Dates are typed as people know them ("2021",
 * "Jan 2021") and read by the same partial-date parser as the server.
 */
import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parsePartialDate } from '../../../../electron/common/domain/partial-date';
import { formatPartialDate } from '../../i18n/dates';
import type { SearchFilters } from '../../../../electron/common/domain/search';
import { COOPERATION_AREAS, RECORD_KINDS, STATUSES } from '../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../api/hooks';
import { PartialDateInput } from '../../components/PartialDateInput';
import { RemovableChip } from '../../components/RemovableChip';
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
  /** A many-choice filter over `key` (any of them when none is chosen). */
  const many = (
    key: 'kinds' | 'statuses' | 'areas',
    label: string,
    values: readonly string[],
    labelOf: (v: string) => string,
    searchable = false,
  ) => (
    <MultiSelect
      size="xs"
      w={150}
      label={t(label)}
      placeholder={t('filters.any')}
      clearable
      searchable={searchable}
      data={values.map((v) => ({ value: v, label: labelOf(v) }))}
      value={filters[key] ?? []}
      onChange={(chosen) => set({ [key]: chosen })}
    />
  );
  /** A date filter typed as people know it ("2019", "Jan 2021"). */
  const date = (key: 'statusAsOf' | 'from' | 'to', label: string, placeholder: string, w: number) => (
    <PartialDateInput
      size="xs"
      w={w}
      label={t(label)}
      placeholder={placeholder}
      value={filters[key] ?? ''}
      onChange={(text) => set({ [key]: text })}
    />
  );
  return (
    <Group
      gap={8}
      align="flex-start"
      wrap="wrap"
      className="ent-search-filters"
      role="group"
      aria-label={t('filters.label')}
    >
      {many('kinds', 'filters.kinds', RECORD_KINDS, (k) => tc(`kinds.${k}.plural`))}
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
      {many('statuses', 'filters.status', ALL_STATUSES, (s) => vocabLabel(tc, s), true)}
      {date('statusAsOf', 'filters.asOf', t('filters.asOfHint'), 110)}
      {many('areas', 'filters.area', COOPERATION_AREAS, (a) => vocabLabel(tc, a))}
      {date('from', 'filters.from', '2019', 100)}
      {date('to', 'filters.to', 'Jan 2021', 100)}
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
  type Chip = { key: string; label: string; remove: () => void };
  const remove = (patch: Partial<SearchFilters>) => () => onChange(cleanFilters({ ...filters, ...patch }));
  /** One chip per chosen value of a many-choice filter; removing it drops that value only. */
  const each = <K extends 'kinds' | 'statuses' | 'areas'>(key: K, prefix: string, label: (v: string) => string) =>
    ((filters[key] ?? []) as string[]).map((v): Chip => ({
      key: `${prefix}-${v}`,
      label: label(v),
      remove: remove({ [key]: (filters[key] as string[]).filter((x) => x !== v) }),
    }));
  /** The chip of a single filter when it is set. */
  const one = (set: unknown, key: string, label: string, patch: Partial<SearchFilters>): Chip[] =>
    set ? [{ key, label, remove: remove(patch) }] : [];
  const chips: Chip[] = [
    ...each('kinds', 'kind', (k) => tc(`kinds.${k}.plural`)),
    ...one(filters.partyId, 'party', `${t('filters.party')}: ${partyName}`, { partyId: undefined }),
    ...each('statuses', 'status', (s) => vocabLabel(tc, s)),
    ...one(filters.statusAsOf, 'asof', `${t('filters.asOf')} ${date(filters.statusAsOf)}`, { statusAsOf: undefined }),
    ...each('areas', 'area', (a) => vocabLabel(tc, a)),
    ...one(
      filters.from || filters.to,
      'dates',
      `${t('filters.dates')}: ${t('filters.datesValue', { from: date(filters.from), to: date(filters.to) })}`,
      { from: undefined, to: undefined },
    ),
  ];
  if (chips.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label={t('filters.label')} role="list">
      {chips.map((chip) => (
        <RemovableChip
          key={chip.key}
          variant="light"
          removeLabel={t('filters.remove', { label: chip.label })}
          onRemove={chip.remove}
        >
          {chip.label}
        </RemovableChip>
      ))}
      <Button size="compact-xs" variant="subtle" onClick={() => onChange({})}>
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
