/** The command line: attach (type from content, text read), attachments, extract-text --check, search finds page 2. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/node/cli/main';
import { ATTACHMENT_LIMITS } from '../../../../electron/common/domain/attachments';
import { docxFile, twoPagePdf } from '../../../support/attachment-fixtures';
import { tempDbFile, tempDir } from '../../../support/temp-db';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A demo register and the id of its Technical Arrangement. */
async function demoTa(db: string): Promise<string> {
  await cli('init', '--db', db, '--demo');
  const found = JSON.parse((await cli('search', 'Technical Arrangement Air Forces', '--db', db, '--json')).out) as {
    hits: { id: string; kind: string }[];
  };
  return found.hits.find((h) => h.kind === 'agreement')!.id;
}

describe('cli: attachments', () => {
  it('attach → attachments → search finds page 2 → extract-text --check catches a changed file', async () => {
    const db = tempDbFile();
    const dir = tempDir();
    const ta = await demoTa(db);
    writeFileSync(join(dir, 'TA signed.pdf'), await twoPagePdf());
    writeFileSync(join(dir, 'minutes.pdf'), await docxFile('Minutes: the parties agreed on the annex.'));
    const attached = await cli(
      'attach',
      'agreement',
      ta,
      join(dir, 'TA signed.pdf'),
      join(dir, 'minutes.pdf'),
      '--db',
      db,
      '--kind',
      'signed_text',
      '--date',
      'Jan 2021',
    );
    expect(attached.code).toBe(0);
    expect(attached.out).toMatch(
      /TA signed\.pdf · PDF · [\d,]+ bytes · v1 · SHA-256 [0-9a-f]{12}… · text: 2 page\(s\)/,
    );
    // Named .pdf, detected as what it is.
    expect(attached.out).toMatch(/minutes\.pdf · Word document \(DOCX\)/);

    const listed = await cli('attachments', 'agreement', ta, '--db', db);
    expect(listed.out).toMatch(/TA signed\.pdf — signed_text, Jan 2021/);

    const hit = await cli('search', 'addestramento', '--db', db);
    expect(hit.out).toMatch(/in “TA signed\.pdf”, page 2: .*«addestramento»/);

    expect((await cli('extract-text', '--check', '--db', db)).out).toBe('2 stored files match their fingerprints.');
    const raw = new Database(db);
    raw
      .prepare(
        'UPDATE attachment_blobs SET bytes = zeroblob(size) WHERE size = (SELECT max(size) FROM attachment_blobs)',
      )
      .run();
    raw.close();
    const check = await cli('extract-text', '--check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/does not match its fingerprint/);
  }, 120_000);

  it('export --out .zip carries the files and import --in .zip brings them back; .json is refused with the way out', async () => {
    const db = tempDbFile();
    const dir = tempDir();
    const ta = await demoTa(db);
    writeFileSync(join(dir, 'TA signed.pdf'), await twoPagePdf());
    expect((await cli('attach', 'agreement', ta, join(dir, 'TA signed.pdf'), '--db', db)).code).toBe(0);

    // Read once on attach: nothing waits; --again reads every file anew.
    expect((await cli('extract-text', '--db', db)).out).toBe('Read the text of 0 file(s).');
    expect((await cli('extract-text', '--again', '--db', db)).out).toBe('Read the text of 1 file(s).');

    const asJson = await cli('export', '--db', db, '--out', join(dir, 'bundle.json'));
    expect(asJson.code).toBe(2);
    expect(asJson.err).toMatch(
      /1 attachment\(s\); a JSON bundle cannot carry their files\. Export to a \.zip file instead\./,
    );
    expect(existsSync(join(dir, 'bundle.json'))).toBe(false);

    const zip = join(dir, 'bundle.zip');
    const exported = await cli('export', '--db', db, '--out', zip);
    expect(exported.out).toMatch(/^Exported \d+ records and 1 attachments to .*bundle\.zip \([\d,]+ bytes\)\.$/);

    const target = join(dir, 'elsewhere.sqlite');
    const imported = await cli('import', '--db', target, '--in', zip);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Did +create: +17\b/);
    expect((await cli('attachments', 'agreement', ta, '--db', target)).out).toMatch(
      /TA signed\.pdf · PDF · .*text: 2 page\(s\)/,
    );
    expect((await cli('search', 'addestramento', '--db', target)).out).toMatch(/in “TA signed\.pdf”, page 2: /);

    const missing = await cli('attach', 'agreement', ta, join(dir, 'no such.pdf'), '--db', db);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/Cannot read .*no such\.pdf: there is no such file\./);
  }, 120_000);

  it('refuses a file over the size limit before reading it, saying how large it is', async () => {
    const db = tempDbFile();
    const ta = await demoTa(db);
    const big = join(tempDir(), 'huge scan.pdf');
    writeFileSync(big, Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1024 * 1024));
    const result = await cli('attach', 'agreement', ta, big, '--db', db);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/"huge scan\.pdf" is 51 MB; attachments can be at most 50 MB/);
  }, 60_000);
});
