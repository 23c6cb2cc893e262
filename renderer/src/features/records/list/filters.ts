/** List filters: what the person chose, and how it becomes a records.list request. */
import { parsePartialDate } from '../../../../../electron/common/domain/partial-date';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { Input } from '../../../../../electron/common/contract';

export interface ListFilters {
  text: string;
  partyId: string | null;
  statuses: string[];
  types: string[];
  area: string | null;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: ListFilters = {
  text: '',
  partyId: null,
  statuses: [],
  types: [],
  area: null,
  from: '',
  to: '',
};

/** Date bounds that do not parse yet are left out, so the list does not flicker while someone types. */
export function listRequest(kind: RecordKind, f: ListFilters, asOf = ''): Input<'records.list'> {
  const request: Input<'records.list'> = { kind };
  if (asOf.trim() && parsePartialDate(asOf).ok) request.asOf = asOf.trim();
  if (f.text.trim()) request.text = f.text.trim();
  if (f.partyId) request.partyId = f.partyId;
  if (f.statuses.length) request.statuses = f.statuses;
  if (f.types.length) request.subkinds = f.types;
  if (f.area) request.area = f.area;
  if (f.from.trim() && parsePartialDate(f.from).ok) request.from = f.from.trim();
  if (f.to.trim() && parsePartialDate(f.to).ok) request.to = f.to.trim();
  return request;
}

export function activeFilterCount(f: ListFilters): number {
  return [f.text.trim(), f.partyId, f.statuses.length, f.types.length, f.area, f.from.trim(), f.to.trim()].filter(
    Boolean,
  ).length;
}
