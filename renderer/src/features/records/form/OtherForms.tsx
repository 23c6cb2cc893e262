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
import { StatusEventsEditor } from './StatusEventsEditor';
import type { Draft } from './useDraft';

type FormProps = { draft: Draft; id?: string | undefined };

function useRowLabel() {
  const { t } = useTranslation();
  return (field: string, n: number) => t('form.rowField', { field: t(field), n: n + 1 });
}

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
  const { t } = useTranslation();
  const row = useRowLabel();
  return (
    <RowsEditor
      draft={draft}
      path={path}
      label={label}
      addLabel={addLabel}
      removeLabel={(i) => t('form.removeRow', { what: t(rowNoun), n: i + 1 })}
      newRow={() => ({ partyId: null, role: defaultRole ?? '' })}
      renderRow={(p, i) => (
        <Group gap={6} grow wrap="nowrap" align="flex-start">
          <RecordPicker
            draft={draft}
            path={`${p}.partyId`}
            label={row(rowNoun, i)}
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
            values={roles}
            placeholder={t('form.chooseRole')}
            required
          />
        </Group>
      )}
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
  const row = useRowLabel();
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
      <RowsEditor
        draft={draft}
        path="phases"
        label={t('detail.phases')}
        addLabel={t('form.addPhase')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.phase'), n: i + 1 })}
        newRow={() => ({ id: null, name: '', start: '', end: '', note: '' })}
        renderRow={(p, i) => (
          <Group gap={6} grow wrap="nowrap" align="flex-start">
            <TextField
              draft={draft}
              path={`${p}.name`}
              label={row('form.phase', i)}
              compact
              placeholder={t('form.name')}
              required
            />
            <DateField
              draft={draft}
              path={`${p}.start`}
              label={row('form.start', i)}
              compact
              placeholder={t('form.start')}
            />
            <DateField draft={draft} path={`${p}.end`} label={row('form.end', i)} compact placeholder={t('form.end')} />
            <TextField
              draft={draft}
              path={`${p}.note`}
              label={row('timeline.note', i)}
              compact
              placeholder={t('timeline.note')}
            />
          </Group>
        )}
      />
      <RowsEditor
        draft={draft}
        path="milestones"
        label={t('detail.milestones')}
        addLabel={t('form.addMilestone')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.milestone'), n: i + 1 })}
        newRow={() => ({ id: null, name: '', date: '', note: '' })}
        renderRow={(p, i) => (
          <Group gap={6} grow wrap="nowrap" align="flex-start">
            <TextField
              draft={draft}
              path={`${p}.name`}
              label={row('form.milestone', i)}
              compact
              placeholder={t('form.name')}
              required
            />
            <DateField draft={draft} path={`${p}.date`} label={row('timeline.date', i)} compact />
            <TextField
              draft={draft}
              path={`${p}.note`}
              label={row('timeline.note', i)}
              compact
              placeholder={t('timeline.note')}
            />
          </Group>
        )}
      />
      <StatusEventsEditor draft={draft} kind="programme" />
      <TextAreaField draft={draft} path="notes" label={t('fields.notes')} />
      <TagsField draft={draft} path="tags" label={t('fields.tags')} />
    </Stack>
  );
}

export function MeetingForm({ draft, id }: FormProps) {
  const { t } = useTranslation();
  const row = useRowLabel();
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
      <RowsEditor
        draft={draft}
        path="participants"
        label={t('detail.participants')}
        addLabel={t('form.addParticipant')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.participant'), n: i + 1 })}
        newRow={() => ({ personId: null, partyId: null, role: '' })}
        renderRow={(p, i) => (
          <Group gap={6} grow wrap="nowrap" align="flex-start">
            <RecordPicker
              draft={draft}
              path={`${p}.personId`}
              label={row('form.person', i)}
              compact
              kinds={['person']}
              placeholder={t('form.person')}
            />
            <RecordPicker
              draft={draft}
              path={`${p}.partyId`}
              label={row('form.party', i)}
              compact
              kinds={['party']}
              placeholder={t('form.party')}
            />
            <TextField
              draft={draft}
              path={`${p}.role`}
              label={row('form.role', i)}
              compact
              placeholder={t('form.role')}
            />
          </Group>
        )}
      />
      <TagsField draft={draft} path="topics" label={t('form.topics')} placeholder={t('form.topicsHint')} />
      <TagsField draft={draft} path="outcomes" label={t('form.outcomes')} placeholder={t('form.outcomesHint')} />
      <RowsEditor
        draft={draft}
        path="actionItems"
        label={t('detail.actionItems')}
        addLabel={t('form.addActionItem')}
        removeLabel={(i) => t('form.removeRow', { what: t('form.actionItem'), n: i + 1 })}
        newRow={() => ({ id: null, text: '', owner: '', due: '', state: 'open' })}
        renderRow={(p, i) => (
          <Group gap={6} grow wrap="nowrap" align="flex-start">
            <TextField
              draft={draft}
              path={`${p}.text`}
              label={row('form.actionItem', i)}
              compact
              placeholder={t('form.actionItem')}
              required
            />
            <TextField
              draft={draft}
              path={`${p}.owner`}
              label={row('form.owner', i)}
              compact
              placeholder={t('form.owner')}
            />
            <DateField draft={draft} path={`${p}.due`} label={row('form.due', i)} compact placeholder={t('form.due')} />
            <VocabSelect
              draft={draft}
              path={`${p}.state`}
              label={row('form.state', i)}
              compact
              values={ACTION_ITEM_STATES}
            />
          </Group>
        )}
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
