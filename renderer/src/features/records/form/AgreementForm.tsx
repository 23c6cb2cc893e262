/** Fields of an agreement: identity, term, parties with roles and their own events, links, status events. */
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_KINDS,
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
import { partyRoleCells, RowCells, RowsOf, type Cell } from './rows';
import { StatusEventsEditor } from './StatusEventsEditor';
import type { Draft } from './useDraft';

const PARTY_CELLS = partyRoleCells('form.party', AGREEMENT_PARTY_ROLES);

/** A party's own step (signature, ratification, entry into force for that party…), dated. */
const PARTY_EVENT_CELLS: Cell[] = [
  { input: 'vocab', field: 'kind', label: 'form.partyEvent', values: PARTY_EVENT_KINDS },
  { input: 'date', field: 'date', label: 'timeline.date' },
  { input: 'text', field: 'note', label: 'timeline.note' },
];

export function AgreementForm({ draft, id }: { draft: Draft; id?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextField draft={draft} path="title" label={t('form.title')} required autoFocus />
      <SimpleGrid cols={3} spacing="sm">
        <TextField draft={draft} path="shortTitle" label={t('fields.shortTitle')} />
        <VocabSelect draft={draft} path="type" label={t('fields.type')} values={AGREEMENT_KINDS} required />
        <TextField draft={draft} path="reference" label={t('fields.reference')} />
      </SimpleGrid>
      <TextField draft={draft} path="placeOfSignature" label={t('fields.placeOfSignature')} />
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
            <RowCells draft={draft} rowPath={p} index={i} cells={PARTY_CELLS} />
            <RowsOf
              draft={draft}
              path={`${p}.events`}
              label={t('form.partyEvents')}
              addLabel={t('form.addPartyEvent')}
              noun="form.partyEvent"
              newRow={() => ({ id: null, kind: 'signature', date: '', note: '' })}
              cells={PARTY_EVENT_CELLS}
            />
          </Stack>
        )}
      />
      <StatusEventsEditor draft={draft} kind="agreement" />
      <TextAreaField draft={draft} path="summary" label={t('fields.summary')} rows={3} />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}
