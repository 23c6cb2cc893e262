/**
 * A second process that meets the register the test has open (bundled with esbuild and spawned by
 * tests/safety/processes/*.test.ts). What it does comes from argv; it says what happened on stdout, one line each,
 * and stops when its stdin closes (or it is killed).
 *   hold-lock <file>            holds the write lock (BEGIN IMMEDIATE) until told to stop
 *   exclusive <file>            another program in PRAGMA locking_mode=EXCLUSIVE that has written once: it holds
 *                               the file (no one else can even read it) until told to stop
 *   open-idle <file>            another program that has the register open and has read it once, holding no lock
 *                               (no transaction), until told to stop
 *   write <file>                writes continuously (one party per transaction), printing a count now and then
 *   host <file> <workerScript>  opens the register as a second Entente (the preview's host) and answers
 *                               JSON calls read from stdin ({"channel", "input"}) with one JSON line each
 */
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../db/store/open';
import { createRecord } from '../../../db/store/records';
import { DatabaseHost } from '../../../electron/node/worker/host';

const [action, file, extra] = process.argv.slice(2);
if (!action || !file) throw new Error('usage: actor <hold-lock|exclusive|write|host> <file> [workerScript]');
const say = (line: string) => process.stdout.write(`${line}\n`);
const stdinClosed = new Promise<void>((resolve) => process.stdin.on('end', resolve).on('close', resolve).resume());

async function holdLock(): Promise<void> {
  const db = new Database(file!, { timeout: 0 });
  db.exec('BEGIN IMMEDIATE');
  say('holding');
  await stdinClosed;
  db.exec('ROLLBACK');
  db.close();
}

async function exclusive(): Promise<void> {
  const db = new Database(file!, { timeout: 0 });
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec(
    'UPDATE settings SET value = value WHERE 0; CREATE TABLE IF NOT EXISTS other_program (x); INSERT INTO other_program VALUES (1)',
  );
  say('holding');
  await stdinClosed;
  db.close();
}

async function openIdle(): Promise<void> {
  const db = new Database(file!, { timeout: 0 });
  db.prepare('SELECT count(*) FROM parties').get();
  say('holding');
  await stdinClosed;
  db.close();
}

async function write(): Promise<void> {
  const db = openDatabase(file!);
  say('writing');
  let stop = false;
  void stdinClosed.then(() => (stop = true));
  for (let n = 1; !stop; n++) {
    createRecord(db, 'party', { name: `Busy party ${n}`, type: 'state' });
    if (n % 50 === 0) {
      say(`wrote ${n}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  db.close();
}

async function host(): Promise<void> {
  const database = await DatabaseHost.start({
    workerScript: extra!,
    databaseFile: file!,
    transport: 'preview',
    appVersion: 'second-process',
    hostServices: {},
    owner: 'preview',
  });
  say(JSON.stringify({ ready: true, pid: process.pid, readOnly: database.readOnly }));
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { channel, input } = JSON.parse(line) as { channel: string; input: unknown };
    say(new TextDecoder().decode(await database.callBytes(channel, input)));
  }
  await database.close();
}

const actions: Record<string, () => Promise<void>> = {
  'hold-lock': holdLock,
  exclusive,
  'open-idle': openIdle,
  write,
  host,
};
await actions[action]!();
