/**
 * A kind word in the question finds records of that kind OR records that say the word, those that say it first
 * (issue 16, finding 4: "Accordo" was read as the kind "agreement" only, so "Accordo quadro di cooperazione…" was not
 * searched as a word and the page listed every agreement, newest first). On the generated register of 1,400 records,
 * through the app's door and the CLI.
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

describe('kind words are words too', () => {
  let db: Db;
  let file: string;
  let store: Store;
  let dir: string;
  let register: TreatyRegister;
  let accordo: string;
  let signing: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
    file = join(dir, 'entente.sqlite');
    db = openDatabase(file);
    // Entered before the register: listed newest first among 300 agreements, it would be on no first page.
    accordo = createRecord(db, 'agreement', {
      title: 'Accordo quadro di cooperazione nel settore della difesa tra Italia e Giappone',
      type: 'framework_agreement',
      statusEvents: [{ status: 'signed', date: '2017-05-22' }],
    }).id;
    signing = createRecord(db, 'meeting', {
      title: "Cerimonia per la firma dell'accordo quadro con il Giappone",
      type: 'other',
      date: '2017-05-22',
    }).id;
    register = generateTreatyRegister(db, TODAY);
    store = Store.over(db);
  }, 300_000);
  afterAll(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (query: string) => {
    const result = searchRecords(store, { query, today: TODAY, limit: 100 });
    // Fewer than 100: the app's two doors give the same records.
    expect(result.hasMore).toBe(false);
    expect(new Set(searchRecordIds(store, { query, today: TODAY }).ids)).toEqual(new Set(result.hits.map((h) => h.id)));
    return result;
  };

  it('"Accordo" finds the Accordo quadro first, and the meeting that names it, with the word highlighted', () => {
    const result = searchRecords(store, { query: 'Accordo', today: TODAY, limit: 10 });
    expect(result.hits[0]?.id).toBe(accordo);
    expect(result.hits.slice(0, 2).map((h) => h.id)).toContain(signing);
    expect(result.hits[0]?.titleSegments.find((s) => s.hit)?.text).toBe('Accordo');
    expect(result.kinds?.map((k) => k.text)).toEqual(['Accordo']);
    expect(searchRecordIds(store, { query: 'Accordo', today: TODAY }).ids).toEqual(
      expect.arrayContaining([accordo, signing, ...register.agreements]),
    );
  });

  it('"agreements with Japan" still lists every agreement with Japan', () => {
    const result = ask('agreements with Japan');
    const ids = result.hits.map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(register.japanAgreements));
    expect(result.hits.slice(0, register.japanAgreements.length).every((h) => h.kind === 'agreement')).toBe(true);
  });

  it('"japan training working group 2021" finds the January 2021 session, with no fallback needed', () => {
    const result = ask('japan training working group 2021');
    // The Italy–Japan working group on training, active in 2021, is what the words name first; its session next.
    expect(result.hits.slice(0, 2).map((h) => h.kind)).toEqual(['working_group', 'meeting']);
    expect(result.hits[1]?.id).toBe(register.japanTrainingSession);
    expect(result.notes.filter((n) => n.startsWith('Nothing matched'))).toEqual([]);
  });

  it('the CLI puts the Accordo quadro first too', async () => {
    db.close();
    const out: string[] = [];
    await runCli(['search', 'Accordo', '--db', file], { out: (t) => out.push(t), err: (t) => out.push(t) }, {});
    const text = out.join('\n').replace(/[«»]/g, '');
    const first = text.indexOf('Accordo quadro di cooperazione');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Agreement between the Government')).toBeGreaterThan(first);
    db = openDatabase(file);
    store = Store.over(db);
  });
});
