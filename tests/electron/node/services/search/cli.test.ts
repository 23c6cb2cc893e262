/**
 * `search` and `reindex` on the command line (in-process through runCli, as the CLI's own main does).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/node/cli/main';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { openDatabase } from '../../../../../db/store/open';
import { tempDbFile } from '../../../../support/temp-db';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function demoFile(): string {
  const file = tempDbFile();
  const db = openDatabase(file);
  loadSeedArticle(db);
  db.close();
  return file;
}

describe('cli search', () => {
  it('prints ranked hits with kind, date, status and a «marked» snippet', async () => {
    const db = demoFile();
    const result = await cli('search', 'tempest OR ifts', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^3 result\(s\) for “tempest OR ifts”:/);
    expect(result.out).toContain(
      'Agreement · Technical Arrangement between the Italian and Japanese Air Forces · Signed (date unknown)',
    );
    expect(result.out).toContain(
      'Summary: Provides for the advanced training of Japanese pilots to be conducted in Italy at the International Flight Training School («IFTS»).',
    );
    expect(result.out).toContain('Programme · «Tempest»');
  });

  it('--json with filters: --kind, --party by name (sub-parties included), --from/--to, --status', async () => {
    const db = demoFile();
    const result = await cli(
      'search',
      '',
      '--db',
      db,
      '--kind',
      'meetings',
      '--party',
      'Japan',
      '--from',
      '2021',
      '--to',
      '2021',
      '--json',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      count: number;
      hits: { title: string; dateText: string; status: { label: string } }[];
    };
    expect(json.count).toBe(1);
    expect(json.hits[0]).toMatchObject({
      title: 'Italy–Japan Joint Working Group, 3rd edition',
      dateText: 'Jan 2021',
      status: { label: 'Held' },
    });
    const signed = JSON.parse(
      (await cli('search', 'arrangement', '--db', db, '--status', 'signed', '--party', 'JASDF', '--json')).out,
    ) as { count: number };
    expect(signed.count).toBe(1);
  });

  it('-word is a query word, not an option; clear one-line errors otherwise', async () => {
    const db = demoFile();
    const excluded = await cli('search', '--kind', 'party', '-japan', '--db', db, '--json');
    expect(excluded.code).toBe(0);
    expect((JSON.parse(excluded.out) as { hits: { title: string }[] }).hits.map((h) => h.title)).not.toContain('Japan');
    expect(await cli('search', '-japan', '--db', db)).toMatchObject({
      code: 2,
      err: 'entente search: Add a word to look for, or a filter: a search cannot consist only of excluded words (such as -japan).',
    });
    // A party name typed full-width resolves under the search fold, like Japan.
    const wide = await cli('search', '', '--db', db, '--kind', 'meetings', '--party', 'Ｊａｐａｎ', '--json');
    expect(wide.code).toBe(0);
    expect(wide.out).toBe(
      (await cli('search', '', '--db', db, '--kind', 'meetings', '--party', 'Japan', '--json')).out,
    );
    expect(await cli('search', 'x', '--db', db, '--party', 'Narnia')).toMatchObject({
      code: 3,
      err: 'entente search: No party named “Narnia”. Give its exact name, short name, native name or id.',
    });
    expect((await cli('search', 'x', '--db', db, '--from', 'soon')).err).toMatch(/^entente search: From date: /);
    expect((await cli('search', 'x')).err).toMatch(/^entente search: --db FILE is required/);
  });

  it('notes about how a query was read go to stderr', async () => {
    const db = demoFile();
    const result = await cli('search', '"joint working', '--db', db);
    expect(result.code).toBe(0);
    expect(result.err).toBe('note: A quote was not closed: the rest of the search was read as one phrase.');
  });
});

describe('cli reindex', () => {
  it('rebuilds, and --check checks deeply without changing anything', async () => {
    const file = demoFile();
    expect(await cli('reindex', '--db', file)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Rebuilt the search index: 17 record\(s\) in \d+ ms\.$/),
    });
    expect(await cli('reindex', '--db', file, '--check')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^The search index is sound/),
    });
    const db = openDatabase(file);
    db.prepare(`UPDATE meetings SET minutes = 'changed behind the index''s back'`).run();
    db.close();
    const check = await cli('reindex', '--db', file, '--check');
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/^4 record\(s\) have out-of-date search text/); // the four meetings
  });
});
