/** A derived status as a compact coloured badge with its date: "In force · Apr 2019", "Signed · unknown". */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../i18n/dates';
import { statusCategory, type StatusCategory } from '../../../electron/common/domain/report';
import type { DerivedStatus } from '../../../electron/common/domain/types';
import { vocabLabel } from '../i18n';

/** Mantine colours per status family (the timeline chart uses the same families). */
export const CATEGORY_BADGE_COLOURS: Record<StatusCategory, string> = {
  active: 'green',
  negotiation: 'blue',
  paused: 'yellow',
  ended: 'gray',
  planned: 'violet',
  other: 'gray',
};

export function statusText(
  t: Parameters<typeof vocabLabel>[0],
  status: Pick<DerivedStatus, 'status' | 'date'>,
): string {
  return `${vocabLabel(t, status.status)} · ${formatPartialDate(status.date)}`;
}

export function StatusBadge({
  status,
  withDate = true,
}: {
  status: Pick<DerivedStatus, 'status' | 'date'> | null;
  withDate?: boolean;
}) {
  const { t } = useTranslation();
  if (!status)
    return (
      <Badge variant="outline" color="gray" className="ent-status">
        {t('status.none')}
      </Badge>
    );
  const color = CATEGORY_BADGE_COLOURS[statusCategory(status.status)];
  return (
    <Badge variant="light" color={color} className="ent-status" tt="none">
      {withDate ? statusText(t, status) : vocabLabel(t, status.status)}
    </Badge>
  );
}
