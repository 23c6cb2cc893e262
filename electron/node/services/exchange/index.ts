/** Exchange bundles: export a register to one JSON file, import (merge) one into a register. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { Store } from '../../../../db/store';
import { parseBundleText } from './bundle';
import { bundleText, exportBundle, type ExportOptions } from './export';
import { importRecords, type ImportOptions, type ImportReport } from './import';

export * from './bundle';
export * from './export';
export * from './import';

/** Writes the bundle next to its final name first, so a crash never leaves half a file under that name. */
export function exportToFile(
  store: Store,
  file: string,
  options: ExportOptions = {},
): { file: string; records: number; bytes: number } {
  const bundle = exportBundle(store, options);
  const text = bundleText(bundle);
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, text, { flush: true });
    renameSync(partial, file);
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { file, records: bundle.records.length, bytes: Buffer.byteLength(text) };
}

export function importBundleText(store: Store, text: string, options: ImportOptions = {}): ImportReport {
  const { records } = parseBundleText(text);
  return importRecords(store, records, options);
}

export function importFromFile(store: Store, file: string, options: ImportOptions = {}): ImportReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return importBundleText(store, text, { source: basename(file), ...options });
}
