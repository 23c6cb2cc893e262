/**
 * Keeps the full-text index in step with every write (called inside the write's
 * transaction by records.ts). The search feature owns the index tables and fills this in.
 */
import type { AnyRecord } from '../model/types';
import type { Db } from './open';

export function indexRecord(_db: Db, _record: AnyRecord): void {}

export function unindexRecord(_db: Db, _id: string): void {}
