/**
 * Every migration carries real rows: the frozen schema-1 fixture (the demo data as
 * written by schema 1) is migrated to the latest schema and must read back intact
 * through today's store. A later migration adds its own fixture the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations';
import { currentStatus } from '../../../electron/common/domain/status';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { migrate, openDatabase, schemaVersion } from '../../../db/store/open';
import { countRecords, createRecord, getRecord } from '../../../db/store/records';
import { withTodaysSharedTables } from '../../support/older-register';
import { tempDbFile } from '../../support/temp-db';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/schema-v1-demo.sql'), 'utf8');

function schemaOneDatabaseWithRows(): string {
  const file = tempDbFile();
  const db = openDatabase(file, { targetVersion: 1 });
  expect(schemaVersion(db)).toBe(1);
  db.exec(`BEGIN; ${fixture} COMMIT;`);
  db.close();
  return file;
}

describe('migrations', () => {
  it('build the latest schema from an empty file, one version at a time', () => {
    const file = tempDbFile();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    for (let v = 1; v <= LATEST_SCHEMA_VERSION; v++) {
      expect(migrate(db, v)).toBe(v);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
    db.close();
  });

  it('carry schema-1 rows to the latest schema, every record intact', () => {
    const file = schemaOneDatabaseWithRows();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(countRecords(db)).toEqual({ party: 7, person: 2, agreement: 1, working_group: 1, programme: 2, meeting: 4 });
    const ids = db.prepare(`SELECT id, kind FROM records`).all() as { id: string; kind: RecordKind }[];
    for (const { id, kind } of ids) expect(getRecord(db, kind, id).id).toBe(id);
    const ta = db.prepare(`SELECT id FROM agreements`).get() as { id: string };
    const agreement = getRecord(db, 'agreement', ta.id);
    expect(agreement.title).toBe('Technical Arrangement between the Italian and Japanese Air Forces');
    expect(currentStatus(agreement.statusEvents)?.status).toBe('signed');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('roll a failing migration back completely, keeping the previous version and saying which one failed', () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, 1);
    const objectsBefore = db.prepare(`SELECT name FROM sqlite_master ORDER BY name`).all();
    const broken = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, 2, [...MIGRATIONS.slice(0, 1), broken])).toThrow(
      /schema 2 \(broken\) failed and was rolled back/,
    );
    expect(db.prepare(`SELECT name FROM sqlite_master ORDER BY name`).all()).toEqual(objectsBefore);
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('move agreement links of a previous-version register into record_links without loss (migration 10)', () => {
    const file = schemaOneDatabaseWithRows();
    const linksVersion = MIGRATIONS.findIndex((m) => m.name === 'record-links') + 1;
    let db = new Database(file);
    migrate(db, linksVersion - 1);
    const ta = db.prepare(`SELECT id FROM agreements`).get() as { id: string };
    const amendment = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
    const now = '2024-01-01T00:00:00.000Z';
    db.prepare(`INSERT INTO records (id, kind, created_at, updated_at, version) VALUES (?, 'agreement', ?, ?, 1)`).run(
      amendment,
      now,
      now,
    );
    db.prepare(
      `INSERT INTO agreements (id, title, kind) VALUES (?, 'Amendment to the TA', 'technical_arrangement')`,
    ).run(amendment);
    const link = db.prepare(
      `INSERT INTO agreement_links (agreement_id, target_id, kind, position) VALUES (?, ?, ?, ?)`,
    );
    link.run(amendment, ta.id, 'related', 0);
    link.run(amendment, ta.id, 'amends', 1);
    db.close();
    db = openDatabase(file);
    expect(getRecord(db, 'agreement', amendment).links).toEqual([
      { targetId: ta.id, kind: 'related' },
      { targetId: ta.id, kind: 'amends' },
    ]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'agreement_links'`).all()).toEqual([]);
    expect(getRecord(db, 'agreement', ta.id)).toMatchObject({ links: [], alternateTitles: [], placeOfSignature: '' });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('place a back-filled range by its start on a version-11 register (migration 12)', () => {
    const file = tempDbFile();
    const rangeVersion = MIGRATIONS.findIndex((m) => m.name === 'status-range-start') + 1;
    let db = openDatabase(file, { targetVersion: rangeVersion - 1 });
    const status = () => db.prepare('SELECT status, date FROM current_status').get();
    withTodaysSharedTables(db, () =>
      createRecord(db, 'agreement', {
        title: 'Back-filled negotiation',
        type: 'mou',
        statusEvents: [
          { status: 'in_force', date: 'Apr 2021' },
          { status: 'under_negotiation', date: '2019–2021' },
        ],
      }),
    );
    // What the version-11 view says: the whole range overlaps April 2021, so entry order wins.
    expect(status()).toEqual({ status: 'under_negotiation', date: '2019/2021' });
    db.close();
    db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(status()).toEqual({ status: 'in_force', date: '2021-04' });
    db.close();
  });
});
