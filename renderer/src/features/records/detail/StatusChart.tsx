/**
 * The horizontal chart of status periods over time, drawn by the shared timeline component. A record with no
 * dated event gets a sentence, not a year of empty axis; a meeting is an occasion, so its events are points
 * (a held meeting is not a bar running to today).
 */
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fromEdtf, todayIso } from '../../../../../electron/common/domain/partial-date';
import { formatPartialDate } from '../../../i18n/dates';
import { statusCategory } from '../../../../../electron/common/domain/report';
import { orderStatusEvents, statusPeriods } from '../../../../../electron/common/domain/status';
import type { StatusEvent } from '../../../../../electron/common/domain/types';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { useChartWords } from '../../timeline/chartWords';
import { TimelineChart, type TimelineRow } from '../../../../../electron/common/timeline';

const reportDate = (edtf: string) => ({ edtf, text: formatPartialDate(edtf) });

export function StatusChart({
  id,
  title,
  kindLabel,
  events,
  points = false,
}: {
  id: string;
  title: string;
  kindLabel: string;
  events: StatusEvent[];
  /** Events only, no periods (meetings). */
  points?: boolean;
}) {
  const { t } = useTranslation();
  const words = useChartWords();
  const row: TimelineRow = {
    id,
    title,
    kindLabel,
    periods: (points ? [] : statusPeriods(events)).map((p) => ({
      label: vocabLabel(t, p.status),
      category: statusCategory(p.status),
      start: reportDate(p.start),
      end: p.end === null ? null : reportDate(p.end),
      ...(p.endUnknown ? { endUnknown: true } : {}),
      ...(p.startsAfter === undefined ? {} : { startsAfter: reportDate(p.startsAfter) }),
    })),
    events: orderStatusEvents(events).map((e) => ({
      id: e.id,
      label: vocabLabel(t, e.status),
      date: reportDate(e.date),
      status: e.status,
    })),
  };
  return (
    <Section title={t('detail.chart')} id="chart">
      {!events.some((e) => fromEdtf(e.date).from !== null) ? (
        <Text size="md" c="dimmed">
          {events.length === 0 ? t('timeline.empty') : t('timeline.noDated')}
        </Text>
      ) : (
        <Box className="ent-chart" role="img" aria-label={t('detail.chartLabel', { title })}>
          <TimelineChart rows={[row]} today={todayIso()} width={920} idPrefix={`rec-${id}`} legend words={words} />
        </Box>
      )}
    </Section>
  );
}
