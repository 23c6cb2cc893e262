/** What a column can become, as the wizard's select lists it: grouped, labelled in the person's words. */
import type { TFunction } from 'i18next';
import { targetFromId, targetId, targetsFor } from '../../../../electron/common/domain/sheets/headers';
import type { SheetKind, Target } from '../../../../electron/common/domain/sheets/mapping';
import { vocabLabel } from '../../i18n';

export { targetFromId, targetId };

export function targetLabel(t: TFunction, target: Target): string {
  switch (target.field) {
    case 'parties':
      return target.role
        ? t('importSheet.target.partiesAs', { role: vocabLabel(t, target.role).toLowerCase() })
        : t('importSheet.target.parties');
    case 'event':
      return t('importSheet.target.event', { status: vocabLabel(t, target.status) });
    case 'partyEvent':
      return t('importSheet.target.partyEvent', { event: vocabLabel(t, target.event).toLowerCase() });
    default:
      return t(`importSheet.target.${target.field}`);
  }
}

function groupOf(target: Target): 'record' | 'parties' | 'dates' | 'other' {
  if (target.field === 'parties' || target.field === 'role') return 'parties';
  if (['event', 'partyEvent', 'date', 'expiry', 'statusSince', 'status'].includes(target.field)) return 'dates';
  if (['ignore', 'key', 'id'].includes(target.field)) return 'other';
  return 'record';
}

/** Select data: groups of { value: target id, label }. */
export function targetOptions(t: TFunction, kind: SheetKind) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const target of targetsFor(kind)) {
    const group = t(`importSheet.target.groups.${groupOf(target)}`);
    groups.set(group, [...(groups.get(group) ?? []), { value: targetId(target), label: targetLabel(t, target) }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
