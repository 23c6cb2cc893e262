/** A list's saved views in the sidebar, under the list's own entry: `#/agreements?view=<id>`. */
import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';
import { listPath } from '../../../app/kinds';

export function SavedViewLinks({ kind, currentHash }: { kind: RecordKind; currentHash: string }) {
  const { t } = useTranslation();
  const views = useApiQuery('views.list', {});
  const mine = (views.data ?? []).filter((v) => v.list === kind);
  if (mine.length === 0) return null;
  return (
    <div role="group" aria-label={t('list.views.sidebar', { list: t(`kinds.${kind}.plural`) })}>
      {mine.map((v) => {
        const href = `#${listPath(kind)}?view=${v.id}`;
        const active = currentHash === href;
        return (
          <NavLink
            key={v.id}
            href={href}
            label={v.name}
            active={active}
            aria-current={active ? 'page' : undefined}
            className="ent-navlink ent-navlink-view"
          />
        );
      })}
    </div>
  );
}
