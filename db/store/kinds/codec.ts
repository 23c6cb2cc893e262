/**
 * What the generic store needs from each record kind. Bodies are records without their
 * bookkeeping (id, kind, timestamps, version): exactly what a write states in full.
 */
import type { RecordByKind, RecordMeta } from '../../../electron/common/domain/types';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import type { Db } from '../sql';

export type Body<K extends RecordKind> = Omit<RecordByKind[K], keyof RecordMeta<K>>;

/** An id that a body points at, the kinds it may be, and the form field that holds it. */
export interface Reference {
  id: string;
  kinds: readonly RecordKind[];
  field: string;
}

export interface KindCodec<K extends RecordKind> {
  kind: K;
  /** Loads the body, or undefined when the kind row is absent. */
  load(db: Db, id: string): Body<K> | undefined;
  /** Writes the kind row (insert when `isNew`) and replaces all children. */
  save(db: Db, id: string, body: Body<K>, isNew: boolean): void;
  title(body: Body<K>): string;
  references(body: Body<K>): Reference[];
  /** The same body with every reference to `removedId` taken out (for explicit cascades). */
  detach(body: Body<K>, removedId: string): Body<K>;
}
