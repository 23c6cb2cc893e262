/**
 * The bundle as a file: plain JSON (version 1, or a register without attachments) or a ZIP (jszip) holding
 * `bundle.json` and each attachment's bytes as `files/<sha256>`. Reading checks sizes before inflating anything, so a
 * hostile ZIP (a "zip bomb", thousands of entries) is refused rather than unpacked.
 */
import JSZip from 'jszip';
import { ATTACHMENT_LIMITS } from '../../../common/domain/attachments';
import { AppError } from '../../../common/domain/errors';
import type { Store } from '../../../../db/store';
import type { Bundle } from './bundle';
import { bundleBytes } from './bundle-json';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The bundle and every attachment's bytes in one ZIP. */
export async function bundleZip(store: Store, bundle: Bundle): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('bundle.json', bundleBytes(bundle));
  const shas = new Set((bundle.attachments ?? []).flatMap((a) => a.versions.map((v) => v.sha256)));
  // Already-compressed formats (PDF, DOCX, images) gain little from deflate: stored as they are.
  for (const sha of shas) zip.file(`files/${sha}`, store.attachmentBlob(sha), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * A bundle.json that would inflate to more than this many times its packed size is a "zip bomb", not a register: JSON
 * of real registers packs 5–15 times (deflate), so 200 leaves room without a cap on the register's size.
 */
const MAX_INFLATION = 200;

/** The bundle's JSON bytes and the files beside it, from the bytes of a bundle file of either form. */
export async function readBundleFile(bytes: Uint8Array): Promise<{ json: Uint8Array; files: Map<string, Uint8Array> }> {
  if (!isZip(bytes)) return { json: bytes, files: new Map() };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `This ZIP file is damaged and is not an Entente bundle (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const declared = (entry: JSZip.JSZipObject) =>
    (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? Infinity;
  const json = zip.file('bundle.json');
  if (!json) throw new AppError('VALIDATION', 'This ZIP file has no bundle.json, so it is not an Entente bundle.');
  const packed = (json as unknown as { _data?: { compressedSize?: number } })._data?.compressedSize ?? 0;
  if (declared(json) > MAX_INFLATION * packed + (1 << 20))
    throw new AppError('VALIDATION', 'The bundle.json in this ZIP would unpack to far more than a register holds.');
  const files = new Map<string, Uint8Array>();
  for (const entry of zip.file(/^files\/[0-9a-f]{64}$/)) {
    if (declared(entry) > ATTACHMENT_LIMITS.maxBytes)
      throw new AppError(
        'VALIDATION',
        `A file in this bundle (${entry.name}) is larger than an attachment may be; nothing was imported.`,
      );
    files.set(entry.name.slice('files/'.length), await entry.async('uint8array'));
  }
  return { json: await json.async('uint8array'), files };
}
