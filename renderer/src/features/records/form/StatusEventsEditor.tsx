/**
 * Status events inside a create/edit form (the detail page edits them inline too). A new row has no status
 * until one is chosen: a silent default ("Planned", with no date) would say something nobody said.
 */
import { useTranslation } from 'react-i18next';
import { STATUSES, type StatusKind } from '../../../../../electron/common/domain/vocab';
import { RowsOf } from './rows';
import type { Draft } from './useDraft';

export function StatusEventsEditor({ draft, kind }: { draft: Draft; kind: StatusKind }) {
  const { t } = useTranslation();
  return (
    <RowsOf
      draft={draft}
      path="statusEvents"
      label={t('form.statusEvents')}
      addLabel={t('timeline.addEvent')}
      noun="form.statusEvent"
      newRow={() => ({ id: null, status: '', date: '', note: '', source: '' })}
      cells={[
        {
          input: 'vocab',
          field: 'status',
          label: 'timeline.status',
          values: STATUSES[kind],
          placeholder: 'form.chooseStatus',
          required: true,
        },
        { input: 'date', field: 'date', label: 'timeline.date' },
        { input: 'text', field: 'note', label: 'timeline.note' },
        { input: 'text', field: 'source', label: 'timeline.sourceLabel' },
      ]}
    />
  );
}
