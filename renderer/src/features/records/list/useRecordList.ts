/**
 * THE renderer's access to records.list: every list page reads its rows here (keyset paging, when records.list
 * gains it, changes only this hook and the store's lists module).
 */
import { keepPreviousData } from '@tanstack/react-query';
import type { Input } from '../../../../../electron/common/contract';
import { useApiQuery } from '../../../api/hooks';

export function useRecordList(request: Input<'records.list'>) {
  return useApiQuery('records.list', request, { placeholderData: keepPreviousData });
}
