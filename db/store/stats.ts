import type { RecordKind } from '../../electron/common/domain/vocab';
import type { Db } from './sql';
import { all } from './sql';

/** How many records of each kind stand in each derived status (dashboard). */
export function statusCounts(db: Db): { kind: RecordKind; status: string; count: number }[] {
  return all(
    db,
    `SELECT r.kind, cs.status, count(*) AS count
     FROM current_status cs JOIN records r ON r.id = cs.record_id
     GROUP BY r.kind, cs.status ORDER BY r.kind, count DESC`,
  );
}
