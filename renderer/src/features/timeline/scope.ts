/**
 * What the timeline view shows, read from and written to the address so reload and Back keep it:
 * `#/timeline?party=<id>` (every record involving a party or any of its bodies), `?programme=<id>` (a programme and
 * the records its detail page relates to it), `?list=<records.list request as JSON>` (a list view) or
 * `?search=<search question as JSON>` (every record a search finds, with its filters and date chips).
 */
import type { Input } from '../../../../electron/common/contract';
import type { ReportRequestInput } from '../../../../electron/common/domain/report';
import type { SearchFilters } from '../../../../electron/common/domain/search';
import { currentParams } from '../../app/router';

/** The search page's question as the timeline asks it again (all results, not a page). */
export interface SearchScope {
  query: string;
  filters?: SearchFilters;
  datesAsText?: string[];
  mode?: 'exact' | 'typing';
}

export interface TimelineScope {
  party: string | null;
  programme: string | null;
  list: Input<'records.list'> | null;
  search: SearchScope | null;
}

function json<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null; // a hand-edited address: no scope rather than a broken page
  }
}

export function readScope(): TimelineScope {
  const params = currentParams();
  return {
    party: params.get('party'),
    programme: params.get('programme'),
    list: json<Input<'records.list'>>(params.get('list')),
    search: json<SearchScope>(params.get('search')),
  };
}

/** The address of a programme's timeline. */
export function programmeTimelinePath(programmeId: string): string {
  return `/timeline?programme=${encodeURIComponent(programmeId)}`;
}

/** The address of a search's timeline: the question, filters, removed chips and mode, as the search page sent them. */
export function searchTimelinePath(search: SearchScope): string {
  return `/timeline?search=${encodeURIComponent(JSON.stringify(search))}`;
}

/**
 * The report request a scope comes to, or null while it cannot be asked yet (a list scope waits for its rows' ids,
 * `listIds`). Meetings are included except for a list of another kind.
 */
export function scopeRequest(scope: TimelineScope, listIds: readonly string[] | null): ReportRequestInput | null {
  if (scope.party) return { partyIds: [scope.party], partyMatch: 'any', includeMeetings: true };
  if (scope.programme) return { programmeId: scope.programme, includeMeetings: true };
  if (scope.search) return { search: scope.search, includeMeetings: true };
  if (scope.list && listIds) {
    return {
      recordIds: [...listIds],
      includeMeetings: scope.list.kind === 'meeting',
      ...(scope.list.asOf ? { asOf: scope.list.asOf } : {}),
    };
  }
  return null;
}
