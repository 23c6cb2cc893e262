/**
 * A bundle's JSON at any size. V8 cannot hold a string longer than 2^29 − 24 characters (~536 M), and a register of
 * 100,000 meetings exports to ~215 M characters, so a register that grows a few times more could not be written as
 * one string nor read back as one (issue 19: "a register cannot round-trip through its own bundle"). Writing goes
 * record by record (the same bytes `JSON.stringify(bundle, null, 2)` would give); reading decodes and `JSON.parse`s
 * at once up to TEXT_AT_ONCE bytes (fastest) and, above it, assembles the same value from stream-json's tokens
 * without ever making one string of the file. Either way the value goes through the same parseBundle checks; the
 * limits that remain are per field (the record schemas), not per file.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import parser from 'stream-json/parser.js';
import { parseBundle, parseBundleText, problem, type Bundle, type BundleRecord } from './bundle';

/** Files up to this many bytes are decoded and parsed in one go (256 MiB: well under V8's longest string). */
export const TEXT_AT_ONCE = 256 * 1024 * 1024;

const RECORDS_AT = '\u0000records\u0000';

/**
 * The bundle's text in pieces, record by record: joined, exactly `JSON.stringify(bundle, null, 2) + '\n'`
 * (bundleText), but never one string. Each piece is at most one record's text.
 */
export function* bundleChunks(bundle: Bundle): Generator<string> {
  // The envelope with a marker where the records go keeps every other key in its place and indentation.
  const marked = Object.fromEntries(Object.entries(bundle).map(([k, v]) => [k, k === 'records' ? RECORDS_AT : v]));
  const envelope = JSON.stringify(marked, null, 2);
  const at = envelope.indexOf(JSON.stringify(RECORDS_AT));
  yield envelope.slice(0, at);
  if (bundle.records.length === 0) yield '[]';
  else {
    yield '[';
    let first = true;
    for (const record of bundle.records) {
      yield `${first ? '' : ','}\n    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`;
      first = false;
    }
    yield '\n  ]';
  }
  yield envelope.slice(at + JSON.stringify(RECORDS_AT).length) + '\n';
}

/**
 * The bundle's UTF-8 bytes (for a ZIP entry or a download), built from bundleChunks in ~1 MB batches, in an
 * ArrayBuffer of their own: the worker hands them to the host by transfer, and a Buffer from Node's shared pool
 * cannot be transferred ("DataCloneError").
 */
export function bundleBytes(bundle: Bundle): Uint8Array {
  const parts: Buffer[] = [];
  for (const batch of batches(bundle)) parts.push(Buffer.from(batch, 'utf8'));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Writes the bundle's text to `file` (created or truncated) and flushes it to disk. Errors are Node's. */
export function writeBundleFile(file: string, bundle: Bundle): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    for (const batch of batches(bundle)) {
      const buffer = Buffer.from(batch, 'utf8');
      let written = 0;
      while (written < buffer.length) written += writeSync(fd, buffer, written);
      bytes += buffer.length;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function* batches(bundle: Bundle): Generator<string> {
  let batch = '';
  for (const chunk of bundleChunks(bundle)) {
    batch += chunk;
    if (batch.length >= 1 << 20) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/**
 * Parses a bundle file's JSON bytes (UTF-8, with or without a byte-order mark) and checks it as parseBundleText does;
 * nothing is written. Files over `streamAbove` bytes (default TEXT_AT_ONCE) are assembled from a token stream.
 * Rejects with the same VALIDATION messages as parseBundleText ("This file is not valid JSON (…)", …).
 */
export async function parseBundleBytes(
  bytes: Uint8Array,
  options: { streamAbove?: number } = {},
): Promise<{ bundle: Bundle; records: BundleRecord[] }> {
  if (bytes.byteLength <= (options.streamAbove ?? TEXT_AT_ONCE))
    return parseBundleText(new TextDecoder().decode(bytes));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return parseBundle(await assemble(bytes.subarray(bom)));
}

/** The JSON value of `bytes`, assembled token by token (stream-json's parser and Assembler). */
async function assemble(bytes: Uint8Array): Promise<unknown> {
  function* slices(): Generator<Buffer> {
    for (let at = 0; at < bytes.byteLength; at += 1 << 20)
      yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(1 << 20, bytes.byteLength - at));
  }
  const assembler = new Assembler();
  try {
    for await (const token of Readable.from(slices()).pipe(parser.asStream())) assembler.consume(token as never);
  } catch (error) {
    throw problem(
      `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}), so it is not an Entente bundle.`,
    );
  }
  if (!assembler.done)
    throw problem('This file is not valid JSON (it ends before the bundle does), so it is not an Entente bundle.');
  return assembler.current;
}
