/**
 * `--out -` means standard output, as in every Unix tool (fresh tester: `export --out -` wrote a file named "-" in
 * the working folder). Every command with --out: the file's bytes go to standard output, the summary to standard
 * error, and no file named "-" appears. Where nothing can take raw bytes, "-" is refused, never a file name.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../db/demo/seed-article';
import { openDatabase } from '../../../../db/store/open';
import { runCli } from '../../../../electron/node/cli/main';
import { tempDbFile } from '../../../support/temp-db';

function demoFile(): string {
  const file = tempDbFile();
  const db = openDatabase(file);
  loadSeedArticle(db);
  db.close();
  return file;
}

async function run(argv: string[], withBytes = true) {
  const out: string[] = [];
  const err: string[] = [];
  const chunks: Uint8Array[] = [];
  const code = await runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    ...(withBytes ? { bytes: (b: Uint8Array) => chunks.push(b) } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), bytes: Buffer.concat(chunks).toString('utf8') };
}

describe('--out -', () => {
  it('export --out - writes the bundle to standard output and its summary to standard error', async () => {
    const db = demoFile();
    const result = await run(['export', '--db', db, '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(JSON.parse(result.bytes)).toMatchObject({ records: expect.any(Array) });
    expect(result.err).toMatch(/^Exported \d+ records to standard output/);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('report --out - writes the report (CSV) to standard output', async () => {
    const db = demoFile();
    const result = await run(['report', '--db', db, '--format', 'csv', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.bytes).toContain('Italy');
    expect(result.err).toMatch(/^Wrote standard output \(CSV/);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('where nothing takes raw bytes, "-" is refused rather than made a file name', async () => {
    const db = demoFile();
    const result = await run(['export', '--db', db, '--out', '-'], false);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/Standard output cannot take a file here/);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });
});
