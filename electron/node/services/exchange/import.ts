/**
 * Import: merges a bundle into a database by record id, in ONE transaction.
 *
 * For each record of the bundle:
 *   - not in the database                → created, exactly as in the bundle (id, createdAt,
 *                                          updatedAt, version and nested ids kept: export →
 *                                          import into an empty database is lossless);
 *   - in the database, same content      → unchanged;
 *   - in the database, different content → a CONFLICT, always listed with both versions'
 *                                          titles and timestamps, and resolved by the later
 *                                          updatedAt: the bundle's newer version replaces the
 *                                          database's ("updated": its content and updatedAt,
 *                                          version = max(bundle's, database's + 1) so open
 *                                          forms still notice), or the database's newer one
 *                                          is kept ("skipped-older"); on the same instant the
 *                                          database's is kept;
 *   - same id but another kind           → a conflict, the database's record kept.
 * Nothing is ever deleted, and nothing is dropped silently: every record lands in exactly
 * one list. References must resolve within the bundle plus the database, else nothing is
 * imported and each broken reference is named. A dry run computes the same plan and tries
 * the writes in a transaction that is rolled back, so it fails exactly when the import would.
 * The whole import is one undoable change.
 */
import { AppError } from '../../../common/domain/errors';
import { INPUT_SCHEMAS } from '../../../common/domain/schemas';
import type { AnyRecord } from '../../../common/domain/types';
import { labelOf, type RecordKind } from '../../../common/domain/vocab';
import {
  Store,
  bodyOfRecord,
  recordTitle,
  referencesOfBody,
  titleOfBody,
  type WriteContext,
} from '../../../../db/store';
import type { AttachmentImport } from '../../../../db/store';
import type { BundleRecord } from './bundle';
import { orderForWriting } from './order';

export type ImportAction = 'create' | 'update' | 'skip-older' | 'unchanged' | 'conflict-kept';

export interface ImportItem {
  id: string;
  kind: RecordKind;
  title: string;
  action: ImportAction;
  updatedAt: string;
}

export interface ImportConflict {
  id: string;
  kind: RecordKind;
  bundle: { kind: RecordKind; title: string; updatedAt: string; version: number };
  database: { kind: RecordKind; title: string; updatedAt: string; version: number };
  resolution: 'bundle-newer' | 'database-newer' | 'same-time-database-kept' | 'different-kind-database-kept';
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  created: ImportItem[];
  updated: ImportItem[];
  skippedOlder: ImportItem[];
  unchanged: ImportItem[];
  /** Every record present on both sides with different content, and how it was resolved. */
  conflicts: ImportConflict[];
  /** Documents the bundle brings that this register lacks: new attachments, new versions, newer descriptions. */
  attachments: { added: number; versions: number; described: number };
}

/** Stable text of a value (object keys sorted), to compare two records' content. */
export function canonical(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return JSON.stringify(sortKeys(value));
}

function sameContent(record: BundleRecord, existing: AnyRecord): boolean {
  const ours = INPUT_SCHEMAS[existing.kind].safeParse(bodyOfRecord(existing));
  return ours.success && canonical(ours.data) === canonical(record.body);
}

interface Planned {
  record: BundleRecord;
  item: ImportItem;
  existing: AnyRecord | null;
}

/** How far a bundle's times may run ahead of this machine's clock (clocks drift) before they are refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A record changed "in the future" (a bundle from a machine whose clock was wrong says 2099) would
 * win every merge against genuine later edits, so the import is refused, listing each such record.
 */
function refuseFutureTimes(records: readonly BundleRecord[], now: Date): void {
  const limit = now.getTime() + CLOCK_SKEW_MS;
  const ahead = records.filter((r) => Date.parse(r.updatedAt) > limit || Date.parse(r.createdAt) > limit);
  if (ahead.length === 0) return;
  const fields = ahead.map((r) => ({
    path: `${labelOf(r.kind)} “${titleOfBody(r.kind, r.body)}” (${r.id})`,
    message: `changed ${Date.parse(r.updatedAt) > limit ? r.updatedAt : r.createdAt}, after this computer's clock`,
  }));
  const shown = fields.slice(0, 20).map((f) => `${f.path} ${f.message}`);
  throw new AppError(
    'VALIDATION',
    `Nothing was imported: ${ahead.length} record${ahead.length > 1 ? 's are' : ' is'} dated later than this computer's clock (${now.toISOString()}), and would win over every later edit: ${shown.join('; ')}${ahead.length > 20 ? '; …' : ''}. Check the clock of the computer that made the bundle (or of this one).`,
    { fields: fields.slice(0, 200) },
  );
}

export function planImport(
  store: Store,
  records: readonly BundleRecord[],
  now: Date = new Date(),
): { report: Omit<ImportReport, 'dryRun' | 'attachments'>; writes: Planned[] } {
  refuseFutureTimes(records, now);
  const report: Omit<ImportReport, 'dryRun' | 'attachments'> = {
    total: records.length,
    created: [],
    updated: [],
    skippedOlder: [],
    unchanged: [],
    conflicts: [],
  };
  const writes: Planned[] = [];
  for (const record of records) {
    const title = titleOfBody(record.kind, record.body);
    const item = (action: ImportAction): ImportItem => ({
      id: record.id,
      kind: record.kind,
      title,
      action,
      updatedAt: record.updatedAt,
    });
    const existingKind = store.recordKind(record.id);
    if (!existingKind) {
      report.created.push(item('create'));
      writes.push({ record, item: item('create'), existing: null });
      continue;
    }
    const existing = store.findRecord(existingKind, record.id)!;
    const conflict = (resolution: ImportConflict['resolution']): ImportConflict => ({
      id: record.id,
      kind: record.kind,
      bundle: { kind: record.kind, title, updatedAt: record.updatedAt, version: record.version },
      database: {
        kind: existing.kind,
        title: recordTitle(existing),
        updatedAt: existing.updatedAt,
        version: existing.version,
      },
      resolution,
    });
    if (existingKind !== record.kind) {
      report.conflicts.push(conflict('different-kind-database-kept'));
      report.skippedOlder.push(item('conflict-kept'));
      continue;
    }
    if (sameContent(record, existing)) {
      report.unchanged.push(item('unchanged'));
      continue;
    }
    const bundleTime = Date.parse(record.updatedAt);
    const databaseTime = Date.parse(existing.updatedAt);
    if (bundleTime > databaseTime) {
      report.conflicts.push(conflict('bundle-newer'));
      report.updated.push(item('update'));
      writes.push({ record, item: item('update'), existing });
    } else {
      report.conflicts.push(conflict(bundleTime === databaseTime ? 'same-time-database-kept' : 'database-newer'));
      report.skippedOlder.push(item(bundleTime === databaseTime ? 'conflict-kept' : 'skip-older'));
    }
  }
  checkReferences(store, writes);
  return {
    report,
    writes: orderForWriting(
      writes.map((w) => ({ ...w, id: w.record.id, kind: w.record.kind })),
      (w) => w.record.body,
    ),
  };
}

/** Every reference of every record to be written must land on a record of the right kind. */
function checkReferences(store: Store, writes: readonly Planned[]): void {
  const incoming = new Map<string, RecordKind>();
  for (const w of writes) if (!w.existing) incoming.set(w.record.id, w.record.kind);
  const problems: { path: string; message: string }[] = [];
  for (const { record } of writes) {
    const refs = referencesOfBody(record.kind, record.body);
    for (const ref of refs) {
      const kind = incoming.get(ref.id) ?? store.recordKind(ref.id);
      const where = `${labelOf(record.kind)} “${titleOfBody(record.kind, record.body)}” (${record.id}), ${ref.field}`;
      if (ref.id === record.id) problems.push({ path: where, message: 'refers to itself' });
      else if (!kind)
        problems.push({
          path: where,
          message: `refers to ${ref.id}, which is neither in the bundle nor in this database`,
        });
      else if (!ref.kinds.includes(kind))
        problems.push({
          path: where,
          message: `refers to ${ref.id}, a ${labelOf(kind).toLowerCase()}, where a ${ref.kinds.map((k) => labelOf(k).toLowerCase()).join(' or ')} belongs`,
        });
    }
  }
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `${p.path} ${p.message}`)
      .join('; ');
    throw new AppError(
      'VALIDATION',
      `Nothing was imported: ${problems.length} reference${problems.length > 1 ? 's' : ''} cannot be resolved: ${shown}${problems.length > 20 ? '; …' : ''}`,
      {
        fields: problems.slice(0, 200),
      },
    );
  }
}

export interface ImportOptions extends WriteContext {
  dryRun?: boolean;
  /** The bundle's documents and their bytes, written in the same transaction as the records. */
  attachments?: AttachmentImport;
  /** Names the change in the history ("Import of bundle.json"). */
  source?: string;
}

export function importRecords(
  store: Store,
  records: readonly BundleRecord[],
  options: ImportOptions = {},
): ImportReport {
  const { report, writes } = planImport(store, records, options.now);
  const dryRun = options.dryRun ?? false;
  // Counted before the write: afterwards every version is "already here".
  const news = options.attachments
    ? store.attachmentNews(options.attachments.attachments)
    : { added: 0, versions: 0, described: 0 };
  const label = `Import${options.source ? ` of ${options.source}` : ''}: ${report.created.length} created, ${report.updated.length} updated`;
  try {
    store.writeVerbatimChange(
      writes.map(({ record, existing }) => ({
        meta: {
          id: record.id,
          kind: record.kind,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
          version: existing ? Math.max(record.version, existing.version + 1) : record.version,
        },
        body: record.raw,
        summary: `${existing ? 'Updated by import' : 'Imported'}${options.source ? ` from ${options.source}` : ''}: ${labelOf(record.kind).toLowerCase()} “${titleOfBody(record.kind, record.body)}”`,
      })),
      { ...options, label, dryRun },
    );
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'VALIDATION' ||
        error.code === 'READ_ONLY' ||
        error.code === 'DISK_FULL' ||
        error.code === 'UNAVAILABLE' ||
        // The register's state, not the bundle's fault (issue 15): busy in another program, damaged on disk.
        error.code === 'BUSY' ||
        error.code === 'DAMAGED')
    ) {
      throw error.message.startsWith('Nothing was imported')
        ? error
        : new AppError(error.code, `Nothing was imported: ${error.message}`, { fields: error.fields ?? [] });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('CONFLICT', `Nothing was imported: the bundle does not fit this database (${reason}).`);
  }
  return { dryRun, ...report, attachments: news };
}
