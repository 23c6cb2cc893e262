/**
 * A window that opened read-only because another Entente owned the register (issue 15, as a tester met it): it must
 * not stay read-only naming a dead owner, and must not go on showing — or writing into — a file the owner replaced
 * by restoring a backup. The owner is a real second process (actor.ts `host`); the window is the preview's and the
 * desktop app's own DatabaseHost, in this process. Taking the register over reopens connections in the workers it
 * has; it starts none.
 */
import { describe, expect, it } from 'vitest';
import type { DatabaseHost } from '../../../electron/node/worker/host';
import { peekOnce } from '../../support/temp-db';
import { processSuite } from './suite';

const suite = processSuite('read-only-window');
const { register, actor } = suite;

const party = (name: string) => ({ kind: 'party', draft: { name, type: 'state' } }) as never;
const partyNames = (file: string) =>
  peekOnce(file, (db) =>
    (db.prepare('SELECT name FROM parties ORDER BY name').all() as { name: string }[]).map((r) => r.name),
  );

async function titles(host: DatabaseHost): Promise<string[]> {
  const list = await host.call('records.list', { kind: 'party' });
  if (!list.ok) throw new Error(list.error.message);
  return list.value.map((r) => r.title);
}

describe('a read-only window whose owner has ended', () => {
  for (const ending of ['closes', 'crashes'] as const) {
    it(`takes the claim on its next write when the owner ${ending}, and saves into the register`, async () => {
      const file = register();
      const owner = await actor('host', file, suite.workerScript);
      await owner.line(/"ready":true/);
      const notices: string[] = [];
      const win = await suite.window(file, (message) => notices.push(message));
      expect(win.readOnly).toMatch(/another window/);
      expect(await owner.call('records.create', party('Chile'))).toMatchObject({ ok: true });
      const workers = win.threads;

      if (ending === 'closes') await owner.stop();
      else await owner.kill();

      const saved = await win.call('records.create', party('Australia'));
      expect(saved).toMatchObject({ ok: true });
      // Taken over in place: the same worker threads, their connections reopened for writing — none restarted (the
      // first save waited for two workers to start, 10–40 s on a loaded machine).
      expect(win.threads).toEqual(workers);
      expect(win.readOnly).toBeNull();
      const info = await win.call('app.info', {});
      expect(info.ok && (info.value as { readOnly?: string }).readOnly).toBeUndefined();
      expect(notices.join('\n')).toMatch(/can change it now/);
      expect(partyNames(file)).toEqual(expect.arrayContaining(['Australia', 'Chile']));
      // It owns the register now: another Entente (a real second process) opening it is the read-only one.
      const next = await actor('host', file, suite.workerScript);
      const ready = JSON.parse(await next.line(/"ready":true/)) as { readOnly: string | null };
      expect(ready.readOnly).toMatch(new RegExp(`another window \\(the Entente preview, pid ${process.pid},`));
    }, 180_000);
  }

  it('notices on a later read that the owner has gone, and says it is no longer read-only', async () => {
    const file = register();
    const owner = await actor('host', file, suite.workerScript);
    await owner.line(/"ready":true/);
    const win = await suite.window(file);
    expect(win.readOnly).not.toBeNull();
    await owner.stop();
    await expect
      .poll(async () => {
        const info = await win.call('app.info', {});
        return info.ok ? ((info.value as { readOnly?: string | null }).readOnly ?? null) : 'failed';
      })
      .toBeNull();
  }, 180_000);
});

describe('a read-only window whose owner restores a backup', () => {
  it('reloads the restored register instead of showing the replaced one, and writes only into the restored file', async () => {
    const file = register();
    const owner = await actor('host', file, suite.workerScript);
    await owner.line(/"ready":true/);
    const win = await suite.window(file);
    const backup = await owner.call('backups.create', {});
    expect(backup).toMatchObject({ ok: true });
    expect(await owner.call('records.create', party('After the backup'))).toMatchObject({ ok: true });
    expect(await titles(win)).toContain('After the backup');

    const restored = await owner.call('backups.restore', { name: (backup.value as { name: string }).name });
    expect(restored).toMatchObject({ ok: true });
    await expect.poll(() => titles(win)).not.toContain('After the backup');

    // The owner ends; the window takes over and its save lands in the restored file, not the replaced one.
    await owner.stop();
    expect(await win.call('records.create', party('Written after the restore'))).toMatchObject({ ok: true });
    const names = partyNames(file);
    expect(names).toContain('Written after the restore');
    expect(names).not.toContain('After the backup');
  }, 240_000);
});
