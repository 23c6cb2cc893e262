/** Every record's title by id (records.titles): names linked records, parties and people anywhere. */
import { useMemo } from 'react';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';

export function useTitleIndex(): Map<string, RecordTitle> {
  const titles = useApiQuery('records.titles', {});
  return useMemo(() => new Map((titles.data ?? []).map((r) => [r.id, r])), [titles.data]);
}

export function useTitleOptions(kinds: RecordKind[]): { value: string; label: string }[] {
  const titles = useApiQuery('records.titles', { kinds });
  return useMemo(
    () => (titles.data ?? []).map((r) => ({ value: r.id, label: r.subtitle ? `${r.title} — ${r.subtitle}` : r.title })),
    [titles.data],
  );
}
