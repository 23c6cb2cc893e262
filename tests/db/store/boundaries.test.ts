/** Bad input gets a clear error naming the field; awkward but valid input round-trips exactly. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/common/domain/errors';
import { createRecord, getRecord } from '../../../db/store/records';
import { openTempDb, snapshot } from '../../support/temp-db';

function validationError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('input boundaries', () => {
  it('an empty or blank title is refused with a message naming the field; nothing is written', () => {
    const { db } = openTempDb();
    const before = snapshot(db);
    for (const title of ['', '   ', undefined]) {
      const error = validationError(() => createRecord(db, 'agreement', { title, type: 'mou' }));
      expect(error.fields).toContainEqual({
        path: 'title',
        message: 'Title is required',
        key: 'zod.required',
        values: { field: 'title' },
      });
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('a bad date is refused with the reason; a wrong type is refused listing the choices', () => {
    const { db } = openTempDb();
    const bad = validationError(() => createRecord(db, 'meeting', { title: 'Talks', type: 'call', date: '2021-13' }));
    expect(bad.fields).toMatchObject([{ path: 'date', message: expect.stringMatching(/^Date: There is no month 13/) }]);
    const kind = validationError(() => createRecord(db, 'agreement', { title: 'X', type: 'handshake' }));
    expect(kind.fields?.[0]?.path).toBe('type');
    expect(kind.message).toMatch(
      /Choose an agreement type: Treaty, MoU, Technical arrangement, .* — send one of the codes treaty, mou, technical_arrangement/,
    );
  });

  it('a 1 MB note round-trips exactly; one over the 2,000,000 character limit is refused clearly', () => {
    const { db } = openTempDb();
    const note = 'Minute line with accents àèìòù and 防衛省.\n'.repeat(26_000);
    expect(note.length).toBeGreaterThan(1_000_000);
    const party = createRecord(db, 'party', { name: 'Italy', type: 'state', notes: note });
    expect(getRecord(db, 'party', party.id).notes).toBe(note.trim());
    const error = validationError(() =>
      createRecord(db, 'party', { name: 'Japan', type: 'state', notes: 'x'.repeat(2_000_001) }),
    );
    expect(error.fields).toMatchObject([{ path: 'notes', message: 'Notes must be at most 2,000,000 characters' }]);
  });

  it('emoji, right-to-left and Japanese text round-trip exactly', () => {
    const { db } = openTempDb();
    const names = ['防衛省 🇯🇵', 'وزارة الدفاع', 'משרד הביטחון', "Ministero della Difesa — “libertà” & <b>x</b> 'q'"];
    for (const name of names) {
      const party = createRecord(db, 'party', { name, type: 'ministry', notes: `${name}\u200f🙂` });
      const read = getRecord(db, 'party', party.id);
      expect(read.name).toBe(name);
      expect(read.notes).toBe(`${name}\u200f🙂`);
    }
  });

  it('ids that are not ids, and unknown fields, are refused, naming them (own keys only: no prototype lookups)', () => {
    const { db } = openTempDb();
    const error = validationError(() => createRecord(db, 'person', { name: 'X', partyId: 'italy' }));
    expect(error.fields).toMatchObject([{ path: 'partyId', message: 'Party is not a valid record id' }]);
    // A programme calls it "description": "summary" would have been lost without a word.
    const unknown = validationError(() =>
      createRecord(db, 'programme', { name: 'GCAP', type: 'development', summary: 'Lost?' }),
    );
    expect(unknown.fields).toMatchObject([
      { path: 'summary', message: expect.stringMatching(/“summary” is not a field Entente knows/) },
    ]);
    expect(unknown.message).toMatch(/summary/);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const hostile = JSON.parse(`{"name": "Italy", "type": "state", "${key}": {"admin": true}}`) as unknown;
      expect(validationError(() => createRecord(db, 'party', hostile)).fields?.map((f) => f.path)).toEqual([key]);
    }
    const nested = validationError(() =>
      createRecord(db, 'meeting', { title: 'M', type: 'call', statusEvents: [{ status: 'held', colour: 'red' }] }),
    );
    expect(nested.fields?.map((f) => f.path)).toEqual(['statusEvents.0.colour']);
    expect(db.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 0 });
  });
});
