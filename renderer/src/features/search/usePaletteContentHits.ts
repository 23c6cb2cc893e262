/**
 * For the Ctrl+K palette: records whose TEXT matches what is typed (the palette itself matches
 * titles). Calls `search.quick` 150 ms after typing pauses; the last word counts as a prefix,
 * so "Temp" already finds Tempest. Render `hits` with <Highlighted segments={hit.snippet} /> and
 * open one with openHit(hit) (from SearchPage), which lands on the matched field.
 */
import { keepPreviousData } from '@tanstack/react-query';
import type { SearchHit } from '../../../../electron/common/domain/search';
import { useApiQuery } from '../../api/hooks';
import { useDebouncedValue } from '@mantine/hooks';

export function usePaletteContentHits(query: string, limit = 6): { hits: SearchHit[]; loading: boolean } {
  const [settled] = useDebouncedValue(query.trim(), 150);
  const result = useApiQuery(
    'search.quick',
    { query: settled, limit },
    { enabled: settled.length >= 2, placeholderData: keepPreviousData },
  );
  return { hits: settled.length >= 2 ? (result.data?.hits ?? []) : [], loading: result.isFetching };
}
