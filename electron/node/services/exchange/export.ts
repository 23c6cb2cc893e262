/**
 * Export: every record of the register as a bundle, in dependency order (parties before the
 * people, agreements, programmes, meetings and working groups that refer to them), each
 * record the store's own snapshot. Reads in one transaction, so the bundle is one moment.
 */
import type { AnyRecord } from '../../../common/domain/types';
import type { RecordKind } from '../../../common/domain/vocab';
import type { Db } from '../../../../db/store/open';
import { schemaVersion } from '../../../../db/store/open';
import { getRecord } from '../../../../db/store/records';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';
import { IMPORT_ORDER, orderForWriting } from './order';

export interface ExportOptions {
  now?: Date;
  appVersion?: string;
}

export function exportBundle(db: Db, options: ExportOptions = {}): Bundle {
  const read = db.transaction(() => {
    const rows = db.prepare('SELECT id, kind FROM records ORDER BY id').all() as { id: string; kind: RecordKind }[];
    return rows.map((row) => getRecord(db, row.kind, row.id));
  });
  const records: AnyRecord[] = orderForWriting(read.deferred());
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    schemaVersion: schemaVersion(db),
    app: { name: 'Entente', version: options.appVersion ?? 'unknown' },
    records: records as unknown as Record<string, unknown>[],
  };
}

/** The bundle as a file's text: indented, so it diffs and reads well. */
export function bundleText(bundle: Bundle): string {
  return JSON.stringify(bundle, null, 2) + '\n';
}

export { IMPORT_ORDER };
