/**
 * Fuzzing the one door into the data: 10,000 random and malformed requests through dispatch()
 * — the function IPC and the preview server both call — spread over every contract entry:
 * wrong types, huge strings, deep nesting, prototype-pollution keys, unknown fields, and
 * well-formed requests naming records that do not exist. Every one must be answered (never
 * thrown) with { ok: false, error: { code, message } } and a message a person can read, and
 * nothing may be written: the database file's bytes and the audit trail stay as they were.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../db/demo/seed-article';
import { ERROR_CODES } from '../../electron/common/domain/errors';
import { CONTRACT, type ChannelName } from '../../electron/common/contract';
import type { HandlerContext } from '../../electron/node/handlers/context';
import { dispatch } from '../../electron/node/handlers/dispatch';
import { openTempDb } from '../support/temp-db';
import { seededRandom } from './crash-harness';
import { Store } from '../../db/store';

const TOTAL = 10_000;
const CHANNELS = Object.keys(CONTRACT) as ChannelName[];

/** Valid-looking ULIDs that name nothing in the database. */
const GHOSTS = [
  '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  '7ZZZZZZZZZZZZZZZZZZZZZZZZZ',
  '00000000000000000000000000',
];

/** Channels where a well-formed request naming a record (or backup) that does not exist must be refused. */
const MUST_REFUSE_WHEN_WELL_FORMED = new Set<ChannelName>([
  'records.get',
  'records.update',
  'records.delete',
  'status.add',
  'status.update',
  'status.remove',
  'status.asOf',
  'records.create',
  'backups.verify',
  'backups.restore',
]);

/** A plausible request per channel, to mutate into near misses. */
function template(name: ChannelName, pick: <T>(items: readonly T[]) => T): Record<string, unknown> {
  const ghost = pick(GHOSTS);
  const byName: Partial<Record<ChannelName, Record<string, unknown>>> = {
    'records.list': { kind: 'agreement', text: 'japan', statuses: ['signed'], from: '2019', to: '2022' },
    'records.titles': { kinds: ['party', 'person'] },
    'records.get': { kind: 'party', id: ghost },
    'records.create': { kind: 'person', draft: { name: 'Ghost person', partyId: ghost, roleFrom: '2019' } },
    'records.update': { kind: 'party', id: ghost, draft: { name: 'Ghost', type: 'state' }, expectedVersion: 1 },
    'records.delete': { kind: 'meeting', id: ghost, detach: true },
    'records.dependents': { id: ghost },
    'records.audit': { id: ghost, limit: 10 },
    'status.add': { kind: 'agreement', recordId: ghost, event: { status: 'signed', date: '2021' } },
    'status.update': {
      kind: 'programme',
      recordId: ghost,
      eventId: pick(GHOSTS),
      event: { status: 'concept', date: '2019' },
    },
    'status.remove': { kind: 'meeting', recordId: ghost, eventId: pick(GHOSTS) },
    'status.asOf': { kind: 'working_group', recordId: ghost, asOf: 'Jan 2021' },
    'backups.verify': { name: 'entente-2020-01-01T00-00-00-000Z.sqlite' },
    'backups.restore': { name: 'pre-restore-2021-02-03T04-05-06-007Z.sqlite' },
    'backups.settings': { keep: 10 },
    'integrity.check': { deep: false },
    'bundle.import': { text: '{"format":"entente-bundle"}', dryRun: true },
    'history.undo': { expectedChangeId: 1 },
    'history.redo': { expectedChangeId: 1 },
  };
  return structuredClone(byName[name] ?? {});
}

function junk(random: () => number, depth = 0): unknown {
  const choice = Math.floor(random() * 22);
  switch (choice) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return random() < 0.5;
    case 3:
      return Math.floor((random() - 0.5) * 2 ** 53);
    case 4:
      return [NaN, Infinity, -Infinity, -0, 1e308, 5e-324][Math.floor(random() * 6)];
    case 5:
      return '';
    case 6:
      return 'x'.repeat(Math.floor(random() * 300_000));
    case 7:
      return '\u0000\u202e\ud800💥\n\r\t<script>alert(1)</script>' + "'; DROP TABLE records; --";
    case 8:
      return GHOSTS[Math.floor(random() * GHOSTS.length)];
    case 9:
      return ['party', 'agreement', 'meeting', 'programme', 'working_group', 'person', 'nonsense'][
        Math.floor(random() * 7)
      ];
    case 10:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    case 11:
      return { toString: 'not a function', valueOf: 42, hasOwnProperty: null };
    case 12:
      return Array.from({ length: Math.floor(random() * 2000) }, (_, i) => i);
    case 13: {
      let nested: unknown = 'bottom';
      for (let i = 0; i < 200; i++) nested = random() < 0.5 ? [nested] : { a: nested };
      return nested;
    }
    case 14:
      return new Date(0);
    case 15:
      return depth < 3
        ? { kind: junk(random, depth + 1), id: junk(random, depth + 1), draft: junk(random, depth + 1) }
        : {};
    case 16:
      return depth < 3 ? [junk(random, depth + 1), junk(random, depth + 1)] : [];
    case 17:
      return '2021-13-45';
    case 18:
      return 'entente-9999-99-99T99-99-99-999Z.sqlite';
    case 19:
      return '../../etc/passwd';
    case 20:
      return -1;
    default:
      return { [`k${Math.floor(random() * 1000)}`]: 'unexpected' };
  }
}

function setDeep(target: Record<string, unknown>, random: () => number, value: unknown): void {
  const keys = Object.keys(target);
  if (keys.length === 0) {
    target[random() < 0.5 ? 'unexpected' : '__proto__'] = value;
    return;
  }
  const key = keys[Math.floor(random() * keys.length)]!;
  const inner = target[key];
  if (inner && typeof inner === 'object' && !Array.isArray(inner) && random() < 0.5)
    setDeep(inner as Record<string, unknown>, random, value);
  else target[key] = value;
}

/** One malformed request for a channel. */
function candidate(name: ChannelName, random: () => number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const mode = random();
  if (mode < 0.2) return junk(random);
  const payload = template(name, pick);
  if (mode < 0.55) setDeep(payload, random, junk(random));
  else if (mode < 0.7) payload[pick(['extra', '__proto__', 'constructor', 'prototype', 'then'])] = junk(random);
  else if (mode < 0.8) delete payload[pick(Object.keys(payload).length ? Object.keys(payload) : ['kind'])];
  else if (mode < 0.9)
    return JSON.parse(JSON.stringify({ ...payload, __proto__: { isAdmin: true } }).replace('"isAdmin"', '"polluted"'));
  return payload;
}

function namesNothingThatExists(parsed: unknown): boolean {
  const text = JSON.stringify(parsed) ?? '';
  return GHOSTS.some((g) => text.includes(g)) || /(entente|pre-restore)-20(20|21)-/.test(text);
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(|node:internal/;

describe('fuzz: 10,000 malformed requests through dispatch()', () => {
  it('answers every one with { ok:false, error:{code,message} }, clearly, and writes nothing', async () => {
    const { db, file } = openTempDb();
    loadSeedArticle(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const ctx: HandlerContext = {
      store: Store.over(db),
      databaseFile: file,
      transport: 'preview',
      appVersion: 'fuzz',
      host: {},
    };
    const fingerprint = () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      return createHash('sha256').update(readFileSync(file)).digest('hex');
    };
    const auditCount = () => (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    const bytesBefore = fingerprint();
    const auditBefore = auditCount();
    const random = seededRandom(424242);
    const perChannel = new Map<string, number>();
    const codes = new Map<string, number>();
    const failures: string[] = [];
    let wellFormed = 0;
    let sent = 0;
    for (let attempt = 0; sent < TOTAL && attempt < TOTAL * 20; attempt++) {
      const name = CHANNELS[attempt % CHANNELS.length]!;
      const payload = candidate(name, random);
      const parsed = CONTRACT[name].input.safeParse(payload ?? {});
      const schemaValid = parsed.success;
      // A well-formed request is only part of the corpus where it must be refused: it names a record or backup that does not exist.
      if (schemaValid && (!MUST_REFUSE_WHEN_WELL_FORMED.has(name) || !namesNothingThatExists(parsed.data))) continue;
      sent += 1;
      if (schemaValid) wellFormed += 1;
      perChannel.set(name, (perChannel.get(name) ?? 0) + 1);
      let reply: Awaited<ReturnType<typeof dispatch>>;
      try {
        reply = await dispatch(ctx, name, payload);
      } catch (error) {
        failures.push(`${name}: threw ${String(error).slice(0, 200)}`);
        continue;
      }
      if (reply.ok) {
        failures.push(`${name}: accepted ${JSON.stringify(payload)?.slice(0, 200)}`);
        continue;
      }
      const { code, message } = reply.error;
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (!(ERROR_CODES as readonly string[]).includes(code)) failures.push(`${name}: unknown code ${code}`);
      if (typeof message !== 'string' || message.trim() === '') failures.push(`${name}: empty message`);
      else if (STACK.test(message)) failures.push(`${name}: stack trace in message: ${message.slice(0, 200)}`);
      else if (message.length > 2000)
        failures.push(`${name}: message of ${message.length} characters (${message.slice(0, 120)}…)`);
      if (!schemaValid && code !== 'VALIDATION')
        failures.push(`${name}: malformed input answered ${code}: ${message.slice(0, 120)}`);
      if (sent % 1000 === 0 && auditCount() !== auditBefore)
        failures.push(`after ${sent} requests the audit trail grew`);
      if (
        ({} as Record<string, unknown>).polluted !== undefined ||
        ({} as Record<string, unknown>).isAdmin !== undefined
      )
        failures.push(`${name}: Object.prototype was polluted`);
    }
    // Names that are not in the contract at all.
    for (const bogus of [
      '__proto__',
      'constructor',
      'toString',
      'records.get ',
      'RECORDS.GET',
      '',
      'x'.repeat(10_000),
      42,
      null,
    ]) {
      const reply = await dispatch(ctx, bogus, {});
      if (reply.ok || reply.error.code !== 'NOT_FOUND' || reply.error.message.length > 200)
        failures.push(`bogus channel ${String(bogus).slice(0, 20)}: ${JSON.stringify(reply).slice(0, 200)}`);
    }
    console.log(
      `[fuzz] ${sent} requests over ${perChannel.size} channels (${wellFormed} well-formed naming nothing that exists); ` +
        `answers: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}; problems: ${failures.length}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBe(TOTAL);
    expect(perChannel.size).toBe(CHANNELS.length);
    expect(auditCount()).toBe(auditBefore);
    expect(fingerprint()).toBe(bytesBefore);
  }, 180_000);
});
