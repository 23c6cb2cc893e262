/** The report's scope and options: parties, programme, working group, records, dates, marking, page size. */
import {
  Autocomplete,
  Button,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MARKING_PRESETS, type ReportRequestInput } from '../../../../electron/common/domain/report';
import { useApiQuery } from '../../api/hooks';
import { PartialDateInput } from '../../components/PartialDateInput';
import { REPORTS_NS } from './strings';

export type ScopeState = {
  partyIds: string[];
  partyMatch: 'all' | 'any';
  programmeId: string | null;
  workingGroupId: string | null;
  recordIds: string[];
  from: string;
  to: string;
  asOf: string;
  includeMeetings: boolean;
  includePartyEvents: boolean;
  title: string;
  marking: string;
  pageSize: 'A4' | 'Letter';
};

export const EMPTY_SCOPE: ScopeState = {
  partyIds: [],
  partyMatch: 'all',
  programmeId: null,
  workingGroupId: null,
  recordIds: [],
  from: '',
  to: '',
  asOf: '',
  includeMeetings: true,
  includePartyEvents: false,
  title: '',
  marking: 'UNCLASSIFIED',
  pageSize: 'A4',
};

/** Only what is set goes to the server, so the request reads like the scope the person chose. */
export function toRequest(s: ScopeState): ReportRequestInput {
  return {
    ...(s.partyIds.length ? { partyIds: s.partyIds, partyMatch: s.partyMatch } : {}),
    ...(s.programmeId ? { programmeId: s.programmeId } : {}),
    ...(s.workingGroupId ? { workingGroupId: s.workingGroupId } : {}),
    ...(s.recordIds.length ? { recordIds: s.recordIds } : {}),
    ...(s.from.trim() ? { from: s.from.trim() } : {}),
    ...(s.to.trim() ? { to: s.to.trim() } : {}),
    ...(s.asOf.trim() ? { asOf: s.asOf.trim() } : {}),
    ...(s.title.trim() ? { title: s.title.trim() } : {}),
    marking: s.marking.trim() || 'UNCLASSIFIED',
    pageSize: s.pageSize,
    includeMeetings: s.includeMeetings,
    includePartyEvents: s.includePartyEvents,
  };
}

export function ScopeForm({ value, onChange }: { value: ScopeState; onChange: (next: ScopeState) => void }) {
  const { t } = useTranslation(REPORTS_NS);
  const set = <K extends keyof ScopeState>(key: K, v: ScopeState[K]) => onChange({ ...value, [key]: v });
  const parties = useApiQuery('records.titles', { kinds: ['party'] });
  const programmes = useApiQuery('records.titles', { kinds: ['programme'] });
  const groups = useApiQuery('records.titles', { kinds: ['working_group'] });
  const records = useApiQuery('records.titles', { kinds: ['agreement', 'working_group', 'programme', 'meeting'] });
  const options = (q: typeof parties) => (q.data ?? []).map((r) => ({ value: r.id, label: r.title }));
  /** A searchable many-choice field over `key`, its choices from `q`. */
  const many = (key: 'partyIds' | 'recordIds', q: typeof parties) => ({
    data: options(q),
    value: value[key],
    onChange: (v: string[]) => set(key, v),
    searchable: true,
    clearable: true,
  });
  const singles = [
    ['programme', 'programmeId', programmes],
    ['workingGroup', 'workingGroupId', groups],
  ] as const;
  return (
    <Stack gap="sm">
      <Text fw={700} size="sm" tt="uppercase" c="dimmed">
        {t('scope')}
      </Text>
      <MultiSelect label={t('parties')} description={t('partiesHint')} {...many('partyIds', parties)} />
      {value.partyIds.length > 1 && (
        <SegmentedControl
          size="xs"
          value={value.partyMatch}
          onChange={(v) => set('partyMatch', v as 'all' | 'any')}
          data={[
            { value: 'all', label: t('matchAll') },
            { value: 'any', label: t('matchAny') },
          ]}
        />
      )}
      {singles.map(([label, key, q]) => (
        <Select
          key={key}
          label={t(label)}
          data={options(q)}
          value={value[key]}
          onChange={(v) => set(key, v)}
          searchable
          clearable
        />
      ))}
      <MultiSelect label={t('records')} {...many('recordIds', records)} />
      {(['from', 'to', 'asOf'] as const).map((key) => (
        <PartialDateInput
          key={key}
          label={t(key)}
          value={value[key]}
          onChange={(v) => set(key, v)}
          placeholder={key === 'asOf' ? t('asOfHint') : undefined}
        />
      ))}
      <Button
        variant="subtle"
        size="xs"
        onClick={() => onChange({ ...EMPTY_SCOPE, marking: value.marking, pageSize: value.pageSize })}
      >
        {t('clear')}
      </Button>
      <Text fw={700} size="sm" tt="uppercase" c="dimmed" mt="sm">
        {t('options')}
      </Text>
      <Switch
        label={t('includeMeetings')}
        checked={value.includeMeetings}
        onChange={(e) => set('includeMeetings', e.currentTarget.checked)}
      />
      <Switch
        label={t('includePartyEvents')}
        checked={value.includePartyEvents}
        onChange={(e) => set('includePartyEvents', e.currentTarget.checked)}
      />
      <TextInput
        label={t('reportTitle')}
        placeholder={t('reportTitlePlaceholder')}
        value={value.title}
        maxLength={200}
        onChange={(e) => set('title', e.currentTarget.value)}
      />
      <Autocomplete
        label={t('marking')}
        description={t('markingHint')}
        data={[...MARKING_PRESETS]}
        value={value.marking}
        maxLength={120}
        onChange={(v) => set('marking', v)}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('pageSize')}
        </Text>
        <SegmentedControl
          size="xs"
          value={value.pageSize}
          onChange={(v) => set('pageSize', v as 'A4' | 'Letter')}
          data={[
            { value: 'A4', label: t('pageSizes.A4') },
            { value: 'Letter', label: t('pageSizes.Letter') },
          ]}
        />
      </div>
    </Stack>
  );
}
