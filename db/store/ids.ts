/**
 * Record ids: ULIDs (sortable, made offline). One monotonic generator for the whole store: ids made in the same
 * millisecond still sort in the order they were made, and it keeps its random source instead of looking it up
 * again for every id as the package's plain `ulid()` does (about 0.3 ms an id — seconds for a 5,000-row import).
 */
import { monotonicFactory } from 'ulid';

export const newId: () => string = monotonicFactory();
