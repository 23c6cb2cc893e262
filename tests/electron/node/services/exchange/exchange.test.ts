/**
 * Exchange bundles: export → import into an empty database gives back the very same records;
 * import into a non-empty one merges by id (newer wins), lists every conflict, drops nothing,
 * and a dry run writes nothing. The bundle matches its JSON Schema (draft 2020-12).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { INPUT_SCHEMAS } from '../../../../../electron/common/domain/schemas';
import * as V from '../../../../../electron/common/domain/vocab';
import { createRecord, getRecord, updateRecord } from '../../../../../db/store/records';
import { readHistory, redoLastChange, undoLastChange } from '../../../../../db/store/undo';
import { runCli } from '../../../../../electron/node/cli/main';
import {
  BUNDLE_VERSION,
  bundleText,
  exportBundle,
  importBundleText,
  parseBundleText,
  type Bundle,
} from '../../../../../electron/node/services/exchange';
import { openTempDb, tempDir } from '../../../../support/temp-db';
import { allRows } from '../../../../safety/support';
import { Store } from '../../../../../db/store';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../../electron/node/services/exchange/bundle.schema.json'), 'utf8'),
) as {
  $defs: Record<string, { properties: Record<string, { enum?: string[]; items?: unknown }> }>;
};

function seeded() {
  const { db, file } = openTempDb();
  const ids = loadSeedArticle(db);
  return { db, file, ids };
}

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

describe('exchange bundle: export → import', () => {
  it('is lossless into an empty database: every record deep-equal, ids, events, links, tags, timestamps and version kept', () => {
    const source = seeded();
    updateRecord(source.db, 'agreement', source.ids.technicalArrangement, {
      ...getRecord(source.db, 'agreement', source.ids.technicalArrangement),
      tags: ['training', 'IFTS'],
    });
    const bundle = exportBundle(Store.over(source.db));
    const target = openTempDb();
    const report = importBundleText(Store.over(target.db), bundleText(bundle));
    expect(report.created).toHaveLength(17);
    expect(report.conflicts).toEqual([]);
    for (const record of bundle.records) {
      const { id, kind } = record as { id: string; kind: V.RecordKind };
      expect(getRecord(target.db, kind, id)).toEqual(getRecord(source.db, kind, id));
    }
    expect(getRecord(target.db, 'agreement', source.ids.technicalArrangement).version).toBe(2);
    expect(exportBundle(Store.over(target.db), { now: new Date(bundle.exportedAt) }).records).toEqual(bundle.records);
  });

  it('writes parties before the people, agreements, programmes, meetings and working groups that refer to them', () => {
    const kinds = exportBundle(Store.over(seeded().db)).records.map((r) => r.kind as string);
    const order = ['party', 'person', 'agreement', 'programme', 'meeting', 'working_group'];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
  });

  it('matches its JSON Schema (draft 2020-12), and the schema names exactly the fields and vocabularies the app uses', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(schema);
    const bundle = JSON.parse(bundleText(exportBundle(Store.over(seeded().db)))) as Bundle;
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(bundle);
    (broken.records[0] as Record<string, unknown>).colour = 'red';
    expect(validate(broken)).toBe(false);
    for (const kind of V.RECORD_KINDS) {
      const fields = Object.keys(schema.$defs[kind]!.properties).filter(
        (k) => !['id', 'kind', 'createdAt', 'updatedAt', 'version'].includes(k),
      );
      expect(fields.sort(), kind).toEqual(Object.keys(INPUT_SCHEMAS[kind].shape).sort());
    }
    expect(schema.$defs.meeting!.properties.type!.enum).toEqual([...V.MEETING_KINDS]);
    expect(schema.$defs.agreement!.properties.type!.enum).toEqual([...V.AGREEMENT_KINDS]);
    expect(schema.$defs.party!.properties.type!.enum).toEqual([...V.PARTY_KINDS]);
  });
});

describe('exchange bundle: merging into a non-empty database', () => {
  function twoCopies() {
    const a = seeded();
    const b = openTempDb();
    importBundleText(Store.over(b.db), bundleText(exportBundle(Store.over(a.db))));
    return { a, b };
  }

  it('merges by id: newer wins either way, every conflict listed with both titles and timestamps, nothing dropped', () => {
    const { a, b } = twoCopies();
    const later = new Date(Date.now() + 60_000);
    const evenLater = new Date(Date.now() + 120_000);
    // Changed in the bundle only (newer there), and changed on both sides with the database's change newer.
    updateRecord(
      a.db,
      'party',
      a.ids.japan,
      { ...getRecord(a.db, 'party', a.ids.japan), notes: 'from the bundle' },
      { now: later },
    );
    updateRecord(
      b.db,
      'party',
      a.ids.italy,
      { ...getRecord(b.db, 'party', a.ids.italy), notes: 'kept in the database' },
      { now: evenLater },
    );
    updateRecord(
      a.db,
      'party',
      a.ids.italy,
      { ...getRecord(a.db, 'party', a.ids.italy), notes: 'older edit in the bundle' },
      { now: later },
    );
    const report = importBundleText(Store.over(b.db), bundleText(exportBundle(Store.over(a.db))));
    expect(report.total).toBe(17);
    expect(report.updated.map((i) => i.id)).toEqual([a.ids.japan]);
    expect(report.skippedOlder.map((i) => i.id)).toEqual([a.ids.italy]);
    expect(report.unchanged).toHaveLength(15);
    expect(report.created.length + report.updated.length + report.skippedOlder.length + report.unchanged.length).toBe(
      report.total,
    );
    expect(report.conflicts).toHaveLength(2);
    expect(report.conflicts.find((c) => c.id === a.ids.italy)).toMatchObject({
      resolution: 'database-newer',
      bundle: { title: 'Italy', updatedAt: later.toISOString() },
      database: { title: 'Italy', updatedAt: evenLater.toISOString() },
    });
    expect(report.conflicts.find((c) => c.id === a.ids.japan)).toMatchObject({
      resolution: 'bundle-newer',
      bundle: { title: 'Japan', updatedAt: later.toISOString() },
    });
    expect(getRecord(b.db, 'party', a.ids.japan).notes).toBe('from the bundle');
    expect(getRecord(b.db, 'party', a.ids.japan).updatedAt).toBe(later.toISOString());
    expect(getRecord(b.db, 'party', a.ids.italy).notes).toBe('kept in the database');
  });

  it('--dry-run reports the same plan and writes nothing', () => {
    const { a, b } = twoCopies();
    updateRecord(
      a.db,
      'party',
      a.ids.japan,
      { ...getRecord(a.db, 'party', a.ids.japan), notes: 'changed' },
      { now: new Date(Date.now() + 60_000) },
    );
    const text = bundleText(exportBundle(Store.over(a.db)));
    const before = allRows(b.db);
    const dry = importBundleText(Store.over(b.db), text, { dryRun: true });
    expect(allRows(b.db)).toEqual(before);
    const real = importBundleText(Store.over(b.db), text);
    expect({ ...dry, dryRun: false }).toEqual(real);
    expect(real.updated).toHaveLength(1);
  });

  it('imports as ONE transaction: a bundle that does not fit leaves the database exactly as it was', () => {
    const { a, b } = twoCopies();
    const bundle = exportBundle(Store.over(a.db));
    const meeting = bundle.records.find((r) => r.kind === 'meeting')!;
    // A second working group claiming a session meeting that already belongs to the JWG: a constraint the planner cannot see.
    const wg = bundle.records.find((r) => r.kind === 'working_group')!;
    const clash = {
      ...structuredClone(wg),
      id: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
      name: 'Clashing group',
      sessions: [{ id: '01JZZZZZZZZZZZZZZZZZZZZZZY', edition: 1, meetingId: meeting.id }],
    };
    const target = openTempDb();
    const before = allRows(target.db);
    expect(() =>
      importBundleText(Store.over(target.db), JSON.stringify({ ...bundle, records: [...bundle.records, clash] })),
    ).toThrow(/Nothing was imported/);
    expect(allRows(target.db)).toEqual(before);
    expect(b.db.open).toBe(true);
  });

  it('refuses broken references, unknown fields and newer formats, naming them, and imports nothing', () => {
    const source = seeded();
    const bundle = exportBundle(Store.over(source.db));
    const target = openTempDb();
    const withoutParties = { ...bundle, records: bundle.records.filter((r) => r.kind !== 'party') };
    expect(() => importBundleText(Store.over(target.db), JSON.stringify(withoutParties))).toThrow(
      /neither in the bundle nor in this database/,
    );
    const extra = structuredClone(bundle);
    (extra.records[3] as Record<string, unknown>).colour = 'red';
    expect(() => parseBundleText(JSON.stringify(extra))).toThrow(
      /records\[3\]\.colour: “colour” is not a field Entente knows/,
    );
    expect(() => parseBundleText(JSON.stringify({ ...bundle, version: BUNDLE_VERSION + 1 }))).toThrow(/newer Entente/);
    expect(() => parseBundleText('{"format": "something else"}')).toThrow(/not an Entente bundle/);
    expect(() => parseBundleText('not json')).toThrow(/not valid JSON/);
    expect(readHistory(target.db).changes).toEqual([]);
  });

  it('is one undoable change: undo takes all imported records out again', () => {
    const source = seeded();
    const target = openTempDb();
    importBundleText(Store.over(target.db), bundleText(exportBundle(Store.over(source.db))), { source: 'demo.json' });
    expect(readHistory(target.db).nextUndo?.label).toBe('Import of demo.json: 17 created, 0 updated');
    undoLastChange(target.db);
    expect(target.db.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 0 });
  });
});

describe('exchange bundle: a larger register', () => {
  it('imports 300 records with parents and links as one change that undoes and redoes in one step', () => {
    const source = openTempDb();
    let parent: string | null = null;
    for (let i = 0; i < 150; i++) {
      const party: { id: string } = createRecord(source.db, 'party', {
        name: `Ministry ${i}`,
        type: 'ministry',
        parentId: parent,
        tags: [`t${i % 7}`],
      });
      parent = i % 10 === 9 ? null : party.id;
      createRecord(source.db, 'meeting', {
        title: `Staff talks ${i}`,
        type: 'staff_talks',
        date: `${2000 + (i % 20)}`,
        participants: [{ partyId: party.id }],
        linkedIds: [party.id],
      });
    }
    const target = openTempDb();
    const report = importBundleText(Store.over(target.db), bundleText(exportBundle(Store.over(source.db))), {
      source: 'big.json',
    });
    expect(report.created).toHaveLength(300);
    const history = readHistory(target.db);
    expect(history.changes).toHaveLength(1);
    expect(history.changes[0]).toMatchObject({ label: 'Import of big.json: 300 created, 0 updated', recordCount: 300 });
    expect(history.changes[0]!.records).toHaveLength(20);
    undoLastChange(target.db);
    expect(target.db.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 0 });
    redoLastChange(target.db);
    expect(exportBundle(Store.over(target.db)).records.map((r) => r.id)).toEqual(
      exportBundle(Store.over(source.db)).records.map((r) => r.id),
    );
    expect(target.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('exchange bundle: command line', () => {
  it('export --out and import --in (with --dry-run) move a register between databases', async () => {
    const source = seeded();
    source.db.close();
    const dir = tempDir();
    const bundleFile = join(dir, 'bundle.json');
    expect((await cli(['export', '--db', source.file, '--out', bundleFile])).out).toMatch(/Exported 17 records/);
    const target = join(dir, 'target.sqlite');
    const dry = await cli(['import', '--db', target, '--in', bundleFile, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dry run — nothing was written/);
    expect(dry.out).toMatch(/Would create: {3}17/);
    const real = await cli(['import', '--db', target, '--in', bundleFile, '--json']);
    expect(JSON.parse(real.out)).toMatchObject({ dryRun: false, total: 17 });
    const again = await cli(['import', '--db', target, '--in', bundleFile]);
    expect(again.out).toMatch(/Unchanged: {6}17/);
    writeFileSync(bundleFile, '{"format":"entente-bundle","version":1}');
    const bad = await cli(['import', '--db', target, '--in', bundleFile]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^entente import: The bundle is not valid:/);
  });
});
