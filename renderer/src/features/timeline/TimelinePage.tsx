/**
 * The timeline view: many records on one time axis, drawn by THE shared chart (electron/common/timeline, the one
 * reports print). The scope lives in the address (scope.ts): a party with all its bodies, a programme with its
 * related records, a list view or a search; or a party chosen here. Zoom from the whole span down to six months
 * (buttons, + and −), pan with ← and →; rows are a listbox laid over the chart: ↑/↓/Home/End move, Enter or a click
 * opens the record; the time axis stays in view while the rows scroll. Every record of the scope is a row (the
 * whole register too): the chart draws the rows near the viewport (rowWindow.ts), so opening stays quick. Only
 * beyond MAX_RECORDS (what one report request takes) does it show the first ones, and says how to see the rest.
 */
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../electron/common/domain/partial-date';
import { formatPartialDate } from '../../i18n/dates';
import {
  TIMELINE_GEOMETRY,
  TimelineAxis,
  TimelineChart,
  TIMELINE_FONT,
  hasDates,
  type ChartMeasure,
  legendLineCount,
  timelineDomain,
  timelineHeight,
  type Domain,
} from '../../../../electron/common/timeline';
import { REPORT_MAX_RECORD_IDS } from '../../../../electron/common/domain/report';
import { useApiQuery } from '../../api/hooks';
import { recordPath } from '../../app/kinds';
import { navigate, onRouteChange } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { vocabLabel } from '../../i18n';
import { measurerFor } from '../records/list/fit';
import { useRowWindow } from './rowWindow';
import { useChartWords } from './chartWords';
import { readScope, scopeRequest } from './scope';
import { dateLang } from '../../i18n/dates';
import { zoomed, ZOOM_MONTHS } from './zoom';

const WIDTH = 1200;
/** The most record ids one report request takes (REPORT_MAX_RECORD_IDS); a list longer than that is cut. */
const MAX_RECORDS = REPORT_MAX_RECORD_IDS;

/** Row labels measured in the chart's own font (viewBox units are px at the chart's font sizes). */
const measure: ChartMeasure = (text, fontSize, weight) => measurerFor(`${weight} ${fontSize}px ${TIMELINE_FONT}`)(text);

export default function TimelinePage() {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState(readScope);
  useEffect(() => onRouteChange(() => setScope(readScope())), []);
  const parties = useApiQuery('records.list', { kind: 'party' });
  // A list scope is resolved to its rows' ids first (the list's own filters, as-of date and all).
  const listed = useApiQuery('records.list', scope.list ?? { kind: 'agreement' }, { enabled: scope.list !== null });
  const listIds = scope.list && listed.data ? listed.data.slice(0, MAX_RECORDS).map((r) => r.id) : null;
  const emptyList = listIds !== null && listIds.length === 0;
  const scoped = emptyList ? null : scopeRequest(scope, listIds);
  // The chart's labels and dates come in the interface's language.
  const request = scoped && { ...scoped, lang: dateLang(i18n.language) };
  const data = useApiQuery('reports.data', { request: request ?? {} }, { enabled: request !== null });
  const partyName = parties.data?.find((p) => p.id === scope.party)?.title;
  const programmeName = data.data?.records.find((r) => r.id === scope.programme)?.title;
  const title = partyName
    ? t('timelineView.withParty', { party: partyName })
    : scope.programme
      ? t('timelineView.ofProgramme', { programme: programmeName ?? '…' })
      : scope.search
        ? t('timelineView.ofSearch', { query: scope.search.query })
        : scope.list
          ? t('timelineView.ofList', { list: t(`kinds.${scope.list.kind}.plural`) })
          : t('timelineView.title');

  return (
    <Stack gap={0}>
      <PageHeader title={title} />
      <Group px="md" py={6} gap="sm" className="ent-viewbar">
        <Select
          aria-label={t('timelineView.party')}
          placeholder={t('timelineView.party')}
          data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          value={scope.party}
          onChange={(id) => navigate(id ? `/timeline?party=${id}` : '/timeline')}
          searchable
          clearable
          w={280}
        />
        {scope.list && listed.data && listed.data.length > MAX_RECORDS ? (
          <Text size="sm" c="dimmed">
            {t('timelineView.firstOf', { shown: MAX_RECORDS, count: listed.data.length })} {t('timelineView.seeRest')}
          </Text>
        ) : null}
        {(scope.search || scope.programme) && data.data ? (
          <Text size="sm" c="dimmed" data-testid="timeline-scope">
            {data.data.scope.lines[0]}
          </Text>
        ) : null}
      </Group>
      {emptyList ? (
        <Text p="md" role="status">
          {t('timelineView.none')}
        </Text>
      ) : request === null ? (
        <Text c="dimmed" p="md">
          {scope.list ? t('common.loading') : t('timelineView.choose')}
        </Text>
      ) : (
        <QueryState query={data}>
          {(report) =>
            !hasDates(report.records) ? (
              <Text p="md" role="status">
                {report.records.length === 0
                  ? t('timelineView.none')
                  : t('timelineView.undated', { count: report.records.length })}
              </Text>
            ) : (
              <>
                {report.records.length > MAX_RECORDS ? (
                  <Text size="sm" c="dimmed" px="md" pt="xs">
                    {t('timelineView.firstOf', { shown: MAX_RECORDS, count: report.records.length })}{' '}
                    {t('timelineView.seeRest')}
                  </Text>
                ) : null}
                <TimelineBoard report={report} label={title} />
              </>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}

type Report = NonNullable<ReturnType<typeof useApiQuery<'reports.data'>>['data']>;

function TimelineBoard({ report, label }: { report: Report; label: string }) {
  const { t } = useTranslation();
  const today = report.today ?? todayIso();
  // Long treaty titles differ at their end: the chart's label keeps the start and the end, measured (row-label.tsx).
  // The report model labels statuses and kinds in English; the board shows them in the interface language.
  const rows = useMemo(
    () =>
      report.records.slice(0, MAX_RECORDS).map((r) => ({
        ...r,
        kindLabel: t(`kinds.${r.kind}.one`),
        periods: r.periods.map((p) => ({ ...p, label: vocabLabel(t, p.status) })),
        events: r.events.map((e) => (e.status ? { ...e, label: vocabLabel(t, e.status) } : e)),
      })),
    [report.records, t],
  );
  const words = useChartWords();
  const full = useMemo(
    () => timelineDomain(rows, { today, asOf: report.asOf?.cutoff ?? null }),
    [rows, today, report.asOf],
  );
  const [zoom, setZoom] = useState(0);
  const [centre, setCentre] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [board, setBoard] = useState<HTMLDivElement | null>(null);
  const rowWindow = useRowWindow(board, rows.length, WIDTH);
  const domain: Domain = zoomed(full, ZOOM_MONTHS[zoom] ?? null, centre ?? today);
  const height = timelineHeight(rows.length, true, legendLineCount(WIDTH, words));
  const pct = (n: number) => `${(n / height) * 100}%`;
  const open = (i: number) => {
    const row = rows[i];
    if (row) navigate(recordPath(row.kind, row.id));
  };
  const pan = (direction: -1 | 1) => {
    const months = ZOOM_MONTHS[zoom];
    if (!months) return;
    const c = centre ?? today;
    const d = new Date(`${c}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + direction * Math.max(1, Math.round(months / 3)));
    setCentre(d.toISOString().slice(0, 10));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, moves[event.key] ?? 0));
      setActive(next);
      document.getElementById(`tl-${rows[next]?.id}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      setZoom((z) => Math.min(ZOOM_MONTHS.length - 1, z + 1));
    } else if (event.key === '-') {
      event.preventDefault();
      setZoom((z) => Math.max(0, z - 1));
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      pan(event.key === 'ArrowLeft' ? -1 : 1);
    }
  };
  return (
    <Stack gap={6} p="md">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconZoomOut size={14} aria-hidden />}
          disabled={zoom === 0}
          onClick={() => setZoom((z) => Math.max(0, z - 1))}
        >
          {t('timelineView.zoomOut')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconZoomIn size={14} aria-hidden />}
          disabled={zoom === ZOOM_MONTHS.length - 1}
          onClick={() => setZoom((z) => Math.min(ZOOM_MONTHS.length - 1, z + 1))}
        >
          {t('timelineView.zoomIn')}
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('timelineView.span', {
            from: formatPartialDate(domain.from),
            to: formatPartialDate(domain.to),
            count: rows.length,
          })}
        </Text>
      </Group>
      {report.notes.length > 0 ? (
        <Alert color="gray" py={4}>
          {report.notes.join(' ')}
        </Alert>
      ) : null}
      <div className="ent-timeline-board" ref={setBoard}>
        {/* The axis stays in view while the rows scroll: a copy laid exactly over the chart's own (its height in
            width-relative units, so the negative margin cancels it), sticky under the header. */}
        <div className="ent-timeline-axis" style={{ marginBottom: `-${(TIMELINE_GEOMETRY.axis / WIDTH) * 100}%` }}>
          <TimelineAxis domain={domain} width={WIDTH} undated={words.undated} months={words.months} />
        </div>
        <TimelineChart
          rows={rows}
          today={today}
          domain={domain}
          width={WIDTH}
          idPrefix="timeline-view"
          legend
          words={words}
          measure={measure}
          rowWindow={rowWindow}
        />
        <div
          className="ent-timeline-rows"
          role="listbox"
          tabIndex={0}
          aria-label={t('timelineView.rows', { label })}
          aria-describedby="ent-timeline-hint"
          aria-activedescendant={rows[active] ? `tl-${rows[active].id}` : undefined}
          onKeyDown={onKeyDown}
        >
          {rows.map((row, i) => (
            <div
              key={row.id}
              id={`tl-${row.id}`}
              role="option"
              aria-selected={i === active}
              data-active={i === active || undefined}
              className="ent-timeline-row"
              style={{
                top: pct(TIMELINE_GEOMETRY.axis + i * TIMELINE_GEOMETRY.row),
                height: pct(TIMELINE_GEOMETRY.row),
              }}
              title={`${row.title} · ${row.status ? row.status.label : t('status.none')}`}
              onClick={() => {
                setActive(i);
                open(i);
              }}
            >
              {/* A plain element, not the kit's VisuallyHidden: there is one per record, thousands of them. */}
              <span className="ent-sr">
                {row.title}, {row.kindLabel}
                {row.status ? `, ${row.status.label} ${row.status.date.text}` : ''}
              </span>
            </div>
          ))}
        </div>
      </div>
      <Text id="ent-timeline-hint" size="xs" c="dimmed">
        {t('timelineView.hint')}
      </Text>
    </Stack>
  );
}
