/** The filter strip above a list: text, party (sub-parties included), status, type, area, date range. */
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_KINDS,
  COOPERATION_AREAS,
  MEETING_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  STATUSES,
  isStatusKind,
  type RecordKind,
} from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';
import { PartialDateInput } from '../../../components/PartialDateInput';
import { vocabLabel } from '../../../i18n';
import { activeFilterCount, EMPTY_FILTERS, type ListFilters } from './filters';

const TYPES_BY_KIND: Partial<Record<RecordKind, readonly string[]>> = {
  agreement: AGREEMENT_KINDS,
  programme: PROGRAMME_KINDS,
  meeting: MEETING_KINDS,
  party: PARTY_KINDS,
};
const KINDS_WITH_AREAS: RecordKind[] = ['agreement', 'programme'];

export function ListFilterBar({
  kind,
  filters,
  onChange,
}: {
  kind: RecordKind;
  filters: ListFilters;
  onChange: (f: ListFilters) => void;
}) {
  const { t } = useTranslation();
  const parties = useApiQuery('records.titles', { kinds: ['party'] });
  const set = <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => onChange({ ...filters, [key]: value });
  const options = (keys: readonly string[]) => keys.map((k) => ({ value: k, label: vocabLabel(t, k) }));
  const types = TYPES_BY_KIND[kind];
  const hasDates = kind !== 'party';

  return (
    <Group className="ent-filterbar" gap={8} px="md" py={8} align="flex-start" wrap="wrap">
      <TextInput
        aria-label={t('list.filter.text')}
        placeholder={t('list.filter.text')}
        leftSection={<IconSearch size={13} aria-hidden />}
        value={filters.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        w={200}
      />
      {kind !== 'party' ? (
        <Select
          aria-label={t('list.filter.party')}
          placeholder={t('list.filter.party')}
          data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          value={filters.partyId}
          onChange={(v) => set('partyId', v)}
          searchable
          clearable
          w={200}
        />
      ) : null}
      {isStatusKind(kind) ? (
        <MultiSelect
          aria-label={t('list.filter.status')}
          placeholder={filters.statuses.length ? undefined : t('list.filter.status')}
          data={options(STATUSES[kind])}
          value={filters.statuses}
          onChange={(v) => set('statuses', v)}
          clearable
          w={200}
        />
      ) : null}
      {types ? (
        <MultiSelect
          aria-label={t('list.filter.type')}
          placeholder={filters.types.length ? undefined : t('list.filter.type')}
          data={options(types)}
          value={filters.types}
          onChange={(v) => set('types', v)}
          clearable
          w={190}
        />
      ) : null}
      {KINDS_WITH_AREAS.includes(kind) ? (
        <Select
          aria-label={t('list.filter.area')}
          placeholder={t('list.filter.area')}
          data={options(COOPERATION_AREAS)}
          value={filters.area}
          onChange={(v) => set('area', v)}
          clearable
          w={180}
        />
      ) : null}
      {hasDates ? (
        <>
          <PartialDateInput
            aria-label={t('list.filter.from')}
            placeholder={t('list.filter.fromShort')}
            value={filters.from}
            onChange={(v) => set('from', v)}
            w={130}
          />
          <PartialDateInput
            aria-label={t('list.filter.to')}
            placeholder={t('list.filter.toShort')}
            value={filters.to}
            onChange={(v) => set('to', v)}
            w={130}
          />
        </>
      ) : null}
      {activeFilterCount(filters) > 0 ? (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => onChange(EMPTY_FILTERS)}
        >
          {t('list.filter.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
