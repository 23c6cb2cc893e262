/**
 * Damage said in the person's words (issue 15, as a tester met it): a banner says "damaged" once, never inside
 * another banner; SQLite's own words ("database disk image is malformed", "file is not a database") never reach
 * it; a file cut short is called cut short, one overwritten in places is called damaged. The CLI is a real process;
 * the window is the preview's and the desktop app's DatabaseHost.
 */
import { truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/common/domain/errors';
import { processSuite } from './suite';
import { damagePage } from './support';

const suite = processSuite('damage-words');
const { register, cli } = suite;

const SQLITE_WORDS = /malformed|not a database|SQLITE_|disk image/i;
const OVERWRITTEN = 'parts of the file were overwritten or cannot be read';
const times = (text: string, word: RegExp) => text.match(new RegExp(word, 'g'))?.length ?? 0;

describe('a register overwritten in places', () => {
  it('opens with one banner saying it is damaged, in words, not SQLite’s', async () => {
    const file = register();
    damagePage(file, 'meetings');
    const win = await suite.window(file);
    const banner = win.readOnly ?? '';
    expect(banner).toContain(`This register is damaged (${OVERWRITTEN}: meetings)`);
    expect(banner).not.toMatch(SQLITE_WORDS);
    expect(times(banner, /damaged/)).toBe(1);
    await win.close();
    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stderr).toContain(`the register is damaged (${OVERWRITTEN}: meetings)`);
    expect(listed.stderr).not.toMatch(SQLITE_WORDS);
  }, 180_000);

  it('found damaged by a check during a session: the banner says so once, not a message inside a message', async () => {
    const file = register();
    const win = await suite.window(file);
    damagePage(file, 'people');
    const check = await win.call('integrity.check', { deep: true });
    expect(check).toMatchObject({ ok: true, value: { damaged: true, problem: `${OVERWRITTEN}: people` } });
    const details = check.ok ? check.value.checks.map((c) => c.detail).join('\n') : '';
    expect(details).not.toMatch(SQLITE_WORDS);
    const banner = win.readOnly ?? '';
    expect(banner).toMatch(
      /^This register is damaged \(parts of the file were overwritten or cannot be read: people\); it is now read-only/,
    );
    expect(times(banner, /damaged/)).toBe(1);
    expect(banner).not.toMatch(SQLITE_WORDS);
    await win.close();
  }, 180_000);
});

describe('what check and backup say of a damaged register', () => {
  it('check names the damaged part in words, and backup blames the register, not the backups folder', async () => {
    const file = register();
    damagePage(file, 'meetings');
    for (const deep of [[], ['--deep']]) {
      const run = await cli('check', ...deep, '--db', file);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`FAIL  (quick|integrity)_check: ${OVERWRITTEN}: meetings`));
      expect(run.stdout + run.stderr).not.toMatch(SQLITE_WORDS);
    }
    const backup = await cli('backup', '--db', file);
    expect(backup.code).not.toBe(0);
    expect(backup.stderr).toContain(`No backup was taken: the register is damaged (${OVERWRITTEN}: meetings)`);
    expect(backup.stderr).not.toMatch(/could not be written to|SQLITE_|malformed/);
  }, 180_000);
});

describe('a register cut short', () => {
  it('is called cut short by the window and the CLI, never "not a database" or "malformed"', async () => {
    const file = register();
    truncateSync(file, 50_000);
    let said: string;
    try {
      const win = await suite.window(file);
      said = win.readOnly ?? '';
      await win.close();
    } catch (error) {
      said = error instanceof AppError ? error.message : String(error);
    }
    expect(said).toMatch(/cut short: it ends after 49 KB, but its own header says \d+ KB/);
    expect(said).not.toMatch(SQLITE_WORDS);

    for (const args of [['list', 'parties'], ['check']]) {
      const run = await cli(...args, '--db', file);
      expect(run.stdout + run.stderr).toMatch(/cut short/);
      expect(run.stderr).not.toMatch(SQLITE_WORDS);
    }
  }, 180_000);
});
