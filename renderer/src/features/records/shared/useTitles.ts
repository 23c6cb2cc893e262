/** Every record's title by id (records.titles): names linked records, parties and people anywhere. */
import { useMemo } from 'react';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';

export function useTitleIndex(): Map<string, RecordTitle> {
  const titles = useApiQuery('records.titles', {});
  return useMemo(() => new Map((titles.data ?? []).map((r) => [r.id, r])), [titles.data]);
}

/**
 * A picker's choices: the records of `kinds` as "title — subtitle". Every picker reads the one all-titles answer (the
 * same as useTitleIndex), so a picker added to a form (a new participant row) has its choices at once: with a query
 * of its own, choices that arrived after the first letters were typed were listed but not highlighted, and Enter
 * took nothing.
 */
export function useTitleOptions(kinds: RecordKind[]): { value: string; label: string }[] {
  const titles = useApiQuery('records.titles', {});
  const wanted = kinds.join(' ');
  return useMemo(
    () =>
      (titles.data ?? [])
        .filter((r) => wanted.split(' ').includes(r.kind))
        .map((r) => ({ value: r.id, label: r.subtitle ? `${r.title} — ${r.subtitle}` : r.title })),
    [titles.data, wanted],
  );
}
