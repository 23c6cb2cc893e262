/** Exchange bundles: export a register to one JSON file (or a ZIP with its documents), import (merge) one into a register. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../common/domain/errors';
import { Store } from '../../../../db/store';
import { parseBundleText } from './bundle';
import { parseBundleBytes, writeBundleFile } from './bundle-json';
import { exportBundle, type ExportOptions } from './export';
import { importRecords, type ImportOptions, type ImportReport } from './import';
import { bundleZip, readBundleFile } from './zip';

export * from './bundle';
export { bundleBytes, bundleChunks, parseBundleBytes, TEXT_AT_ONCE } from './bundle-json';
export * from './export';
export * from './import';
export { bundleZip, readBundleFile } from './zip';

/** Writes the bundle next to its final name first, so a crash never leaves half a file under that name. */
export function exportToFile(
  store: Store,
  file: string,
  options: ExportOptions = {},
): { file: string; records: number; bytes: number } {
  const bundle = exportBundle(store, options);
  const documents = bundle.attachments?.length ?? 0;
  if (documents > 0)
    throw new AppError(
      'VALIDATION',
      `This register has ${documents} attachment(s); a JSON bundle cannot carry their files. Export to a .zip file instead.`,
    );
  delete bundle.attachments;
  const partial = `${file}.partial`;
  let bytes: number;
  try {
    bytes = writeBundleFile(partial, bundle);
    renameSync(partial, file);
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { file, records: bundle.records.length, bytes };
}

/** Writes the bundle with every attachment's bytes as a ZIP (written beside its final name first, then renamed). */
export async function exportToZipFile(
  store: Store,
  file: string,
  options: ExportOptions = {},
): Promise<{ file: string; records: number; attachments: number; bytes: number }> {
  const bundle = exportBundle(store, options);
  const bytes = await bundleZip(store, bundle);
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, bytes, { flush: true });
    renameSync(partial, file);
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    file,
    records: bundle.records.length,
    attachments: bundle.attachments?.length ?? 0,
    bytes: bytes.byteLength,
  };
}

/** Imports a bundle file's bytes: plain JSON (version 1 or 2) or a ZIP carrying attachments. */
export async function importBundleBytes(
  store: Store,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { json, files } = await readBundleFile(bytes);
  const { bundle, records } = await parseBundleBytes(json);
  const attachments = bundle.attachments ?? [];
  return importRecords(
    store,
    records,
    attachments.length ? { ...options, attachments: { attachments, files } } : options,
  );
}

export function importBundleText(store: Store, text: string, options: ImportOptions = {}): ImportReport {
  const { records } = parseBundleText(text);
  return importRecords(store, records, options);
}

export async function importFromFile(store: Store, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return importBundleBytes(store, bytes, { source: basename(file), ...options });
}
