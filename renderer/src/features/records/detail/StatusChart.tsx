/** The horizontal chart of status periods over time, drawn by the shared timeline component. */
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, todayIso } from '../../../../../electron/common/domain/partial-date';
import { statusCategory } from '../../../../../electron/common/domain/report';
import { orderStatusEvents, statusPeriods } from '../../../../../electron/common/domain/status';
import type { StatusEvent } from '../../../../../electron/common/domain/types';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { TimelineChart, type TimelineRow } from '../../../../../electron/common/timeline';

const reportDate = (edtf: string) => ({ edtf, text: formatPartialDate(edtf) });

export function StatusChart({
  id,
  title,
  kindLabel,
  events,
}: {
  id: string;
  title: string;
  kindLabel: string;
  events: StatusEvent[];
}) {
  const { t } = useTranslation();
  const row: TimelineRow = {
    id,
    title,
    kindLabel,
    periods: statusPeriods(events).map((p) => ({
      label: vocabLabel(t, p.status),
      category: statusCategory(p.status),
      start: reportDate(p.start),
      end: p.end === null ? null : reportDate(p.end),
      ...(p.endUnknown ? { endUnknown: true } : {}),
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
      {events.length === 0 ? (
        <Text size="md" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : (
        <Box className="ent-chart" role="img" aria-label={t('detail.chartLabel', { title })}>
          <TimelineChart rows={[row]} today={todayIso()} width={920} idPrefix={`rec-${id}`} legend />
        </Box>
      )}
    </Section>
  );
}
