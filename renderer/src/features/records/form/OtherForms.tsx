/** Fields of working groups, programmes, meetings, parties and people. */
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ACTION_ITEM_STATES,
  COOPERATION_AREAS,
  MEETING_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  PROGRAMME_PARTNER_ROLES,
  WORKING_GROUP_PARTY_ROLES,
} from '../../../../../electron/common/domain/vocab';
import {
  DateField,
  NumberField,
  RecordMultiPicker,
  RecordPicker,
  RowsEditor,
  TagsField,
  TextAreaField,
  TextField,
  VocabMulti,
  VocabSelect,
} from './fields';
import { partyRoleCells, RowsOf, useRowLabel, type Cell } from './rows';
import { StatusEventsEditor } from './StatusEventsEditor';
import type { Draft } from './useDraft';

type FormProps = { draft: Draft; id?: string | undefined };

const PHASE_CELLS: Cell[] = [
  { input: 'text', field: 'name', label: 'form.phase', placeholder: 'form.name', required: true },
  { input: 'date', field: 'start', label: 'form.start', placeholder: 'form.start' },
  { input: 'date', field: 'end', label: 'form.end', placeholder: 'form.end' },
  { input: 'text', field: 'note', label: 'timeline.note' },
];

const MILESTONE_CELLS: Cell[] = [
  { input: 'text', field: 'name', label: 'form.milestone', placeholder: 'form.name', required: true },
  { input: 'date', field: 'date', label: 'timeline.date' },
  { input: 'text', field: 'note', label: 'timeline.note' },
];

const PARTICIPANT_CELLS: Cell[] = [
  { input: 'record', field: 'personId', label: 'form.person', kinds: ['person'], placeholder: 'form.person' },
  { input: 'record', field: 'partyId', label: 'form.party', kinds: ['party'], placeholder: 'form.party' },
  { input: 'text', field: 'role', label: 'form.role' },
];

const ACTION_ITEM_CELLS: Cell[] = [
  { input: 'text', field: 'text', label: 'form.actionItem', required: true },
  { input: 'text', field: 'owner', label: 'form.owner' },
  { input: 'date', field: 'due', label: 'form.due', placeholder: 'form.due' },
  { input: 'vocab', field: 'state', label: 'form.state', values: ACTION_ITEM_STATES },
];

/**
 * Parties with roles. A new row's role is `defaultRole` — the most common role for that kind of record — or,
 * where no role is common enough to assume (programme partners: "Lead" is not), nothing until one is chosen.
 */
function PartyRoles({
  draft,
  path,
  label,
  roles,
  defaultRole,
  addLabel,
  rowNoun,
}: {
  draft: Draft;
  path: string;
  label: string;
  roles: readonly string[];
  defaultRole: string | null;
  addLabel: string;
  rowNoun: string;
}) {
  return (
    <RowsOf
      draft={draft}
      path={path}
      label={label}
      addLabel={addLabel}
      noun={rowNoun}
      newRow={() => ({ partyId: null, role: defaultRole ?? '' })}
      cells={partyRoleCells(rowNoun, roles)}
    />
  );
}

export function WorkingGroupForm({ draft }: FormProps) {
  const { t } = useTranslation();
  const row = useRowLabel();
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <TextField draft={draft} path="name" label={t('form.name')} required autoFocus />
        <TextField draft={draft} path="shortName" label={t('fields.shortName')} />
        <RecordPicker
          draft={draft}
          path="foundingAgreementId"
          label={t('fields.foundingAgreement')}
          kinds={['agreement']}
        />
        <RecordPicker
          draft={draft}
          path="foundingProgrammeId"
          label={t('fields.foundingProgramme')}
          kinds={['programme']}
        />
      </SimpleGrid>
      <TextAreaField draft={draft} path="mandate" label={t('fields.mandate')} rows={3} />
      <PartyRoles
        draft={draft}
        path="parties"
        label={t('detail.partiesAndRoles')}
        roles={WORKING_GROUP_PARTY_ROLES}
        defaultRole="member"
        addLabel={t('form.addParty')}
        rowNoun="form.party"
      />
      <RowsEditor
        draft={draft}
        path="sessions"
        label={t('detail.sessions')}
        addLabel={t('form.addSession')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.session'), n: i + 1 })}
        newRow={() => ({ id: null, edition: (draft.get<unknown[]>('sessions') ?? []).length + 1, meetingId: null })}
        renderRow={(p, i) => (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <div style={{ width: 110 }}>
              <NumberField draft={draft} path={`${p}.edition`} label={row('form.edition', i)} compact min={1} />
            </div>
            <div style={{ flex: 1 }}>
              <RecordPicker
                draft={draft}
                path={`${p}.meetingId`}
                label={row('form.sessionMeeting', i)}
                compact
                kinds={['meeting']}
                placeholder={t('form.chooseMeeting')}
                required
              />
            </div>
          </Group>
        )}
      />
      <StatusEventsEditor draft={draft} kind="working_group" />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}

export function ProgrammeForm({ draft }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <TextField draft={draft} path="name" label={t('form.name')} required autoFocus />
        <TextField draft={draft} path="shortName" label={t('fields.shortName')} />
        <VocabSelect draft={draft} path="type" label={t('fields.type')} values={PROGRAMME_KINDS} required />
      </SimpleGrid>
      <VocabMulti draft={draft} path="areas" label={t('fields.areas')} values={COOPERATION_AREAS} />
      <TextAreaField draft={draft} path="description" label={t('fields.description')} rows={3} />
      <PartyRoles
        draft={draft}
        path="partners"
        label={t('detail.partners')}
        roles={PROGRAMME_PARTNER_ROLES}
        defaultRole={null}
        addLabel={t('form.addPartner')}
        rowNoun="form.partner"
      />
      <RowsOf
        draft={draft}
        path="phases"
        label={t('detail.phases')}
        addLabel={t('form.addPhase')}
        noun="form.phase"
        newRow={() => ({ id: null, name: '', start: '', end: '', note: '' })}
        cells={PHASE_CELLS}
      />
      <RowsOf
        draft={draft}
        path="milestones"
        label={t('detail.milestones')}
        addLabel={t('form.addMilestone')}
        noun="form.milestone"
        newRow={() => ({ id: null, name: '', date: '', note: '' })}
        cells={MILESTONE_CELLS}
      />
      <StatusEventsEditor draft={draft} kind="programme" />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}

export function MeetingForm({ draft, id }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextField draft={draft} path="title" label={t('form.title')} required autoFocus />
      <SimpleGrid cols={3} spacing="sm">
        <VocabSelect draft={draft} path="type" label={t('fields.type')} values={MEETING_KINDS} required />
        <DateField draft={draft} path="date" label={t('fields.date')} />
        <TextField draft={draft} path="place" label={t('fields.place')} />
      </SimpleGrid>
      <RecordMultiPicker
        draft={draft}
        path="linkedIds"
        label={t('detail.linkedRecords')}
        kinds={['agreement', 'programme', 'working_group', 'meeting']}
        {...(id ? { exclude: id } : {})}
      />
      <RowsOf
        draft={draft}
        path="participants"
        label={t('detail.participants')}
        addLabel={t('form.addParticipant')}
        noun="form.participant"
        newRow={() => ({ personId: null, partyId: null, role: '' })}
        cells={PARTICIPANT_CELLS}
      />
      <TagsField draft={draft} path="topics" label={t('form.topics')} placeholder={t('form.topicsHint')} />
      <TagsField draft={draft} path="outcomes" label={t('form.outcomes')} placeholder={t('form.outcomesHint')} />
      <RowsOf
        draft={draft}
        path="actionItems"
        label={t('detail.actionItems')}
        addLabel={t('form.addActionItem')}
        noun="form.actionItem"
        newRow={() => ({ id: null, text: '', owner: '', due: '', state: 'open' })}
        cells={ACTION_ITEM_CELLS}
      />
      <StatusEventsEditor draft={draft} kind="meeting" />
      <TextAreaField draft={draft} path="summary" label={t('fields.summary')} rows={3} />
      <TextAreaField draft={draft} path="minutes" label={t('fields.minutes')} rows={3} />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}

export function PartyForm({ draft, id }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <TextField draft={draft} path="name" label={t('form.name')} required autoFocus />
        <VocabSelect draft={draft} path="type" label={t('fields.type')} values={PARTY_KINDS} required />
        <TextField draft={draft} path="shortName" label={t('fields.shortName')} />
        <TextField draft={draft} path="nativeName" label={t('fields.nativeName')} />
      </SimpleGrid>
      <RecordPicker
        draft={draft}
        path="parentId"
        label={t('fields.parentParty')}
        kinds={['party']}
        {...(id ? { exclude: id } : {})}
      />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}

export function PersonForm({ draft }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <TextField draft={draft} path="name" label={t('form.personName')} required autoFocus />
        <TextField draft={draft} path="familyName" label={t('fields.familyName')} />
        <TextField draft={draft} path="nativeName" label={t('fields.nativeName')} />
        <TextField draft={draft} path="roleTitle" label={t('fields.roleTitle')} />
        <RecordPicker draft={draft} path="partyId" label={t('fields.party')} kinds={['party']} />
        <SimpleGrid cols={2} spacing="sm">
          <DateField draft={draft} path="roleFrom" label={t('form.roleFrom')} />
          <DateField draft={draft} path="roleTo" label={t('form.roleTo')} />
        </SimpleGrid>
      </SimpleGrid>
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}
