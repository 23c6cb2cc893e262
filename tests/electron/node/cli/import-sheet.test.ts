/**
 * `import-sheet` from a terminal, on real files: a dry run says what would happen and writes nothing; the import
 * is undoable in one step; a second run changes nothing; a column nothing decides stops the import with the way to
 * say it; the mapping written by --save-map is read back by --map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/node/cli/main';
import { peekOnce, tempDir } from '../../../support/temp-db';
import { csvBytes, type Row } from '../../../support/sheets';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const agreements = (db: string) =>
  peekOnce(
    db,
    (d) => (d.prepare("SELECT count(*) AS n FROM records WHERE kind = 'agreement'").get() as { n: number }).n,
  );

const REGISTER: Row[] = [
  ['Titolo', 'Parti', 'Data firma', 'Entrata in vigore', 'Stato'],
  ['Accordo di cooperazione Italia–Giappone', 'Italia; Giappone', '15/01/2019', '25/04/2019', 'in vigore'],
  ['Memorandum Italia–Francia', 'Italia, Francia', '03/06/2020', 'n/a', 'firmato'],
];

describe('cli import-sheet', () => {
  it('dry-runs, imports as one undoable change, and changes nothing the second time', async () => {
    const dir = tempDir();
    const db = join(dir, 'e.sqlite');
    const file = join(dir, 'registro.csv');
    writeFileSync(file, csvBytes(REGISTER, { delimiter: ';', encoding: 'windows-1252' }));

    const dry = await cli('import-sheet', '--db', db, '--in', file, '--kind', 'agreements', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run — nothing was written.');
    expect(dry.out).toMatch(/To create: {2}2/);
    expect(dry.out).toContain('Dates in “Data firma”: read day first');
    expect(dry.out).toMatch(/Parties to create \(3\): Francia; Giappone; Italia/);
    expect(agreements(db)).toBe(0);

    const done = await cli('import-sheet', '--db', db, '--in', file, '--kind', 'agreements', '--json');
    expect(done.code).toBe(0);
    const outcome = JSON.parse(done.out) as { counts: { create: number }; label: string };
    expect(outcome.counts.create).toBe(2);
    expect(agreements(db)).toBe(2);

    const again = await cli('import-sheet', '--db', db, '--in', file, '--kind', 'agreements');
    expect(again.out).toMatch(/Unchanged: {2}2/);
    // A second import that finds nothing to change says why a cleared cell did not remove anything.
    expect(again.out).toContain('it never removes a party, a date or a status');
    expect(agreements(db)).toBe(2);

    const undo = await cli('undo', '--db', db);
    expect(undo.out).toBe(`Undid: ${outcome.label} (5 records written).`);
    expect(agreements(db)).toBe(0);
  });

  it('stops on a date column nothing decides, says how to decide it, and takes --dates or a saved mapping', async () => {
    const dir = tempDir();
    const db = join(dir, 'e.sqlite');
    const file = join(dir, 'ambiguous.csv');
    writeFileSync(
      file,
      csvBytes([
        ['Title', 'Signed'],
        ['A', '03/04/2021'],
        ['B', '05/06/2020'],
      ]),
    );
    const refused = await cli('import-sheet', '--db', db, '--in', file, '--kind', 'agreement');
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      'entente import-sheet: Nothing decides whether “Signed” (e.g. 03/04/2021, 05/06/2020) is day-first or month-first: add --dates "Signed=dmy" (or =mdy).',
    );

    const map = join(dir, 'mapping.json');
    const saved = await cli(
      'import-sheet',
      '--db',
      db,
      '--in',
      file,
      '--kind',
      'agreement',
      '--dates',
      'Signed=mdy',
      '--save-map',
      map,
      '--dry-run',
    );
    expect(saved.code).toBe(0);
    const mapping = JSON.parse(readFileSync(map, 'utf8')) as {
      format: string;
      columns: { column: string; dateOrder?: string }[];
    };
    expect(mapping.format).toBe('entente-sheet-mapping');
    expect(mapping.columns.find((c) => c.column === 'Signed')!.dateOrder).toBe('mdy');

    const imported = await cli('import-sheet', '--db', db, '--in', file, '--kind', 'agreement', '--map', map, '--json');
    expect(imported.code).toBe(0);
    const dates = peekOnce(db, (d) =>
      d
        .prepare('SELECT date FROM status_events ORDER BY date')
        .all()
        .map((r) => (r as { date: string }).date),
    );
    expect(dates).toEqual(['2020-05-06', '2021-03-04']);
  });

  it('refuses a mapping file with a misspelt option, naming it', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.csv');
    writeFileSync(file, csvBytes([['Title'], ['A']]));
    const map = join(dir, 'm.json');
    writeFileSync(map, JSON.stringify({ kind: 'agreement', columns: [], duplicate: 'skip' }));
    const result = await cli(
      'import-sheet',
      '--db',
      join(dir, 'e.sqlite'),
      '--in',
      file,
      '--kind',
      'agreement',
      '--map',
      map,
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/m\.json is not a sheet mapping: .*duplicate/);
  });
});
