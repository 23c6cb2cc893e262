/** The timeline chart's own words (legend, axis, lines) in the interface language, for TimelineChart's `words`. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartWords } from '../../../../electron/common/timeline/TimelineChart';

export function useChartWords(): ChartWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      title: t('chart.title'),
      today: t('chart.today'),
      asOf: t('chart.asOf'),
      undated: t('chart.undated'),
      noRecords: t('chart.noRecords'),
      roughly: t('chart.roughly'),
      exactEvent: t('chart.exactEvent'),
      approximateEvent: t('chart.approximateEvent'),
      endedUnknown: t('chart.endedUnknown'),
      continuing: t('chart.continuing'),
      dateUnknown: t('chart.dateUnknown'),
      beganAfter: t('chart.beganAfter'),
      categories: {
        active: t('chart.categories.active'),
        negotiation: t('chart.categories.negotiation'),
        paused: t('chart.categories.paused'),
        ended: t('chart.categories.ended'),
        planned: t('chart.categories.planned'),
        other: t('chart.categories.other'),
      },
    }),
    [t],
  );
}
