/**
 * One browser session over a generated register of thousands (tests/support/treaty-register.ts: 1,400 records,
 * Italy's counterparts), made before the suite's first test at the size of a laptop screen. `prepare` adds what a
 * suite needs beside the register (a programme family…) on the same connection; `homeParty` makes Italy the
 * register's own party, as an Italian ministry would set it. `reg` and `prepared` read through to what was made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Store } from '../../../db/store';
import { openDatabase, type Db } from '../../../db/store/open';
import { todayIso } from '../../../electron/common/domain/partial-date';
import { generateTreatyRegister, type TreatyRegister } from '../../support/treaty-register';
import { suiteSession, type BrowserSession } from './browser';

export function treatySession<T extends object = object>(
  options: { homeParty?: boolean; prepare?: (db: Db, reg: TreatyRegister) => T } = {},
): { session: BrowserSession; reg: TreatyRegister; prepared: T } {
  const dir = mkdtempSync(join(tmpdir(), 'entente-e2e-treaty-'));
  // Registered before the session's own hooks, so it runs after the session has closed (hooks unwind as a stack).
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let made: { reg: TreatyRegister; prepared: T } | undefined;
  const session = suiteSession(() => {
    const dbFile = join(dir, 'register.sqlite');
    const db = openDatabase(dbFile);
    const reg = generateTreatyRegister(db, todayIso());
    if (options.homeParty) Store.over(db).updateRegisterSettings({ homePartyId: reg.italy });
    made = { reg, prepared: (options.prepare?.(db, reg) ?? {}) as T };
    db.close();
    return { dbFile, viewport: { width: 1366, height: 768 } };
  });
  const current = () => {
    if (!made) throw new Error('The register is generated before the first test: use it inside a test.');
    return made;
  };
  // Read through to what the first test's set-up made, so tests use them as they would variables.
  const through = <O extends object>(of: () => O) =>
    new Proxy({} as O, { get: (_, key) => Reflect.get(of(), key) as unknown });
  return { session, reg: through(() => current().reg), prepared: through(() => current().prepared) };
}
