/**
 * The command line a person can use (issue 16 §6), checked as a person meets it — mostly as real processes started
 * the documented way (`node scripts/cli.mjs`, what `npm run cli --` runs): a closed pipe is a normal end, every
 * command has its own --help and all help fits 80 columns, parties are named as in the app, `show` tells the whole
 * record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type SeedIds } from '../../../../db/store';
import { openDatabase } from '../../../../db/store/open';
import { runCli } from '../../../../electron/node/cli/main';
import { COMMANDS } from '../../../../electron/node/cli/commands';
import { generateCorpus } from '../../../support/corpus';
import { tempDbFile } from '../../../support/temp-db';
import { runCliPiped, runCliProcess } from './process';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

/** Files shared by the tests of a describe block (tempDbFile's are removed after each test). */
const shared = mkdtempSync(join(tmpdir(), 'entente-cli-'));
afterAll(() => rmSync(shared, { recursive: true, force: true }));

/** The seed article's register plus two parties that share the short name "JCG". */
function demoRegister(file = tempDbFile()): { file: string; ids: SeedIds & { coastGuard: string; command: string } } {
  const store = Store.open(file);
  const seed = store.loadDemo();
  const coastGuard = store.createRecord('party', { name: 'Japan Coast Guard', shortName: 'JCG', type: 'agency' });
  const command = store.createRecord('party', { name: 'Joint Command Group', shortName: 'JCG', type: 'agency' });
  store.close();
  return { file, ids: { ...seed, coastGuard: coastGuard.id, command: command.id } };
}

describe('cli: a closed output is a normal end', () => {
  let big: string;
  beforeAll(() => {
    // Far more output than a pipe holds, so the CLI is still writing when `head` stops reading.
    big = join(shared, 'big.sqlite');
    const db = openDatabase(big);
    generateCorpus(db, { meetings: 3000, agreements: 0, seed: 7 });
    db.close();
  });

  it('`list meetings | head -1` prints the header and ends with exit 0, no EPIPE trace', async () => {
    const result = await runCliPiped(['list', 'meetings', '--db', big], 'head -1');
    expect(result.stdout).toMatch(/^Id +Type +Status +Parties +Title\n$/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('`list meetings --json | head -c 100` too', async () => {
    const result = await runCliPiped(['list', 'meetings', '--db', big, '--json'], 'head -c 100');
    expect(result.stdout).toHaveLength(100);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('cli: help', () => {
  it('the overall help lists every command and fits 80 columns', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.out).toMatch(new RegExp(`^  ${command.name} `, 'm'));
    expect(widest(help.out)).toBeLessThanOrEqual(80);
    const bare = await cli();
    expect(bare).toMatchObject({ code: 2, out: help.out });
  });

  it('every command has its own --help (and `help <command>`), within 80 columns', async () => {
    for (const command of COMMANDS) {
      const help = await cli(command.name, '--help');
      expect(help, command.name).toMatchObject({ code: 0, err: '' });
      expect(help.out).toMatch(new RegExp(`^Usage: npm run cli -- ${command.name} `));
      expect(help.out).toContain('--db <file>');
      expect(widest(help.out), command.name).toBeLessThanOrEqual(80);
      expect((await cli('help', command.name)).out).toBe(help.out);
    }
  });

  it('as a real process: `report --help` describes its options and exits 0', async () => {
    const result = await runCliProcess(['report', '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('--format <format>');
    expect(result.stdout).toContain('--marking <text>');
  });

  it('a wrong command line is one line naming the problem and where to read more, exit 2', async () => {
    expect(await cli('list', 'agreements', '--bogus')).toEqual({
      code: 2,
      out: '',
      err: "entente list: Unknown option '--bogus'. See “npm run cli -- list --help”.",
    });
    expect(await cli('show', 'agreement')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^entente show: Missing required argument 'id'\. See/),
    });
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^entente: Unknown command 'frobnicate'\. Run “npm run cli -- help” for the list\.$/),
    });
  });
});

describe('cli: parties by name, as in the app', () => {
  let register: ReturnType<typeof demoRegister>;
  beforeAll(() => {
    register = demoRegister(join(shared, 'demo.sqlite'));
  });

  it('`list agreements --party Japan` finds the arrangement of Japan’s air force (a party under Japan)', async () => {
    const result = await runCliProcess(['list', 'agreements', '--party', 'Japan', '--db', register.file]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // The title is the last column, whole.
    expect(result.stdout).toMatch(/ {2}Technical Arrangement between the Italian and Japanese Air [^…\n]+$/m);
    expect(result.stdout).toContain(register.ids.technicalArrangement);
    for (const name of ['jasdf', '防衛省', register.ids.japan]) {
      const json = JSON.parse((await cli('list', 'agreements', '--party', name, '--db', register.file, '--json')).out);
      expect(json.count, name).toBe(1);
    }
  });

  it('an ambiguous name lists the parties it could mean (exit 2); an unknown one says so (exit 3)', async () => {
    const ambiguous = await runCliProcess(['list', 'meetings', '--party', 'jcg', '--db', register.file]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toBe(
      `entente list: “jcg” names 2 parties: Japan Coast Guard (${register.ids.coastGuard}), ` +
        `Joint Command Group (${register.ids.command}). Give the id.\n`,
    );
    const unknown = await runCliProcess(['list', 'agreements', '--party', 'Narnia', '--db', register.file]);
    expect(unknown).toMatchObject({
      code: 3,
      stdout: '',
      stderr: 'entente list: No party named “Narnia”. Give its exact name, short name, native name or id.\n',
    });
    // An id that is not a party's is not a party either.
    const agreement = register.ids.technicalArrangement;
    expect((await cli('list', 'meetings', '--party', agreement, '--db', register.file)).code).toBe(3);
  });

  it('report takes party names too', async () => {
    const out = `${tempDbFile()}.csv`;
    const result = await cli(
      'report',
      '--db',
      register.file,
      '--format',
      'csv',
      '--out',
      out,
      '--party',
      'Italy,Japan',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Wrote .*\.csv \(CSV, \d+ records, \d+ events, UNCLASSIFIED, \d+ KB\)\.$/);
    expect((await cli('report', '--db', register.file, '--format', 'csv', '--out', out, '--party', 'x')).code).toBe(3);
  });
});

describe('cli: show tells the whole record', () => {
  it('an agreement with its parties and roles, areas, tags and what refers to it; a meeting with its links', async () => {
    const { file, ids } = demoRegister();
    const agreement = await cli('show', 'agreement', ids.technicalArrangement, '--db', file);
    expect(agreement.code).toBe(0);
    expect(agreement.out).toMatch(/^Agreement · Technical Arrangement between the Italian and Japanese Air Forces$/m);
    expect(agreement.out).toMatch(
      /^Parties:\n {2}• Italian Air Force \(\w{26}\) — Signatory\n {2}• Japan Air Self-Defense Force/m,
    );
    expect(agreement.out).toMatch(/^Areas: Training$/m);
    expect(agreement.out).toMatch(/^Tags: IFTS, pilot training$/m);
    expect(agreement.out).toMatch(/^Referred to by:\n {2}• Meeting “Italy–Japan defence ministers’ meeting/m);
    expect(agreement.out).toMatch(/^Status timeline:\n {2}• unknown — Signed: /m);
    const meeting = await cli('show', 'meeting', ids.ministerialMeeting, '--db', file);
    expect(meeting.out).toMatch(/^Links:\n {2}• Agreement: Technical Arrangement between the Italian/m);
    expect(meeting.out).toMatch(/^ {2}• Programme: Tempest \(\w{26}\)$/m);
    expect(meeting.out).toMatch(/^Participants:\n {2}• Lorenzo Guerini \(\w{26}\) — Italian Ministry of Defence/m);
    const json = JSON.parse((await cli('show', 'meeting', ids.ministerialMeeting, '--db', file, '--json')).out);
    expect(json.titles.map((t: { title: string }) => t.title)).toContain('Tempest');
    expect(json.referredToBy).toEqual([]);
  });
});
