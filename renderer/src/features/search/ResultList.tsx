/**
 * Ranked hits as a listbox driven from the search input (aria-activedescendant): ↑ ↓ move, Enter
 * opens, a click opens too. Each hit shows its kind, highlighted title, date, derived status, the
 * snippet with its hits marked, and the field the snippet comes from.
 */
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../i18n/dates';
import type { SearchHit } from '../../../../electron/common/domain/search';
import { KIND_ICONS } from '../../app/kinds';
import { StatusBadge } from '../../components/StatusBadge';
import { Highlighted } from './Highlighted';
import { SEARCH_NS } from './strings';

export const optionId = (index: number) => `search-result-${index}`;

interface Props {
  hits: readonly SearchHit[];
  active: number;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
  /** The hits answer an earlier text than the one typed (the newer answer is on its way). */
  stale: boolean;
}

export function ResultList({ hits, active, onActivate, onOpen, stale }: Props) {
  const { t } = useTranslation(SEARCH_NS);
  const { t: tc } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <div
      ref={list}
      id="search-results"
      role="listbox"
      aria-label={t('resultsLabel')}
      aria-busy={stale}
      className="ent-search-results"
    >
      {hits.map((hit, i) => {
        const Icon = KIND_ICONS[hit.kind];
        return (
          <UnstyledButton
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            data-active={i === active || undefined}
            className="ent-search-result"
            onMouseMove={() => i !== active && onActivate(i)}
            onClick={() => onOpen(i)}
          >
            <Stack gap={2}>
              <Group gap={8} wrap="nowrap">
                <Icon size={15} stroke={1.6} aria-hidden />
                <Text size="sm" fw={600} truncate="end" style={{ flex: 1 }}>
                  <Highlighted segments={hit.titleSegments} />
                </Text>
                {hit.date !== 'XXXX' ? (
                  <Text size="xs" c="dimmed">
                    {formatPartialDate(hit.date)}
                  </Text>
                ) : null}
                {hit.status ? <StatusBadge status={hit.status} withDate={false} /> : null}
                <Badge variant="light" color="gray" size="xs" tt="none">
                  {tc(`kinds.${hit.kind}.one`)}
                </Badge>
              </Group>
              {hit.snippet.length > 0 ? (
                <Text size="sm" c="dimmed" lineClamp={2} className="ent-search-snippet">
                  <Highlighted segments={hit.snippet} />
                </Text>
              ) : null}
              {hit.attachment ? (
                <Text size="xs" c="dimmed" data-testid="attachment-hit">
                  {t('matchedInAttachment', {
                    file: hit.attachment.title,
                    page: hit.attachment.page,
                    count: hit.attachment.page,
                  })}
                </Text>
              ) : hit.field ? (
                <Text size="xs" c="dimmed">
                  {t('matchedIn', { field: t(`fields.${hit.field}`, { defaultValue: hit.field }) })}
                </Text>
              ) : null}
            </Stack>
          </UnstyledButton>
        );
      })}
    </div>
  );
}
