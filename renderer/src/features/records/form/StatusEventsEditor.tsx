/**
 * Status events inside a create/edit form (the detail page edits them inline too). A new row has no status
 * until one is chosen: a silent default ("Planned", with no date) would say something nobody said.
 */
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUSES, type StatusKind } from '../../../../../electron/common/domain/vocab';
import { DateField, RowsEditor, TextField, VocabSelect } from './fields';
import type { Draft } from './useDraft';

export function StatusEventsEditor({ draft, kind }: { draft: Draft; kind: StatusKind }) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      draft={draft}
      path="statusEvents"
      label={t('form.statusEvents')}
      addLabel={t('timeline.addEvent')}
      removeLabel={(i) => t('form.removeRow', { what: t('form.statusEvent'), n: i + 1 })}
      newRow={() => ({ id: null, status: '', date: '', note: '', source: '' })}
      renderRow={(p, i) => (
        <Group gap={6} grow align="flex-start" wrap="nowrap">
          <VocabSelect
            draft={draft}
            path={`${p}.status`}
            label={t('form.rowField', { field: t('timeline.status'), n: i + 1 })}
            compact
            values={STATUSES[kind]}
            placeholder={t('form.chooseStatus')}
            required
          />
          <DateField
            draft={draft}
            path={`${p}.date`}
            label={t('form.rowField', { field: t('timeline.date'), n: i + 1 })}
            compact
          />
          <TextField
            draft={draft}
            path={`${p}.note`}
            label={t('form.rowField', { field: t('timeline.note'), n: i + 1 })}
            compact
            placeholder={t('timeline.note')}
          />
          <TextField
            draft={draft}
            path={`${p}.source`}
            label={t('form.rowField', { field: t('timeline.sourceLabel'), n: i + 1 })}
            compact
            placeholder={t('timeline.sourceLabel')}
          />
        </Group>
      )}
    />
  );
}
