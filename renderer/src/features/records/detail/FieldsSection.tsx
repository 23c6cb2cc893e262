/** The record's own fields, per kind. Empty optional fields are left out to keep the page calm. */
import { Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../i18n/dates';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import { FieldList, Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { RecordLink } from '../shared/RecordLink';

type Item = { label: string; value: ReactNode } | null;

const text = (value: string): ReactNode =>
  value ? (
    <Text size="md" className="ent-prewrap">
      {value}
    </Text>
  ) : null;

function fieldItems(record: AnyRecord, t: TFunction, titles: Map<string, RecordTitle>): Item[] {
  const f = (key: string, value: ReactNode, always = false): Item =>
    value || always
      ? {
          label: t(`fields.${key}`),
          value: value || (
            <Text size="md" c="dimmed">
              {t('common.notSet')}
            </Text>
          ),
        }
      : null;
  const date = (edtf: string) => (edtf && edtf !== 'XXXX' ? <Text size="md">{formatPartialDate(edtf)}</Text> : null);
  const link = (id: string | null) => (id ? <RecordLink id={id} titles={titles} /> : null);
  const tags = (values: string[]) => (values.length ? <Text size="md">{values.join(', ')}</Text> : null);
  const areas = (values: string[]) =>
    values.length ? <Text size="md">{values.map((a) => vocabLabel(t, a)).join(', ')}</Text> : null;
  switch (record.kind) {
    case 'agreement': {
      const term = record.term;
      const termParts = [
        term.kind !== 'unknown' ? vocabLabel(t, term.kind) : '',
        term.expires !== 'XXXX' ? t('fields.expires', { date: formatPartialDate(term.expires) }) : '',
        term.durationMonths ? t('fields.months', { count: term.durationMonths }) : '',
        term.renewalMonths ? t('fields.renewsEvery', { count: term.renewalMonths }) : '',
        term.noticeMonths !== null ? t('fields.notice', { count: term.noticeMonths }) : '',
      ].filter(Boolean);
      return [
        f('type', <Text size="md">{vocabLabel(t, record.type)}</Text>, true),
        f('shortTitle', text(record.shortTitle)),
        f('reference', text(record.reference)),
        f('placeOfSignature', text(record.placeOfSignature)),
        f('areas', areas(record.areas)),
        f('term', termParts.length ? <Text size="md">{termParts.join(' · ')}</Text> : null),
        f('parent', link(record.parentId)),
        f('summary', text(record.summary)),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
    }
    case 'working_group':
      return [
        f('shortName', text(record.shortName)),
        f('mandate', text(record.mandate)),
        f('foundingAgreement', link(record.foundingAgreementId)),
        f('foundingProgramme', link(record.foundingProgrammeId)),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
    case 'programme':
      return [
        f('type', <Text size="md">{vocabLabel(t, record.type)}</Text>, true),
        f('shortName', text(record.shortName)),
        f('areas', areas(record.areas)),
        f('description', text(record.description)),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
    case 'meeting':
      return [
        f('type', <Text size="md">{vocabLabel(t, record.type)}</Text>, true),
        f('date', date(record.date) ?? <Text size="md">{formatPartialDate(record.date)}</Text>, true),
        f('place', text(record.place)),
        f('summary', text(record.summary)),
        f('minutes', text(record.minutes)),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
    case 'party':
      return [
        f('type', <Text size="md">{vocabLabel(t, record.type)}</Text>, true),
        f('shortName', text(record.shortName)),
        f('nativeName', text(record.nativeName)),
        f('parentParty', link(record.parentId)),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
    case 'person':
      return [
        f('roleTitle', text(record.roleTitle)),
        f('party', link(record.partyId)),
        f('familyName', text(record.familyName)),
        f('nativeName', text(record.nativeName)),
        f(
          'inRole',
          record.roleFrom !== 'XXXX' || record.roleTo !== 'XXXX' ? (
            <Group gap={4}>
              <Text size="md">{formatPartialDate(record.roleFrom)}</Text>
              <Text size="md" c="dimmed">
                –
              </Text>
              <Text size="md">{record.roleTo === 'XXXX' ? t('fields.present') : formatPartialDate(record.roleTo)}</Text>
            </Group>
          ) : null,
        ),
        f('notes', text(record.notes)),
        f('tags', tags(record.tags)),
      ];
  }
}

export function FieldsSection({ record, titles }: { record: AnyRecord; titles: Map<string, RecordTitle> }) {
  const { t } = useTranslation();
  const alternates: Item = record.alternateTitles.length
    ? {
        label: t('fields.alternateTitles'),
        value: (
          <Stack gap={2}>
            {record.alternateTitles.map((a, i) => (
              <Text size="md" key={i}>
                <Text span c="dimmed" size="md">
                  {a.language}:
                </Text>{' '}
                {a.title}
              </Text>
            ))}
          </Stack>
        ),
      }
    : null;
  const items = [alternates, ...fieldItems(record, t, titles)].filter((i): i is NonNullable<Item> => i !== null);
  return (
    <Section title={t('detail.details')} id="fields">
      <FieldList items={items} />
    </Section>
  );
}
