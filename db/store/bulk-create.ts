/**
 * Many new records inside the caller's one transaction (a spreadsheet import's thousands of rows). Each record takes
 * the same steps as createRecord — validated by its kind's schema, its references checked, written through its
 * kind's codec, read back, indexed, audited with its after snapshot (what undo reads) — but the work createRecord
 * repeats for every record is done once per batch:
 * - the kinds of referenced records are read once and remembered (records created here are added as they are made);
 * - the search index reads every party's and person's names once (memoLookup, as a rebuild does; a rebuild and a
 *   single write produce identical rows), and a record made here has no attachments to read;
 * - no savepoint per record: the caller's transaction is the one change (sheet-import.ts).
 * What is stored is exactly what createRecord stores (tests/db/store/bulk-create.test.ts compares the two).
 */
import { AppError } from '../../electron/common/domain/errors';
import type { AnyRecord } from '../../electron/common/domain/types';
import type { RecordKind } from '../../electron/common/domain/vocab';
import type { WriteContext } from './audit';
import { CODECS } from './kinds';
import { auditCreate, bodyOf, checkReferences, getRecord, kindsOf, writeMeta } from './records';
import { directLookup, memoLookup, type DocLookup } from './search-docs';
import { indexRecordWith } from './search-index';
import type { Db } from './sql';
import { refuseLinkCycles } from './link-cycles';

/** Kinds whose names other records' index rows copy: creating one makes the batch's name lookup stale. */
const NAMED = new Set<RecordKind>(['party', 'person']);

export class BulkCreator {
  readonly #db: Db;
  readonly #ctx: WriteContext;
  readonly #now: string;
  /** id → kind, or null for an id known not to exist. */
  readonly #kinds = new Map<string, RecordKind | null>();
  #lookup: DocLookup | null = null;

  constructor(db: Db, ctx: WriteContext = {}) {
    this.#db = db;
    this.#ctx = ctx;
    this.#now = (ctx.now ?? new Date()).toISOString();
  }

  /** The kinds of `ids`, from memory or read once (ids not found are left out). */
  #kindsOf(ids: readonly string[]): Map<string, RecordKind> {
    const unknown = ids.filter((id) => !this.#kinds.has(id));
    if (unknown.length > 0) {
      const found = kindsOf(this.#db, unknown);
      for (const id of unknown) this.#kinds.set(id, found.get(id) ?? null);
    }
    const out = new Map<string, RecordKind>();
    for (const id of ids) {
      const kind = this.#kinds.get(id);
      if (kind) out.set(id, kind);
    }
    return out;
  }

  /** Someone else wrote a record in this transaction (an update): names it copies may have changed. */
  touched(kind: RecordKind): void {
    if (NAMED.has(kind)) this.#lookup = null;
  }

  /** Creates one record with the given id (see the module comment); errors as createRecord's. */
  create(kind: RecordKind, input: unknown, id: string): AnyRecord {
    const db = this.#db;
    const body = bodyOf(kind, input);
    if (this.#kindsOf([id]).has(id)) throw new AppError('CONFLICT', `A record with id ${id} already exists.`);
    checkReferences(db, id, CODECS[kind].references(body as never), (ids) => this.#kindsOf(ids));
    writeMeta(db, id, kind, this.#now, true);
    (CODECS[kind] as { save(db: Db, id: string, body: unknown, isNew: boolean): void }).save(db, id, body, true);
    refuseLinkCycles(db, id);
    this.#kinds.set(id, kind);
    const after = getRecord(db, kind, id);
    if (NAMED.has(kind)) this.#lookup = null;
    // Party and person sheets are small and name each other (parents): each reads names afresh.
    const lookup = NAMED.has(kind) ? directLookup(db) : (this.#lookup ??= memoLookup(db));
    indexRecordWith(db, { ...lookup, attachments: () => [] }, after);
    auditCreate(db, this.#ctx, after);
    return after;
  }
}
