/** `history <kind> <id>` prints the same readable changes as the record page, from the real audit trail. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/store/open';
import { createRecord } from '../../../../db/store/records';
import { addStatusEvent } from '../../../../db/store/status';
import { runCli } from '../../../../electron/node/cli/main';
import { tempDbFile } from '../../../support/temp-db';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli history', () => {
  it('lists each change with field names and old → new values, newest first', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const japan = createRecord(db, 'party', { name: 'Ministry of Defense of Japan', type: 'ministry' });
    const agreement = createRecord(db, 'agreement', {
      title: 'Memorandum on defence cooperation',
      type: 'mou',
      parties: [{ partyId: japan.id, role: 'signatory' }],
    });
    addStatusEvent(db, 'agreement', agreement.id, { status: 'in_force', date: 'April 2019' });
    db.close();

    const result = await cli('history', 'agreement', agreement.id, '--db', file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}\S+ {2}Changed$/);
    expect(lines[1]).toBe('    Status events: + In force · Apr 2019');
    expect(lines).toContain('    Parties: + Ministry of Defense of Japan (Signatory)');
    expect(lines).toContain('    Title: (empty) → Memorandum on defence cooperation');

    const json = await cli('history', 'agreement', agreement.id, '--db', file, '--json');
    const parsed = JSON.parse(json.out) as { entries: { action: string; changes: { label: string }[] }[] };
    expect(parsed.entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(parsed.entries[0]!.changes).toEqual([
      { field: 'statusEvents', label: 'Status events', added: ['In force · Apr 2019'] },
    ]);
  });

  it('says plainly when the record has no history, and refuses a bad limit', async () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const none = await cli('history', 'meeting', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '--db', file);
    expect(none.code).toBe(3); // the CLI's code for "not found"
    expect(none.err).toBe('entente history: No meeting with id 01ARZ3NDEKTSV4RRFFQ69G5FAV has any history.');
    const bad = await cli('history', 'meeting', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '--db', file, '--limit', 'x');
    expect(bad.code).toBe(2); // usage error
    expect(bad.err).toMatch(/--limit must be a whole number/);
  });
});
