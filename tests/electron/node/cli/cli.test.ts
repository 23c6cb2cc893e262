import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../db/demo/seed-article';
import { openDatabase } from '../../../../db/store/open';
import { createRecord } from '../../../../db/store/records';
import { runCli } from '../../../../electron/node/cli/main';
import { tempDbFile, tempDir } from '../../../support/temp-db';
import { runCliProcess } from './process';

/** A well-formed id that names no record. */
const MISSING_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// CLI JSON is checked structurally with toMatchObject, so the tests read it loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function json<T = Json>(...argv: string[]): Promise<T> {
  const result = await cli(...argv, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as T;
}

describe('cli', () => {
  it('init --demo creates a database with the seed records, and refuses to load them twice', async () => {
    const db = tempDbFile();
    const created = await json('init', '--db', db, '--demo');
    expect(created).toMatchObject({
      created: true,
      schemaVersion: expect.any(Number),
      counts: { agreement: 1, meeting: 4, party: 7 },
    });
    expect(existsSync(db)).toBe(true);
    const again = await cli('init', '--db', db, '--demo');
    expect(again.code).toBe(1);
    expect(again.err).toBe(
      `entente init: ${db} already holds 17 records; demo data is only loaded into an empty database.`,
    );
  });

  it('list agreements --json prints the Technical Arrangement with derived status and partial dates intact', async () => {
    const db = tempDbFile();
    await json('init', '--db', db, '--demo');
    const list = await json('list', 'agreements', '--db', db);
    expect(list.count).toBe(1);
    expect(list.records[0]).toMatchObject({
      kind: 'agreement',
      title: 'Technical Arrangement between the Italian and Japanese Air Forces',
      status: { status: 'signed', label: 'Signed', date: 'XXXX', dateText: 'unknown' },
    });
    const meetings = await json('list', 'meetings', '--db', db);
    const third = meetings.records.find((r: Json) => r.title.includes('3rd edition'));
    expect(third).toMatchObject({
      date: '2021-01',
      dateText: 'Jan 2021',
      status: { status: 'held', dateText: 'Jan 2021' },
    });
    const text = await cli('list', 'meetings', '--db', db, '--from', '2021', '--to', '2021');
    expect(text.out).toContain('Italy–Japan Joint Working Group, 3rd edition');
    expect(text.out).not.toContain('1st edition');
  });

  it('show and status answer for one record; status --as-of follows the timeline', async () => {
    const db = tempDbFile();
    await json('init', '--db', db, '--demo');
    const programmes = await json('list', 'programmes', '--db', db);
    const project = programmes.records.find((r: Json) => r.title.startsWith('Italian–Japanese technology'));
    const shown = await json('show', 'programme', project.id, '--db', db);
    expect(shown.record.statusEvents[0]).toMatchObject({ status: 'development', date: '2019' });
    expect(shown.status).toMatchObject({ status: 'development', dateText: '2019' });
    const before = await json('status', 'programme', project.id, '--as-of', '2018', '--db', db);
    expect(before.status).toBeNull();
    const after = await json('status', 'programme', project.id, '--as-of', 'Jan 2021', '--db', db);
    expect(after).toMatchObject({ asOf: '2021-01', cutoff: '2021-01-31', status: { status: 'development' } });
    const text = await cli('status', 'programme', project.id, '--as-of', '15/01/2021', '--db', db);
    expect(text.out).toBe('As of 15 Jan 2021: Development (2019)');
  });

  it('an undated "Superseded" entered last: list and status --as-of today say Superseded; as of 2020 In force, "may since have changed"', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const a = createRecord(db, 'agreement', {
      title: 'Old MoU',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: '2014' },
        { status: 'in_force', date: '2015-03' },
        { status: 'superseded', date: '' },
      ],
    });
    db.close();
    const today = new Date().toISOString().slice(0, 10);
    const listNow = await cli('list', 'agreements', '--as-of', today, '--db', file);
    expect(listNow.out).toMatch(/Superseded \(date unknown\)\s+Old MoU/);
    expect(listNow.out).not.toContain('may since have changed');
    expect((await cli('status', 'agreement', a.id, '--as-of', '2030', '--db', file)).out).toBe(
      'As of 2030: Superseded (date unknown)',
    );
    const listPast = await cli('list', 'agreements', '--as-of', '2020', '--db', file);
    expect(listPast.out).toMatch(/In force \(Mar 2015\) \*\s+Old MoU/);
    expect(listPast.out).toContain(
      '* A status with no date was entered after this one: the status may since have changed.',
    );
    expect((await cli('status', 'agreement', a.id, '--as-of', '2020', '--db', file)).out).toBe(
      'As of 2020: In force (Mar 2015) — may since have changed: "Superseded" was entered later with no date',
    );
    expect(await json('status', 'agreement', a.id, '--as-of', '2020', '--db', file)).toMatchObject({
      status: { status: 'in_force' },
      undatedLater: 'superseded',
    });
  });

  it('status --as-of a day before the signature is not In force ("Signed · Mar 2021" then "In force · 2021")', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const a = createRecord(db, 'agreement', {
      title: 'Signed in March',
      type: 'mou',
      statusEvents: [
        { status: 'signed', date: '2021-03' },
        { status: 'in_force', date: '2021' },
      ],
    });
    db.close();
    expect((await cli('status', 'agreement', a.id, '--as-of', 'Feb 2021', '--db', file)).out).toBe(
      'As of Feb 2021: no status',
    );
    expect((await cli('status', 'agreement', a.id, '--as-of', 'Apr 2021', '--db', file)).out).toBe(
      'As of Apr 2021: In force (2021)',
    );
  });

  it('show words a link made to the record as the app does ("Absorbed"), from the one vocabulary of inverses', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const gcap = createRecord(db, 'programme', { name: 'GCAP', type: 'development' });
    const tempest = createRecord(db, 'programme', {
      name: 'Tempest',
      type: 'development',
      links: [{ targetId: gcap.id, kind: 'merged_into' }],
    });
    db.close();
    const shown = (await cli('show', 'programme', gcap.id, '--db', file)).out;
    expect(shown).toContain(`Links:\n  • Absorbed: Tempest (${tempest.id})`);
    expect(shown).not.toMatch(/links to it|merged into/i);
    expect((await cli('show', 'programme', tempest.id, '--db', file)).out).toContain(
      `Links:\n  • Merged into: GCAP (${gcap.id})`,
    );
  });

  it('show lists the titles in other languages, each labelled by its language, titles in one column', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const a = createRecord(db, 'agreement', {
      title: 'Agreement on the transfer of defence equipment',
      type: 'treaty',
      alternateTitles: [
        { language: 'Japanese', title: '防衛装備品及び技術の移転に関する協定' },
        { language: 'Italian', title: 'Accordo sul trasferimento di equipaggiamenti per la difesa' },
        { language: '日本語', title: '防衛装備品協定' },
      ],
    });
    db.close();
    const shown = (await cli('show', 'agreement', a.id, '--db', file)).out;
    expect(shown).toContain(
      [
        'Titles in other languages:',
        '  • Japanese: 防衛装備品及び技術の移転に関する協定',
        '  • Italian:  Accordo sul trasferimento di equipaggiamenti per la difesa',
        // 日本語 takes six terminal columns, as many as "Japane": padded to eight like the others.
        '  • 日本語:   防衛装備品協定',
      ].join('\n'),
    );
  });

  it('fails with one clear line and a non-zero code for bad input', async () => {
    const db = tempDbFile();
    await json('init', '--db', db);
    expect(await cli('list', 'treaties', '--db', db)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^entente list: Unknown record kind “treaties”/),
    });
    expect(await cli('show', 'agreement', MISSING_ID, '--db', db)).toMatchObject({
      code: 3,
      err: `entente show: No agreement with id ${MISSING_ID}.`,
    });
    // Issue 10: the contract checks the CLI's input too, so an id must be well-formed before a date is read.
    expect((await cli('status', 'agreement', MISSING_ID, '--as-of', '32 Jan 2021', '--db', db)).err).toMatch(
      /January 2021 has only 31 days/,
    );
    expect(await cli('status', 'agreement', 'x', '--as-of', '2021', '--db', db)).toMatchObject({
      code: 2,
      err: 'entente status: Not a valid record id',
    });
    expect((await cli('list', 'agreements')).err).toMatch(/--db FILE is required/);
    expect((await cli('list', 'agreements', '--db', db, '--bogus')).err).toMatch(/Unknown option '--bogus'/);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('as a real process: exit code and a single line on stderr, no stack trace', async () => {
    const db = tempDbFile();
    const missing = await runCliProcess(['list', 'meetings', '--db', db]);
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim()).toMatch(/^entente list: The database .*entente\.sqlite does not exist\.$/);
    await json('init', '--db', db);
    const failure = await runCliProcess(['show', 'meeting', MISSING_ID, '--db', db]);
    expect(failure.code).toBe(3);
    expect(failure.stderr.trim().split('\n')).toEqual([`entente show: No meeting with id ${MISSING_ID}.`]);
    expect(failure.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    // Issue 10: "nope" is refused by the contract's id check (exit 2, its wording), before any lookup.
    const malformed = await runCliProcess(['show', 'meeting', 'nope', '--db', db]);
    expect(malformed).toMatchObject({ code: 2, stderr: 'entente show: Not a valid record id\n' });
  });

  it('check only looks at a damaged register, even one left with a journal of unsaved pages beside it', async () => {
    const dir = tempDir();
    const file = join(dir, 'live.sqlite');
    const crashed = join(dir, 'crashed.sqlite');
    const db = openDatabase(file);
    loadSeedArticle(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('wal_autocheckpoint = 0');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const meetingsPage = (
      db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'meetings'`).get() as { rootpage: number }
    ).rootpage;
    db.prepare(`UPDATE parties SET notes = 'after the checkpoint' WHERE rowid = 1`).run(); // a page in the WAL only
    copyFileSync(file, crashed); // as a crash leaves it: the main file and its WAL
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    db.close();
    const bytes = readFileSync(crashed);
    bytes[(meetingsPage - 1) * pageSize + 3]! ^= 0xff; // the meetings page's cell count
    writeFileSync(crashed, bytes);
    const result = await cli('check', '--db', crashed, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({ ok: false, damaged: true });
    // Opening it for writing would have copied the WAL's page into the damaged file on closing.
    expect(readFileSync(crashed).equals(bytes)).toBe(true);
  });
});
