/**
 * Export: every record of the register as a bundle, in dependency order (parties before the
 * people, agreements, programmes, meetings and working groups that refer to them), each
 * record the store's own snapshot. Reads in one transaction, so the bundle is one moment.
 */
import type { AnyRecord } from '../../../common/domain/types';
import { Store } from '../../../../db/store';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';
import { IMPORT_ORDER, orderForWriting } from './order';

export interface ExportOptions {
  now?: Date;
  appVersion?: string;
}

export function exportBundle(store: Store, options: ExportOptions = {}): Bundle {
  const records: AnyRecord[] = orderForWriting(store.snapshotAll());
  const attachments = store.exportAttachments();
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    schemaVersion: store.schemaVersion(),
    app: { name: 'Entente', version: options.appVersion ?? 'unknown' },
    records: records as unknown as Record<string, unknown>[],
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

/** The bundle as a file's text: indented, so it diffs and reads well. */
export function bundleText(bundle: Bundle): string {
  return JSON.stringify(bundle, null, 2) + '\n';
}

export { IMPORT_ORDER };
