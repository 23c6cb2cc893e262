/**
 * A year or a kind word in the question is read as a filter (a chip); when that reading finds nothing, the words are
 * searched as text instead and the page says so (fresh tester, issue 13: "defence vision 2035" found nothing for an
 * agreement of that title signed in 2020; "japan training working group 2021" found nothing because "working group"
 * narrowed it to working groups, and the session the person meant is a meeting). On the generated register of
 * 1,400 records, with the same question in the app's door and in the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { openDatabase } from '../../../../../db/store/open';
import { createRecord } from '../../../../../db/store/records';
import type { Db } from '../../../../../db/store/sql';
import { runCli } from '../../../../../electron/node/cli/main';
import { searchRecordIds, searchRecords } from '../../../../../electron/node/services/search/search';
import { generateTreatyRegister, type TreatyRegister } from '../../../../support/treaty-register';

const TODAY = '2026-06-15';

describe('dates and kind words read as words when, as filters, they find nothing', () => {
  let db: Db;
  let file: string;
  let store: Store;
  let register: TreatyRegister;
  let vision: string;
  let review: string;
  let dir: string;
  // One register for the whole file (built once: 1,400 records), so not the per-test temp folder of temp-db.ts.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
    file = join(dir, 'entente.sqlite');
    db = openDatabase(file);
    register = generateTreatyRegister(db, TODAY);
    vision = createRecord(db, 'agreement', {
      title: 'Italy–Japan defence vision 2035 roadmap',
      type: 'mou',
      statusEvents: [{ status: 'signed', date: '2020-05' }],
    }).id;
    review = createRecord(db, 'meeting', { title: 'Japan training review for 2021 plan', type: 'other' }).id;
    store = Store.over(db);
  }, 300_000);
  afterAll(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (query: string) => searchRecords(store, { query, today: TODAY });

  it('a year that dates nothing asked about is found in the title, with a note saying it was read as words', () => {
    const result = ask('defence vision 2035');
    expect(result.hits.map((h) => h.id)).toEqual([vision]);
    expect(result.notes[0]).toBe('Nothing matched with “2035” as a filter, so it was searched as words.');
    expect(result.dates ?? []).toEqual([]);
    expect(searchRecordIds(store, { query: 'defence vision 2035', today: TODAY }).ids).toEqual([vision]);
    // An undated meeting whose title holds the year.
    expect(ask('training review 2021').hits.map((h) => h.id)).toEqual([review]);
  });

  it('a kind word is a word too: the session the person meant is found (kind-words.test.ts has the rule)', () => {
    const result = ask('japan training working group 2021');
    expect(result.hits.map((h) => h.id)).toContain(register.japanTrainingSession);
  });

  it('a reading that finds something stays a filter: "japan training 2021" is the January 2021 session, a chip, no note', () => {
    const result = ask('japan training 2021');
    // The session dated exactly then first; then what was in force or active in 2021 (the working group, active since
    // 2013, and the training agreements with Japan in force).
    expect(result.hits[0]?.id).toBe(register.japanTrainingSession);
    expect(result.hits.slice(1).every((h) => h.kind !== 'meeting')).toBe(true);
    expect(result.dates?.map((d) => d.text)).toEqual(['2021']);
    expect(result.notes.filter((n) => n.startsWith('Nothing matched'))).toEqual([]);
  });

  it('the CLI gives the same answer and says the same', async () => {
    db.close();
    const out: string[] = [];
    await runCli(
      ['search', 'defence vision 2035', '--db', file],
      { out: (t) => out.push(t), err: (t) => out.push(t) },
      {},
    );
    const text = out.join('\n').replace(/[«»]/g, ''); // the CLI marks matched words with « »
    expect(text).toContain('Italy–Japan defence vision 2035 roadmap');
    expect(text).toContain('searched as words');
    db = openDatabase(file);
    store = Store.over(db);
  });
});
