/**
 * Two guards of issue 15 met from outside, with real files and real processes: a backups folder that is a symlink
 * leading out of the register's folder is refused when it is set and again when it is used (another Entente, the
 * preview's host, in a second process); a preview whose port is taken by another listener exits 1 and gives the
 * register back instead of holding it with nothing serving it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claimRegister } from '../../../db/store';
import { buildRenderer, isRendererBuildStale, REPO_ROOT } from '../../../electron/node/preview/build';
import { processSuite } from './suite';

const suite = processSuite('folders-ports');
const { register, actor } = suite;

const outsiders: string[] = [];
/** A folder outside the register's folder (a sibling temporary folder), removed after the test. */
function outsideFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'entente-outside-'));
  outsiders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of outsiders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('a backups folder that is a symlink leading out of the register’s folder', () => {
  it('is refused when set, and nothing is written where it leads', async () => {
    const file = register();
    const outside = outsideFolder();
    const link = join(suite.root, `backups-link-${suite.next()}`); // beside the register: inside its folder by name
    symlinkSync(outside, link, 'dir');
    const owner = await actor('host', file, suite.workerScript);
    await owner.line(/"ready":true/);

    const set = await owner.call('backups.settings', { dir: link });
    expect(set.ok).toBe(false);
    expect(set.error?.code).toBe('VALIDATION');
    expect(set.error?.message).toMatch(/inside the register’s folder/);
    const listed = await owner.call('backups.list', {});
    expect((listed.value as { dir: string }).dir).not.toBe(link);
    expect(readdirSync(outside)).toEqual([]);
  }, 120_000);

  it('is refused at use when a folder set earlier has since become such a link', async () => {
    const file = register();
    const outside = outsideFolder();
    const folder = join(suite.root, `backups-${suite.next()}`);
    mkdirSync(folder);
    const owner = await actor('host', file, suite.workerScript);
    await owner.line(/"ready":true/);
    expect((await owner.call('backups.settings', { dir: folder })).ok).toBe(true);

    // Another program swaps the folder for a link leading out of the register's folder.
    renameSync(folder, `${folder}.moved`);
    symlinkSync(outside, folder, 'dir');
    const made = await owner.call('backups.create', {});
    expect(made.ok).toBe(false);
    expect(made.error?.code).toBe('VALIDATION');
    expect(readdirSync(outside)).toEqual([]);
  }, 120_000);
});

describe('a preview whose port is taken', () => {
  const listeners: Server[] = [];
  beforeAll(async () => {
    if (isRendererBuildStale()) await buildRenderer({ quiet: true });
  }, 300_000);
  afterEach(async () => {
    for (const listener of listeners.splice(0)) await new Promise((resolve) => listener.close(resolve));
  });

  it('exits 1 naming the taken port, and gives the register back', async () => {
    const file = register();
    const listener = createServer();
    listeners.push(listener);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as AddressInfo).port;

    const preview = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/node/preview/main.ts', '--db', file, '--port', String(port), '--no-build'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    preview.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => preview.on('close', resolve));

    expect(stderr).toMatch(/that port is taken/);
    expect(code).toBe(1);
    expect(existsSync(`${file}.owner`)).toBe(false);
    // Another Entente may now own it (it would be refused while the failed preview held the claim).
    claimRegister(file, 'cli').release();
  }, 180_000);
});
