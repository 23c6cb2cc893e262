/** Small helpers over any record kind. */
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import type { StatusEvent } from '../../../../../electron/common/domain/types';

export function recordTitle(record: AnyRecord): string {
  return 'title' in record ? record.title : record.name;
}

export function recordType(record: AnyRecord): string | null {
  return 'type' in record ? record.type : null;
}

export function statusEventsOf(record: AnyRecord): StatusEvent[] | null {
  return 'statusEvents' in record ? record.statusEvents : null;
}
