/**
 * The set-up every CLI test of the processes suite shares: a temporary folder, the worker bundle and the CLI bundle
 * built once before the tests' own time, registers with the seed article's records, and second processes
 * (actor.ts) that are killed after each test. Call once at the top of a test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { openDatabase } from '../../../db/store/open';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { DatabaseHost } from '../../../electron/node/worker/host';
import { runCliProcess } from '../../electron/node/cli/process';
import { startActor, type Actor } from './support';

export interface ProcessSuite {
  /** The test file's temporary folder (removed after all its tests). */
  readonly root: string;
  /** The database worker bundle, for `host` actors. */
  readonly workerScript: string;
  /** The number in the newest name handed out (register-<n>.sqlite). */
  readonly n: number;
  /** The next number, for a file name of its own. */
  next(): number;
  /** A register with the seed article's records, closed (its WAL checkpointed into the file). */
  register(): string;
  /** A second process doing `action` on `file`, killed after the test. */
  actor(action: string, file: string, extra?: string): Promise<Actor>;
  /**
   * A window on `file` in this process: the preview's and the desktop app's own DatabaseHost, claiming the register
   * as the preview does; closed after the test. `onNotice` hears what the window would show.
   */
  window(file: string, onNotice?: (message: string) => void): Promise<DatabaseHost>;
  /** The CLI as a real process (`node scripts/cli.mjs …`). */
  cli(...args: string[]): ReturnType<typeof runCliProcess>;
}

export function processSuite(prefix: string): ProcessSuite {
  let root = '';
  let workerScript = '';
  let n = 0;
  const actors: Actor[] = [];
  const windows: DatabaseHost[] = [];
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), `entente-${prefix}-`));
    workerScript = await workerBundle();
    await runCliProcess(['--help']); // builds the CLI bundle once, outside the tests' own time
  }, 300_000);
  afterEach(async () => {
    for (const window of windows.splice(0).reverse()) await window.close();
    for (const actor of actors.splice(0).reverse()) await actor.kill();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    get root() {
      return root;
    },
    get workerScript() {
      return workerScript;
    },
    get n() {
      return n;
    },
    next: () => ++n,
    register() {
      const file = join(root, `register-${++n}.sqlite`);
      const db = openDatabase(file);
      loadSeedArticle(db);
      db.close();
      return file;
    },
    async actor(action, file, extra) {
      const started = await startActor(action, file, extra);
      actors.push(started);
      return started;
    },
    async window(file, onNotice) {
      const started = await DatabaseHost.start({
        workerScript,
        databaseFile: file,
        transport: 'preview',
        appVersion: 'test',
        hostServices: {},
        owner: 'preview',
        ...(onNotice ? { onNotice: (notice: { message: string }) => onNotice(notice.message) } : {}),
      });
      windows.push(started);
      return started;
    },
    cli: (...args) => runCliProcess(args),
  };
}
