/** Fields of an agreement: identity, term, parties with roles and their own events, links, status events. */
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LINK_KINDS,
  AGREEMENT_PARTY_ROLES,
  COOPERATION_AREAS,
  PARTY_EVENT_KINDS,
  TERM_KINDS,
} from '../../../../../electron/common/domain/vocab';
import {
  DateField,
  NumberField,
  RecordPicker,
  RowsEditor,
  TagsField,
  TextAreaField,
  TextField,
  VocabMulti,
  VocabSelect,
} from './fields';
import { StatusEventsEditor } from './StatusEventsEditor';
import type { Draft } from './useDraft';

export function AgreementForm({ draft, id }: { draft: Draft; id?: string | undefined }) {
  const { t } = useTranslation();
  const row = (field: string, n: number) => t('form.rowField', { field: t(field), n: n + 1 });
  return (
    <Stack gap="md">
      <TextField draft={draft} path="title" label={t('form.title')} required autoFocus />
      <SimpleGrid cols={3} spacing="sm">
        <TextField draft={draft} path="shortTitle" label={t('fields.shortTitle')} />
        <VocabSelect draft={draft} path="type" label={t('fields.type')} values={AGREEMENT_KINDS} required />
        <TextField draft={draft} path="reference" label={t('fields.reference')} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <VocabMulti draft={draft} path="areas" label={t('fields.areas')} values={COOPERATION_AREAS} />
        <RecordPicker
          draft={draft}
          path="parentId"
          label={t('fields.parent')}
          kinds={['agreement']}
          {...(id ? { exclude: id } : {})}
        />
      </SimpleGrid>
      <SimpleGrid cols={5} spacing="sm">
        <VocabSelect draft={draft} path="term.kind" label={t('form.term')} values={TERM_KINDS} />
        <DateField draft={draft} path="term.expires" label={t('form.expires')} />
        <NumberField draft={draft} path="term.durationMonths" label={t('form.durationMonths')} min={1} />
        <NumberField draft={draft} path="term.renewalMonths" label={t('form.renewalMonths')} min={1} />
        <NumberField draft={draft} path="term.noticeMonths" label={t('form.noticeMonths')} min={0} />
      </SimpleGrid>
      <RowsEditor
        draft={draft}
        path="parties"
        label={t('detail.partiesAndRoles')}
        addLabel={t('form.addParty')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.party'), n: i + 1 })}
        // Signatory is by far the most common role of an agreement's party, and it shows in the row.
        newRow={() => ({ id: null, partyId: null, role: 'signatory', events: [] })}
        renderRow={(p, i) => (
          <Stack gap={4}>
            <Group gap={6} grow wrap="nowrap" align="flex-start">
              <RecordPicker
                draft={draft}
                path={`${p}.partyId`}
                label={row('form.party', i)}
                compact
                kinds={['party']}
                placeholder={t('form.chooseParty')}
                required
              />
              <VocabSelect
                draft={draft}
                path={`${p}.role`}
                label={row('form.role', i)}
                compact
                values={AGREEMENT_PARTY_ROLES}
                placeholder={t('form.chooseRole')}
                required
              />
            </Group>
            <RowsEditor
              draft={draft}
              path={`${p}.events`}
              label={t('form.partyEvents')}
              addLabel={t('form.addPartyEvent')}
              removeLabel={(j) => t('form.removeRow', { what: t('form.partyEvent'), n: j + 1 })}
              newRow={() => ({ id: null, kind: 'signature', date: '', note: '' })}
              renderRow={(ep, j) => (
                <Group gap={6} grow wrap="nowrap" align="flex-start">
                  <VocabSelect
                    draft={draft}
                    path={`${ep}.kind`}
                    label={row('form.partyEvent', j)}
                    compact
                    values={PARTY_EVENT_KINDS}
                  />
                  <DateField draft={draft} path={`${ep}.date`} label={row('timeline.date', j)} compact />
                  <TextField
                    draft={draft}
                    path={`${ep}.note`}
                    label={row('timeline.note', j)}
                    compact
                    placeholder={t('timeline.note')}
                  />
                </Group>
              )}
            />
          </Stack>
        )}
      />
      <RowsEditor
        draft={draft}
        path="links"
        label={t('detail.links')}
        addLabel={t('form.addLink')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.link'), n: i + 1 })}
        newRow={() => ({ kind: 'implements', targetId: null })}
        renderRow={(p, i) => (
          <Group gap={6} grow wrap="nowrap" align="flex-start">
            <VocabSelect
              draft={draft}
              path={`${p}.kind`}
              label={row('form.linkKind', i)}
              compact
              values={AGREEMENT_LINK_KINDS}
            />
            <RecordPicker
              draft={draft}
              path={`${p}.targetId`}
              label={row('form.linkTarget', i)}
              compact
              kinds={['agreement']}
              {...(id ? { exclude: id } : {})}
              required
            />
          </Group>
        )}
      />
      <StatusEventsEditor draft={draft} kind="agreement" />
      <TextAreaField draft={draft} path="summary" label={t('fields.summary')} rows={3} />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}
