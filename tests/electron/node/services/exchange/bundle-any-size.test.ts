/**
 * A register round-trips through its own bundle whatever its size (issue 19: a 100,000-meeting register exported to
 * 215 M characters and its import refused it, "at most 200,000,000"; V8 cannot even hold a string past ~536 M
 * characters). The writer goes record by record and gives the very bytes JSON.stringify would; the reader assembles
 * large files from a token stream and checks them exactly as it checks small ones.
 */
import { constants } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { openDatabase } from '../../../../../db/store/open';
import type { Db } from '../../../../../db/store/sql';
import { getRecord } from '../../../../../db/store/records';
import {
  bundleChunks,
  bundleText,
  exportBundle,
  exportToFile,
  importBundleBytes,
  parseBundleBytes,
  type Bundle,
} from '../../../../../electron/node/services/exchange';
import { writeBundleFile } from '../../../../../electron/node/services/exchange/bundle-json';
import { openTempDb, tempDir } from '../../../../support/temp-db';
import { generateTreatyRegister } from '../../../../support/treaty-register';

const TODAY = '2026-06-15';

describe('a bundle of any size', () => {
  let bundle: Bundle;
  let bytes: Buffer;
  let source: Store;
  let db: Db;
  let dir: string;
  // One 1,400-record register for the whole file (temp-db.ts's folders last one test each).
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
    db = openDatabase(join(dir, 'source.sqlite'));
    generateTreatyRegister(db, TODAY);
    source = Store.over(db);
    const now = new Date('2026-06-15T10:00:00Z');
    bundle = exportBundle(source, { now });
    exportToFile(source, join(dir, 'register.json'), { now });
    bytes = readFileSync(join(dir, 'register.json'));
  }, 300_000);
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is written record by record as the very bytes of JSON.stringify (1,400 records, and an empty register)', () => {
    expect(bundle.records.length).toBeGreaterThan(1_000);
    expect([...bundleChunks(bundle)].join('')).toBe(bundleText(bundle));
    expect(bytes.toString('utf8')).toBe(bundleText(bundle));
    const empty = exportBundle(Store.over(openTempDb().db));
    expect([...bundleChunks(empty)].join('')).toBe(bundleText(empty));
  });

  it('read as a token stream, imports the same register as read at once', async () => {
    const atOnce = await parseBundleBytes(bytes);
    const streamed = await parseBundleBytes(bytes, { streamAbove: 0 });
    expect(streamed.records).toEqual(atOnce.records);
    expect(streamed.bundle).toEqual(atOnce.bundle);
    const target = openTempDb().db;
    const report = await importBundleBytes(Store.over(target), bytes);
    expect(report.created).toHaveLength(bundle.records.length);
    const sample = bundle.records[bundle.records.length - 1] as { id: string; kind: 'meeting' };
    expect(getRecord(target, sample.kind, sample.id)).toEqual(source.getRecord(sample.kind, sample.id));
  });

  it('refuses a damaged stream as plainly as a damaged small file, and reads past a byte-order mark', async () => {
    const cut = bytes.subarray(0, bytes.length >> 1);
    await expect(parseBundleBytes(cut, { streamAbove: 0 })).rejects.toThrow(
      /^This file is not valid JSON \(.+\), so it is not an Entente bundle\.$|^This file is not valid JSON \(it ends before the bundle does\)/,
    );
    await expect(parseBundleBytes(cut)).rejects.toThrow(/^This file is not valid JSON/);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    expect((await parseBundleBytes(bom, { streamAbove: 0 })).records).toHaveLength(bundle.records.length);
    const garbage = Buffer.from('{"format": "entente-bundle", "version": 2, "records": [tru');
    await expect(parseBundleBytes(garbage, { streamAbove: 0 })).rejects.toThrow(/^This file is not valid JSON/);
  });

  it('beyond the longest string V8 can hold: 300 meetings with 1.9 M-character minutes (570 M characters) write and read back', async () => {
    const minutes = 'Le parti hanno discusso la cooperazione. 防衛協力について協議した。 '
      .repeat(40_000)
      .slice(0, 1_900_000)
      .trim();
    const meeting = bundle.records.find((r) => r.kind === 'meeting')!;
    const big: Bundle = {
      ...bundle,
      records: Array.from({ length: 300 }, (_, i) => ({
        ...meeting,
        id: `01J${String(i).padStart(23, '0')}`,
        minutes,
      })),
    };
    const file = join(tempDir(), 'big.json');
    const written = writeBundleFile(file, big);
    expect(minutes.length * 300).toBeGreaterThan(constants.MAX_STRING_LENGTH); // V8's longest string: 536,870,888
    expect(written).toBeGreaterThan(minutes.length * 300);
    const read = await parseBundleBytes(readFileSync(file));
    expect(read.records).toHaveLength(300);
    // Compared by equality, not printed: a failure would otherwise print 1.9 M characters twice.
    expect(read.records[299]!.body.minutes === minutes).toBe(true);
    expect(read.records[299]!.id).toBe(`01J${'0'.repeat(20)}299`);
  }, 600_000);
});
