/**
 * The search page: results as you type (150 ms after the last keystroke), filters with chips,
 * saved searches beside the results, and the keyboard: ↑ ↓ move through the hits, Enter opens
 * one (the detail page then scrolls to the words that matched). The query and filters live in
 * the address (#/search?q=…&f=…), so Back from a record returns to the same search.
 */
import { Alert, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconTimelineEvent } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch, SearchFilters, SearchHit } from '../../../../electron/common/domain/search';
import { useApiQuery } from '../../api/hooks';
import { recordPath } from '../../app/kinds';
import { navigate, onRouteChange } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { searchTimelinePath } from '../timeline/scope';
import { revealAfterNavigation, revealTarget } from './reveal';
import { optionId, ResultList } from './ResultList';
import { DateChips, KindChips } from './DateChips';
import { SavedSearches } from './SavedSearches';
import { FilterChips, hasFilters, SearchFilterBar, sendableFilters } from './SearchFilters';
import { SEARCH_NS } from './strings';
import { useDebouncedValue } from '@mantine/hooks';
import './search.css';

const PAGE = 50;

/** `#/search?q=…&f=…` → the search to show. */
function readAddress(): { query: string; filters: SearchFilters } {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  let filters: SearchFilters = {};
  try {
    filters = JSON.parse(params.get('f') ?? '{}') as SearchFilters;
  } catch {
    // A hand-edited address: start without filters.
  }
  return { query: params.get('q') ?? '', filters };
}

/**
 * The address this page wrote last. The history library reports every replaceState as a route change, and by the
 * time that report arrives the person may have typed on: following our own write would set the box back to the
 * older text and drop what was typed since (a tester typing "indo-pacific" got "ino-pacific"). Only addresses
 * somebody else set are followed.
 */
let lastWritten: string | null = null;

function writeAddress(query: string, filters: SearchFilters): void {
  if (!window.location.hash.startsWith('#/search')) return; // the page is being left: the address is someone else's
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (hasFilters(filters)) params.set('f', JSON.stringify(filters));
  const search = params.toString();
  const target = `#/search${search ? `?${search}` : ''}`;
  lastWritten = target;
  if (window.location.hash === target) return;
  // Keep history.state: the router numbers its entries there, and the leave guard undoes a refused Back by it.
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${target}`);
}

/** Opens a hit at the field that matched, and scrolls to the matched words once the page shows. */
export function openHit(hit: SearchHit): void {
  navigate(`${recordPath(hit.kind, hit.id)}${hit.field ? `?field=${encodeURIComponent(hit.field)}` : ''}`);
  revealAfterNavigation(hit.field === 'title' || hit.field === 'name' ? null : revealTarget(hit.snippet));
}

export default function SearchPage() {
  const { t } = useTranslation(SEARCH_NS);
  const initial = useMemo(readAddress, []);
  const [query, setQuery] = useState(initial.query);
  const [filters, setFilters] = useState<SearchFilters>(initial.filters);
  const [limit, setLimit] = useState(PAGE);
  const [active, setActive] = useState(0);
  const [savedId, setSavedId] = useState<string | null>(null);
  /** Date phrases the person turned back into words (a removed date chip). */
  const [datesAsText, setDatesAsText] = useState<string[]>([]);
  // One search per pause in typing, not per keystroke.
  const [settledQuery] = useDebouncedValue(query, 150);
  const sent = useMemo(() => sendableFilters(filters), [filters]);
  const idle = settledQuery.trim() === '' && !hasFilters(sent);
  const results = useApiQuery(
    'search.query',
    {
      query: settledQuery,
      filters: sent,
      mode: 'typing',
      limit,
      ...(datesAsText.length ? { datesAsText } : {}),
    },
    { enabled: !idle, placeholderData: keepPreviousData },
  );

  // Only once the typing has settled: a query still catching up would write the previous search over an address
  // just opened from outside (a link to another search while this page is open).
  useEffect(() => {
    if (settledQuery === query) writeAddress(settledQuery, filters);
  }, [settledQuery, query, filters]);
  // A link to another search while this page is open (the route does not change, only the address). In-app
  // navigations go through the router's history and fire no hashchange, so listen to the router itself.
  useEffect(() => {
    const follow = () => {
      if (!window.location.hash.startsWith('#/search') || window.location.hash === lastWritten) return;
      const next = readAddress();
      setQuery((q) => (q === next.query ? q : next.query));
      setFilters((f) => (JSON.stringify(f) === JSON.stringify(next.filters) ? f : next.filters));
    };
    // An address typed or opened from outside fires hashchange; one set by the router fires only its own event.
    window.addEventListener('hashchange', follow);
    const stop = onRouteChange(follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      stop();
    };
  }, []);
  // A phrase turned back into words stays so only while it is in the query.
  useEffect(
    () => setDatesAsText((kept) => kept.filter((text) => settledQuery.toLowerCase().includes(text.toLowerCase()))),
    [settledQuery],
  );
  useEffect(() => {
    setActive(0);
    setLimit(PAGE);
  }, [settledQuery, sent]);

  const hits = idle ? [] : (results.data?.hits ?? []);
  // The list keeps the previous answer on screen while the next one is on its way (no flicker); until it arrives,
  // Enter is remembered rather than acted on, so a quick "type and Enter" opens the top hit of what was typed, never
  // of the half-typed text.
  const stale = query !== settledQuery || results.isPlaceholderData || (results.isFetching && !results.data);
  const [openWhenCurrent, setOpenWhenCurrent] = useState(false);
  const open = (index: number) => {
    const hit = hits[index];
    if (hit) openHit(hit);
  };
  useEffect(() => {
    if (!openWhenCurrent || stale) return;
    setOpenWhenCurrent(false);
    open(active);
  });
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (stale) setOpenWhenCurrent(true);
      else open(active);
    }
  };
  const runSaved = (saved: SavedSearch) => {
    setSavedId(saved.id);
    setQuery(saved.query);
    setFilters(saved.filters);
  };
  const changeFilters = (next: SearchFilters) => {
    setSavedId(null);
    setFilters(next);
  };

  return (
    <Stack gap={0}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Grid gap="md" p="md">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm">
            <TextInput
              data-autofocus
              autoFocus
              size="md"
              leftSection={<IconSearch size={16} aria-hidden />}
              label={t('inputLabel')}
              placeholder={t('placeholder')}
              value={query}
              onChange={(e) => {
                setSavedId(null);
                setQuery(e.currentTarget.value);
              }}
              onKeyDown={onKeyDown}
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls="search-results"
              aria-activedescendant={hits[active] ? optionId(active) : undefined}
              aria-autocomplete="list"
            />
            <SearchFilterBar filters={filters} onChange={changeFilters} />
            <DateChips
              dates={idle ? [] : (results.data?.dates ?? [])}
              onRemove={(text) => setDatesAsText((kept) => [...kept, text])}
            />
            <KindChips
              kinds={idle ? [] : (results.data?.kinds ?? [])}
              onRemove={(text) => setDatesAsText((kept) => [...kept, text])}
            />
            <FilterChips filters={filters} onChange={changeFilters} />
            {results.isError && !idle ? <Alert color="red" title={results.error.message} /> : null}
            {!idle &&
              results.data?.notes.map((note) => (
                <Text key={note} size="xs" c="dimmed" role="note">
                  {note}
                </Text>
              ))}
            {idle ? (
              <Text size="sm" c="dimmed">
                {t('startTyping')}
              </Text>
            ) : null}
            {!idle && results.isSuccess ? (
              <Group justify="space-between">
                <Text size="xs" c="dimmed" aria-live="polite">
                  {results.data.hasMore
                    ? t('resultsMore', { count: hits.length })
                    : t('results', { count: hits.length })}
                </Text>
                {hits.length > 0 ? (
                  <Group gap="sm">
                    <Text size="xs" c="dimmed">
                      {t('keyboardHint')}
                    </Text>
                    <Button
                      component="a"
                      href={`#${searchTimelinePath({ query: settledQuery, filters: sent, mode: 'typing', ...(datesAsText.length ? { datesAsText } : {}) })}`}
                      variant="default"
                      size="xs"
                      leftSection={<IconTimelineEvent size={14} aria-hidden />}
                    >
                      {t('showOnTimeline')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
            ) : null}
            {!idle && results.isSuccess && hits.length === 0 ? <Text size="sm">{t('noResults')}</Text> : null}
            {hits.length > 0 ? (
              <ResultList hits={hits} active={active} onActivate={setActive} onOpen={open} stale={stale} />
            ) : null}
            {!idle && results.data?.hasMore ? (
              <Button
                variant="default"
                size="xs"
                onClick={() => setLimit((n) => Math.min(n + PAGE, 200))}
                disabled={limit >= 200}
              >
                {t('showMore')}
              </Button>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <SavedSearches query={query} filters={filters} activeId={savedId} onRun={runSaved} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
