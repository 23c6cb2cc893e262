/**
 * Fields every kind's form has, below the kind's own fields: typed links to other records of any kind (keyboard
 * first: add a row, choose the kind, type the target's name in the record picker) and titles in other languages.
 */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS, RECORD_KINDS } from '../../../../../electron/common/domain/vocab';
import { RowsOf } from './rows';
import type { Draft } from './useDraft';

export function SharedFields({ draft, id }: { draft: Draft; id?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <RowsOf
        draft={draft}
        path="links"
        label={t('detail.links')}
        addLabel={t('form.addLink')}
        noun="form.link"
        newRow={() => ({ kind: 'related', targetId: null })}
        cells={[
          { input: 'vocab', field: 'kind', label: 'form.linkKind', values: LINK_KINDS },
          {
            input: 'record',
            field: 'targetId',
            label: 'form.linkTarget',
            kinds: [...RECORD_KINDS],
            exclude: id,
            required: true,
          },
        ]}
      />
      <RowsOf
        draft={draft}
        path="alternateTitles"
        label={t('fields.alternateTitles')}
        addLabel={t('form.addAlternateTitle')}
        noun="form.alternateTitle"
        newRow={() => ({ language: '', title: '' })}
        cells={[
          { input: 'text', field: 'language', label: 'form.titleLanguage', required: true },
          { input: 'text', field: 'title', label: 'form.alternateTitle', required: true },
        ]}
      />
    </Stack>
  );
}
