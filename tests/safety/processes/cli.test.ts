/**
 * The command line where another process, a lock or a damaged file meets it (issue 15), each CLI run a real process
 * (`node scripts/cli.mjs`, what `npm run cli --` runs) beside a real second process (actor.ts): another Entente that
 * owns the register, another program holding its write lock, a register damaged or cut short on disk, a backup
 * restored from a file copied by hand.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../db/store';
import { peekOnce } from '../../support/temp-db';
import { CLI_SCRIPT } from '../../electron/node/cli/process';
import { processSuite } from './suite';
import { damagePage } from './support';

const suite = processSuite('processes-cli');
const { register, actor, cli } = suite;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const partyNames = (file: string) =>
  peekOnce(file, (db) =>
    (db.prepare('SELECT name FROM parties ORDER BY name').all() as { name: string }[]).map((r) => r.name),
  );
const SQLITE_WORDS = /SQLITE_|database is locked/;

/** Writes a bundle of new parties with the CLI's export, from a fresh register of its own. */
async function bundleOf(names: string[]): Promise<string> {
  const source = join(suite.root, `source-${suite.next()}.sqlite`);
  const store = Store.open(source);
  for (const name of names) store.createRecord('party', { name, type: 'state' });
  store.close();
  const bundle = join(suite.root, `bundle-${suite.n}.json`);
  expect((await cli('export', '--db', source, '--out', bundle)).code).toBe(0);
  return bundle;
}

/** A CLI process whose stderr can be waited on line by line while it runs. */
function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI_SCRIPT, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  const waiters: { match: RegExp; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const w of waiters.filter((w) => w.match.test(stderr))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })),
  );
  return {
    done,
    stderrSays: (match: RegExp) =>
      new Promise<void>((resolve, reject) => {
        if (match.test(stderr)) return resolve();
        waiters.push({ match, resolve });
        void done.then(() => reject(new Error(`the CLI ended before saying ${match}: ${stderr}`)));
      }),
  };
}

describe('cli: restore beside a plain SQLite program', () => {
  it('is refused while another program has the register open without a lock, and goes ahead once it closes', async () => {
    const file = register();
    const backup = join(suite.root, `backups-${suite.n}`);
    expect((await cli('backup', '--db', file, '--dir', backup)).code).toBe(0);
    const backupFile = join(
      backup,
      readdirSync(backup).find((f) => f.endsWith('.sqlite'))!,
    );
    const before = readFileSync(file);

    const other = await actor('open-idle', file);
    await other.line(/^holding$/);
    const refused = await cli('restore', '--db', file, '--from', backupFile, '--dir', backup);
    expect(refused.stderr).toMatch(
      new RegExp(`Another program has this register open \\(node, pid ${other.child.pid}\\).*Nothing was restored`),
    );
    expect(refused.code).toBe(5);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(suite.root).filter((f) => f.includes('.replaced-'))).toEqual([]);

    await other.stop();
    const restored = await cli('restore', '--db', file, '--from', backupFile, '--dir', backup);
    expect(restored.stdout).toMatch(/^Restored 17 records from /m);
    expect(restored.code).toBe(0);
  }, 180_000);
});

describe('cli: one register, one owner', () => {
  it('while another Entente owns the register, import, undo and restore are refused naming it; nothing is swapped or lost', async () => {
    const file = register();
    const bundle = await bundleOf(['Australia', 'Chile']);
    const backup = join(suite.root, `backups-${suite.n}`);
    expect((await cli('backup', '--db', file, '--dir', backup)).code).toBe(0);
    const backupFile = join(
      backup,
      readdirSync(backup).find((f) => f.endsWith('.sqlite'))!,
    );

    const owner = await actor('host', file, suite.workerScript);
    const { pid } = JSON.parse(await owner.line(/"ready":true/)) as { pid: number };
    const named = new RegExp(`Entente is open on this register in another window \\(the Entente preview, pid ${pid}, `);

    const imported = await cli('import', '--db', file, '--in', bundle);
    expect(imported.stderr).toMatch(named);
    expect(imported.code).toBe(5);
    expect(partyNames(file)).not.toContain('Australia');

    const undone = await cli('undo', '--db', file);
    expect(undone.stderr).toMatch(named);
    expect(undone.code).toBe(5);

    const restored = await cli('restore', '--db', file, '--from', backupFile);
    expect(restored.stderr).toMatch(named);
    expect(restored.code).toBe(5);
    expect(readdirSync(suite.root).filter((f) => f.includes('.replaced-'))).toEqual([]);

    // Reading and taking a backup go on beside the owner: they change nothing.
    expect((await cli('list', 'parties', '--db', file)).code).toBe(0);
    expect((await cli('backup', '--db', file, '--dir', backup)).code).toBe(0);

    // The owner's save after the refused restore is in the register, also once the owner has gone (issue 15, 1).
    expect(
      await owner.call('records.create', { kind: 'party', draft: { name: 'Kenya', type: 'state' } }),
    ).toMatchObject({
      ok: true,
    });
    await owner.stop();
    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stdout).toContain('Kenya');

    // With the owner gone, the same import goes through.
    expect((await cli('import', '--db', file, '--in', bundle)).code).toBe(0);
    expect(partyNames(file)).toEqual(expect.arrayContaining(['Australia', 'Chile', 'Kenya']));
    expect(existsSync(`${file}.owner`)).toBe(false); // the CLI gave its claim back
  }, 240_000);
});

describe('cli: busy is not damage', () => {
  it('while another program holds the write lock: check says busy (exit 5), a write tries again, then says busy in our words', async () => {
    const file = register();
    const bundle = await bundleOf(['Australia']);
    const holder = await actor('hold-lock', file);
    await holder.line(/^holding$/);
    const before = sha(file);

    const check = await cli('check', '--db', file);
    expect(check.stdout).toMatch(/^busy {2}search_index: The register is busy in another program/m);
    expect(check.stdout + check.stderr).not.toMatch(/damaged|FAIL/);
    expect(check.code).toBe(5);

    const imported = await startCli(['import', '--db', file, '--in', bundle], { ENTENTE_BUSY_WAIT_MS: '2500' }).done;
    expect(imported.stderr).toMatch(/^The register is busy in another program; trying again…$/m);
    expect(imported.stderr).toMatch(/entente import: The register is busy in another program .*nothing was changed/);
    expect(imported.stderr).not.toMatch(SQLITE_WORDS);
    expect(imported.code).toBe(5);

    const restore = await cli('restore', '--db', file, '--from', bundle);
    expect(restore.code).not.toBe(0);
    expect(sha(file)).toBe(before);
    expect(partyNames(file)).not.toContain('Australia');
  }, 240_000);

  it('a write that meets the lock goes through once the other program lets go', async () => {
    const file = register();
    const bundle = await bundleOf(['Australia']);
    const holder = await actor('hold-lock', file);
    await holder.line(/^holding$/);
    const run = startCli(['import', '--db', file, '--in', bundle]);
    await run.stderrSays(/trying again…/);
    await holder.stop();
    const result = await run.done;
    expect(result.stdout).toMatch(/Did\s+create:\s+1/);
    expect(result.code).toBe(0);
    expect(partyNames(file)).toContain('Australia');
  }, 240_000);

  it('restore refuses while another program holds the lock, and swaps nothing', async () => {
    const file = register();
    const backup = join(suite.root, `backups-lock-${suite.n}`);
    expect((await cli('backup', '--db', file, '--dir', backup)).code).toBe(0);
    const backupFile = join(
      backup,
      readdirSync(backup).find((f) => f.endsWith('.sqlite'))!,
    );
    const holder = await actor('hold-lock', file);
    await holder.line(/^holding$/);
    const before = sha(file);
    const restored = await cli('restore', '--db', file, '--from', backupFile, '--dir', backup);
    expect(restored.stderr).toMatch(/busy in another program .*nothing was restored/);
    expect(restored.code).toBe(5);
    expect(sha(file)).toBe(before);
    expect(
      readdirSync(suite.root).filter((f) => f.startsWith(`register-${suite.n}.sqlite`) && f.includes('.replaced-')),
    ).toEqual([]);
  }, 240_000);
});

describe('cli: a damaged register', () => {
  it('list and show still answer but warn how to recover; import refuses and writes nothing', async () => {
    const file = register();
    const bundle = await bundleOf(['Australia']);
    const japan = peekOnce(file, (db) => db.prepare(`SELECT id FROM parties WHERE name LIKE '%Japan%'`).get()) as {
      id: string;
    };
    // The audit trail's page: list and show do not read it, so they can answer; every check finds it.
    const bytes = damagePage(file, 'audit');
    const warning =
      /^Warning: the register is damaged \(parts of the file were overwritten or cannot be read: the history of changes\); what follows may be incomplete.*restore --db/m;

    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stdout).toMatch(/Japan/);
    expect(listed.stderr).toMatch(warning);
    expect(listed.code).toBe(0);

    const shown = await cli('show', 'party', japan.id, '--db', file);
    expect(shown.stdout).toMatch(/Japan/);
    expect(shown.stderr).toMatch(warning);

    const imported = await cli('import', '--db', file, '--in', bundle);
    expect(imported.stderr).toMatch(/The register is damaged \(.*\): nothing was changed\. See what is wrong/);
    expect(imported.stderr).not.toMatch(/bundle does not fit/);
    expect(imported.code).toBe(4);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 240_000);

  it('a register cut short is damaged, not "not an Entente database"; a file that is not one still is', async () => {
    const file = register();
    truncateSync(file, 50_000);
    const listed = await cli('list', 'parties', '--db', file);
    expect(listed.stderr).toMatch(/is damaged \(the file was cut short: .*\)\. It has not been changed/);
    expect(listed.stderr).not.toMatch(/not an Entente database/);
    expect(listed.code).toBe(4);

    const notes = join(suite.root, 'notes.sqlite');
    writeFileSync(notes, 'these are my meeting notes, not a database'.repeat(200));
    const foreign = await cli('list', 'parties', '--db', notes);
    expect(foreign.stderr).toMatch(/is not an Entente database/);
  }, 120_000);
});

describe('cli: restore says when the backup was taken', () => {
  it('a backup copied by hand (no manifest, no time in its name) is restored with the time its file was written', async () => {
    const file = register();
    const backup = join(suite.root, `backups-time-${suite.n}`);
    expect((await cli('backup', '--db', file, '--dir', backup)).code).toBe(0);
    const copy = join(suite.root, `copied-by-hand-${suite.n}.sqlite`);
    copyFileSync(
      join(
        backup,
        readdirSync(backup).find((f) => f.endsWith('.sqlite'))!,
      ),
      copy,
    );
    const written = new Date('2025-03-05T10:20:30Z');
    utimesSync(copy, written, written);
    const restored = await cli('restore', '--db', file, '--from', copy, '--dir', backup);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain(`from copied-by-hand-${suite.n}.sqlite (2025-03-05 10:20:30 UTC) into ${file}`);
    expect(restored.code).toBe(0);
  }, 120_000);
});
