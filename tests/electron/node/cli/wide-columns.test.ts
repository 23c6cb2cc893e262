/**
 * CLI tables line up whatever the script (fresh tester: a Japanese party name pushed every later column of its row
 * two places per character to the right). Columns are padded by terminal width — a CJK or full-width character takes
 * two columns — so each column starts at the same column on every line.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/store/open';
import { createRecord } from '../../../../db/store/records';
import { runCli } from '../../../../electron/node/cli/main';
import { table } from '../../../../electron/node/cli/present';
import { tempDbFile } from '../../../support/temp-db';

/** The terminal column where `text` starts on `line`. */
const columnOf = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));

describe('CLI tables', () => {
  it('list agreements: the Title column starts at one terminal column on every row, Japanese parties or Latin', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const titles = ['Accordo Italia', 'Japan arrangement', 'Full-width arrangement'];
    const parties = ['Italy', '日本国防衛省', 'ＩＴＡＬＩＡ'].map(
      (name) => createRecord(db, 'party', { name, type: 'state' }).id,
    );
    titles.forEach((title, i) =>
      createRecord(db, 'agreement', { title, type: 'mou', parties: [{ partyId: parties[i]!, role: 'signatory' }] }),
    );
    db.close();
    const out: string[] = [];
    expect(await runCli(['list', 'agreements', '--db', file], { out: (t) => out.push(t), err: () => {} })).toBe(0);
    const lines = out.join('\n').split('\n');
    const columns = titles.map((title) =>
      columnOf(
        lines.find((l) => l.includes(title))!,
        title,
      ),
    );
    expect(columns).toEqual([columns[0], columns[0], columns[0]]);
    expect(columnOf(lines[0]!, 'Title')).toBe(columns[0]);
  });

  it('a cut cell stays within its column, cut between whole characters', () => {
    const long = '防衛装備品及び技術の移転に関する日本国政府とイタリア共和国政府との間の協定の附属書に基づく実施取決め';
    const lines = table(
      ['Title', 'Id'],
      [
        [long, 'A'],
        ['Short', 'B'],
      ],
    ).split('\n');
    expect(columnOf(lines[2]!, 'A')).toBe(columnOf(lines[3]!, 'B'));
    expect(lines[2]).toContain('…');
  });
});
