/**
 * Two registers in one folder share `<folder>/backups` (issue 15): each CLI run a real process. A backup belongs to
 * one register — the clean-up of one never deletes the other's, and each lists only its own (an older backup whose
 * name carries no register is known by its manifest's source).
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../electron/node/cli/process';

let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'entente-shared-folder-'));
  await runCliProcess(['--help']); // builds the CLI bundle once, outside the tests' own time
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliProcess(args);

async function backupOf(file: string): Promise<string> {
  const made = await cli('backup', '--db', file, '--json');
  expect(made.code, made.stderr).toBe(0);
  return (JSON.parse(made.stdout) as { path: string }).path;
}

async function listed(file: string): Promise<string[]> {
  const list = await cli('backup', '--list', '--db', file, '--json');
  expect(list.code, list.stderr).toBe(0);
  return (JSON.parse(list.stdout) as { backups: { name: string }[] }).backups.map((b) => b.name);
}

describe('cli: registers sharing a folder keep their own backups', () => {
  it("one register's backup never deletes the other's, and each lists only its own", async () => {
    const folder = mkdtempSync(join(root, 'two-'));
    const r = join(folder, 'r.sqlite');
    const l = join(folder, 'l.sqlite');
    for (const file of [r, l]) expect((await cli('init', '--db', file)).code).toBe(0);

    const rBackup = await backupOf(r);
    const lBackup = await backupOf(l); // the same hour: the hourly rule keeps one backup per hour — of each register
    expect(existsSync(rBackup)).toBe(true);
    expect(existsSync(lBackup)).toBe(true);
    expect(await listed(r)).toEqual([rBackup.split('/').pop()]);
    expect(await listed(l)).toEqual([lBackup.split('/').pop()]);
  }, 120_000);

  it('an older backup without the register in its name belongs to the register its manifest names', async () => {
    const folder = mkdtempSync(join(root, 'old-'));
    const r = join(folder, 'r.sqlite');
    const l = join(folder, 'l.sqlite');
    for (const file of [r, l]) expect((await cli('init', '--db', file)).code).toBe(0);
    const made = await backupOf(r);
    // The name an older Entente gave it (no register stem); its manifest still names r.sqlite.
    const old = join(folder, 'backups', 'entente-2026-01-05T10-00-00-000Z.sqlite');
    renameSync(made, old);
    renameSync(`${made}.json`, `${old}.json`);

    await backupOf(l);
    await backupOf(l); // a second one the same hour: l's own first backup rotates out, r's stays
    expect(existsSync(old)).toBe(true);
    expect(await listed(r)).toEqual(['entente-2026-01-05T10-00-00-000Z.sqlite']);
    expect(await listed(l)).not.toContain('entente-2026-01-05T10-00-00-000Z.sqlite');
    expect(await listed(l)).toHaveLength(1);
  }, 120_000);
});
