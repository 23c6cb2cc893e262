/**
 * A date in the question finds a record on every day its dated span covers, not only on the days its events name
 * (issue 13, fresh tester: an agreement in force since 1994 with no end was missing from "… 2021" but found by
 * "since 2021"). The rule (ARCHITECTURE.md, Search; db/store/kinds/search-parts.ts `statusPeriodSpans`): each period
 * of the derived status timeline runs from its event to the next dated event, or on while it is the current status;
 * an end state (terminated, expired, superseded, closed, cancelled, dissolved) dates the record on its own day only;
 * a meeting counts its date or range (an open one, "from 2019", runs on); a programme phase its start to its end.
 * On the generated register of 1,400 records, through the app's door and the CLI.
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
import { generateTreatyRegister } from '../../../../support/treaty-register';

const TODAY = '2026-06-15';

describe('a date finds what was in force, active or under way then', () => {
  let db: Db;
  let file: string;
  let store: Store;
  let dir: string;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
    file = join(dir, 'entente.sqlite');
    db = openDatabase(file);
    generateTreatyRegister(db, TODAY);
    const agreement = (title: string, statusEvents: { status: string; date: string }[]) =>
      createRecord(db, 'agreement', { title, type: 'mou', statusEvents }).id;
    ids.ongoing = agreement('Adriatic hydrography arrangement', [
      { status: 'signed', date: '1993-06' },
      { status: 'in_force', date: '1994' },
    ]);
    ids.terminated = agreement('Adriatic hydrography protocol', [
      { status: 'in_force', date: '1995-03' },
      { status: 'terminated', date: '2010-07-01' },
    ]);
    ids.supersededUndated = agreement('Adriatic hydrography exchange of letters', [
      { status: 'in_force', date: '1996' },
      { status: 'superseded', date: 'unknown' },
    ]);
    ids.openMeeting = createRecord(db, 'meeting', {
      title: 'Adriatic hydrography survey campaign',
      type: 'other',
      date: 'from 2019',
    }).id;
    ids.phase = createRecord(db, 'programme', {
      name: 'Adriatic hydrography charting',
      type: 'development',
      phases: [{ name: 'Survey', start: '2018-05', end: '2022-09' }],
    }).id;
    store = Store.over(db);
  }, 300_000);
  afterAll(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const found = (query: string): string[] => {
    const hits = searchRecords(store, { query, today: TODAY, limit: 200 });
    const all = searchRecordIds(store, { query, today: TODAY }).ids;
    // The app's two doors agree, and neither fell back to reading the year as a word.
    expect(new Set(all)).toEqual(new Set(hits.hits.map((h) => h.id)));
    expect(hits.notes.filter((n) => n.startsWith('Nothing matched'))).toEqual([]);
    return hits.hits.map((h) => h.id);
  };

  it('an agreement in force since 1994 with no end is dated in 2021, as "since 2021" already said', () => {
    expect(found('hydrography 2021')).toContain(ids.ongoing);
    expect(found('hydrography since 2021')).toContain(ids.ongoing);
    expect(found('hydrography 2020 2021')).toContain(ids.ongoing);
  });

  it('an agreement terminated in 2010 is dated up to then, not after; an undated end leaves only the start', () => {
    expect(found('hydrography 2005')).toEqual(expect.arrayContaining([ids.ongoing, ids.terminated]));
    expect(found('hydrography 2021')).not.toContain(ids.terminated);
    expect(found('hydrography 2010')).toContain(ids.terminated);
    expect(found('hydrography 1996')).toContain(ids.supersededUndated);
    expect(found('hydrography 2005')).not.toContain(ids.supersededUndated);
  });

  it('a meeting under way "from 2019" and a programme phase 2018–2022 are dated in the years between', () => {
    const in2021 = found('hydrography 2021');
    expect(in2021).toContain(ids.openMeeting);
    expect(in2021).toContain(ids.phase);
    expect(found('hydrography 2016')).toEqual([ids.ongoing]);
  });

  it('the CLI lists the ongoing agreement for the same question', async () => {
    db.close();
    const out: string[] = [];
    await runCli(
      ['search', 'hydrography 2021', '--db', file],
      { out: (t) => out.push(t), err: (t) => out.push(t) },
      {},
    );
    const text = out.join('\n').replace(/[«»]/g, '');
    expect(text).toContain('Adriatic hydrography arrangement');
    expect(text).not.toContain('Adriatic hydrography protocol');
    db = openDatabase(file);
    store = Store.over(db);
  });

  it('costs little on the register: a bare year over 1,400 records (figure printed, not asserted)', () => {
    const started = performance.now();
    const runs = 20;
    let count = 0;
    for (let i = 0; i < runs; i++) count = searchRecordIds(store, { query: '2021', today: TODAY }).ids.length;
    const ms = (performance.now() - started) / runs;
    console.log(`"2021" over the register: ${count} records, ${ms.toFixed(1)} ms per search`);
    expect(count).toBeGreaterThan(300);
  });
});
