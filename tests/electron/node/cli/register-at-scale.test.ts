/**
 * The CLI on a generated register of 1,397 records (tests/support/treaty-register.ts): `list` prints whole titles
 * (long treaty titles differ only at their end), `list --as-of` and the list export leave out records that did not
 * exist yet on that day, and search never prints a field label twice ("Date: Date:").
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../../db/store';
import { openDatabase } from '../../../../db/store/open';
import { fromEdtf } from '../../../../electron/common/domain/partial-date';
import { runCli } from '../../../../electron/node/cli/main';
import { exportListView } from '../../../../electron/node/services/reports/list-export';
import { generateTreatyRegister, type TreatyRegister } from '../../../support/treaty-register';

const TODAY = '2026-11-30';
let file: string;
let reg: TreatyRegister;

// One register for the whole file (the per-test temp helpers remove theirs after each test).
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  file = join(dir, 'register.sqlite');
  const db = openDatabase(file);
  reg = generateTreatyRegister(db, TODAY);
  db.close();
}, 120_000);

async function cli(...argv: string[]) {
  return cliOn(file, ...argv);
}

async function cliOn(db: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', db], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function listed(kind: string, ...more: string[]): Promise<{ id: string; date: string }[]> {
  const result = await cli('list', kind, '--json', ...more);
  expect(result.err).toBe('');
  return (JSON.parse(result.out) as { records: { id: string; date: string }[] }).records;
}

/** Known by the last day of 2005: the record's own first date starts by then, or it has no known date. */
const knownBy2005 = (date: string) => (fromEdtf(date).from ?? '') <= '2005-12-31';

describe('the CLI on a register of thousands', () => {
  it('list prints every title whole, however long', async () => {
    expect(reg.records).toBeGreaterThan(1000);
    const result = await cli('list', 'agreements');
    expect(result.code).toBe(0);
    const titles = (await cli('list', 'agreements', '--json')).out;
    const all = (JSON.parse(titles) as { records: { title: string }[] }).records.map((r) => r.title);
    expect(Math.max(...all.map((t) => t.length))).toBeGreaterThan(120);
    for (const title of all) expect(result.out).toContain(title);
  });

  it('list prints every row’s parties whole, on the row itself', async () => {
    const result = await cli('list', 'agreements');
    const rows = (
      JSON.parse((await cli('list', 'agreements', '--json')).out) as {
        records: { id: string; parties: { name: string }[] }[];
      }
    ).records;
    const lines = new Map(result.out.split('\n').map((line) => [line.slice(0, 26), line]));
    // "Ministry of Defence of Italy, Ministry of Defence of Republic of Korea": the other side is at the end.
    const longest = Math.max(...rows.map((r) => r.parties.map((p) => p.name).join(', ').length));
    expect(longest).toBeGreaterThan(60);
    for (const row of rows) expect(lines.get(row.id)).toContain(row.parties.map((p) => p.name).join(', '));
  });

  it('list --as-of leaves out agreements signed later and meetings held later; so does the export', async () => {
    for (const kind of ['agreements', 'meetings']) {
      const now = await listed(kind);
      const then = await listed(kind, '--as-of', '2005');
      const expected = now.filter((r) => knownBy2005(r.date)).map((r) => r.id);
      expect(expected.length).toBeLessThan(now.length);
      expect(then.map((r) => r.id).sort(), kind).toEqual(expected.sort());
    }
    const db = openDatabase(file);
    try {
      const csv = await exportListView(Store.over(db), {
        list: { kind: 'agreement', asOf: '2005' },
        columns: ['title', 'status'],
        format: 'csv',
      });
      expect(csv.rows).toBe((await listed('agreements', '--as-of', '2005')).length);
      expect(csv.rows).toBeLessThan(reg.agreements.length);
    } finally {
      db.close();
    }
  });

  it('list names the counterpart, not our own ministry, once the register knows its side (as the app)', async () => {
    // The same register kept by Italy: a copy, so the other tests keep a register with no side.
    const italian = join(dir, 'italian.sqlite');
    copyFileSync(file, italian);
    const db = openDatabase(italian);
    Store.over(db).updateRegisterSettings({ homePartyId: reg.italy });
    db.close();
    const result = await cliOn(italian, 'list', 'agreements');
    expect(result.code).toBe(0);
    const [header, , ...lines] = result.out.split('\n');
    expect(header).toMatch(/^Id +Type +Status +Counterpart +Title$/);
    const byId = new Map(lines.map((line) => [line.slice(0, 26), line]));
    const countries = new Map(reg.countries.map((c) => [c.id, c.name]));
    const rows = (
      JSON.parse((await cliOn(italian, 'list', 'agreements', '--json')).out) as {
        records: { id: string; counterparts: { id: string; name: string }[] }[];
      }
    ).records;
    expect(rows).toHaveLength(reg.agreements.length);
    for (const row of rows) {
      // Each agreement's other state, as the app's Counterpart column shows it; never an Italian body.
      const [other] = row.counterparts;
      expect(countries.get(other!.id)).toBe(other!.name);
      const line = byId.get(row.id)!;
      expect(line).toMatch(new RegExp(`^${row.id} .+  ${other!.name}  +Agreement between`));
      expect(line).not.toContain('of Italy');
    }
  });

  it('search names a matched date once: "Date: Jan 2021", never "Date: Date:"', async () => {
    const result = await cli('search', 'jan 2021');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Date: «Jan 2021»');
    expect(result.out).not.toMatch(/Date: Date:/);
  });
});
