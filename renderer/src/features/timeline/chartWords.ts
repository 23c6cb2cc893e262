/**
 * The timeline chart's own words (legend, axis, lines) in the interface language, for TimelineChart's `words`: the
 * chart's one table per language (electron/common/timeline CHART_WORDS, which reports use too), so the words are not
 * kept twice. The pseudo-locale gets the English words wrapped ⟦…⟧, like every other string.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_WORDS, type ChartWords } from '../../../../electron/common/timeline/TimelineChart';
import { dateLang } from '../../i18n/dates';
import { pseudoBundle } from '../../i18n/language';

export function useChartWords(): ChartWords {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () =>
      language === 'pseudo'
        ? { ...pseudoBundle(CHART_WORDS.en), months: CHART_WORDS.en.months } // month names are date words
        : CHART_WORDS[dateLang(language)],
    [language],
  );
}
