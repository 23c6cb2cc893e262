/**
 * Every matching rule of the search box, on a real database written through the store:
 * accents and case, Japanese of any length, phrases, prefixes, OR / NOT / -word, plurals,
 * years and dates in the query, and malformed input (a sensible reading plus a note, or one
 * clear message — never an FTS5 error).
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../electron/common/domain/errors';
import { buildFixture, find, marked, search } from './fixture';

describe('matching', () => {
  it('ignores case and Latin accents, both ways', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'liberta')).toEqual([ids.pilotMou]); // stored "libertà"
    expect(find(db, 'LIBERTÀ')).toEqual([ids.pilotMou]);
    expect(find(db, 'difesa')).toEqual(expect.arrayContaining([ids.italianMod, ids.parisTalks, ids.crosetto]));
    expect(find(db, 'DIFESA').sort()).toEqual(find(db, 'difesa').sort());
    expect(find(db, 'armee')).toEqual([ids.parisTalks]); // "Armée"
    expect(find(db, 'uber')).toEqual([ids.kishiCall]); // "Über"
    expect(find(db, 'cafe')).toEqual([ids.kishiCall]);
    const hit = search(db, 'liberta').hits[0]!;
    expect(marked(hit.snippet)).toContain('[libertà]');
    expect(hit.field).toBe('notes');
  });

  it('finds Japanese text of any length, highlighting exactly the characters asked for', () => {
    const { db, ids } = buildFixture();
    expect(find(db, '防衛省').sort()).toEqual([ids.japaneseMod, ids.kishi, ids.kishiCall].sort());
    expect(find(db, '防衛装備品')).toEqual([ids.jwgMeeting]);
    // Two characters and one character: the fallback for queries shorter than three characters.
    expect(find(db, '訓練')).toEqual([ids.kishiCall]);
    expect(find(db, '防衛')).toEqual(expect.arrayContaining([ids.japaneseMod, ids.jwgMeeting, ids.kishiCall]));
    expect(find(db, '岸')).toEqual(expect.arrayContaining([ids.kishi, ids.kishiCall]));
    expect(find(db, '日')).toEqual(expect.arrayContaining([ids.japan, ids.kishiCall]));
    // A substring inside a longer run, and Japanese next to Latin letters with no space.
    expect(find(db, '装備品の協力')).toEqual([ids.jwgMeeting]);
    expect(find(db, '協力 defence')).toEqual([ids.jwgMeeting]);
    const jwg = search(db, '装備').hits[0]!;
    expect(marked(jwg.snippet)).toContain('防衛[装備]品');
    const call = search(db, '訓練').hits[0]!;
    expect(call.field).toBe('summary');
    expect(marked(call.snippet)).toBe('[訓練]の日程を確認した。');
    // Characters that appear nowhere find nothing, and "2021" inside Japanese text is its own word.
    expect(find(db, '戦車')).toEqual([]);
  });

  it('a Latin query of one or two characters matches whole words', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'of')).toEqual(expect.arrayContaining([ids.italianMod, ids.pilotMou]));
    expect(find(db, 'la')).toEqual([ids.pilotMou]); // Italian article in the notes, not "logistics" or "Paris"
    expect(find(db, 'x')).toEqual([]);
  });

  it('phrases match the words in order, prefixes match word starts', () => {
    const { db, ids } = buildFixture();
    expect(find(db, '"joint working group"')).toEqual([ids.jwgMeeting]);
    expect(find(db, '"working joint group"')).toEqual([]);
    expect(find(db, 'group joint')).toEqual([ids.jwgMeeting]); // without quotes: all words, any order
    expect(find(db, 'difes*')).toEqual(expect.arrayContaining([ids.italianMod, ids.parisTalks]));
    expect(find(db, 'logist*').sort()).toEqual([ids.logistics, ids.parisTalks].sort());
    expect(find(db, '"pilot train*"')).toEqual([ids.pilotMou]);
    expect(marked(search(db, 'logist*').hits.find((h) => h.id === ids.parisTalks)!.snippet)).toContain('[logistics]');
  });

  it('OR, NOT, -word and parentheses', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'tempest OR ifts').sort()).toEqual([ids.pilotMou, ids.parisTalks, ids.tempest].sort());
    expect(find(db, 'tempest | ifts').sort()).toEqual(find(db, 'tempest OR ifts').sort());
    expect(find(db, 'training').sort()).toEqual([ids.pilotMou, ids.parisTalks].sort());
    expect(find(db, 'training NOT japan')).toEqual([ids.parisTalks]);
    expect(find(db, 'training -japanese')).toEqual([ids.parisTalks]);
    expect(find(db, 'training -(japan OR paris)')).toEqual([]);
    expect(find(db, '(tempest OR logistics) france').sort()).toEqual([ids.logistics, ids.parisTalks].sort());
    // Lower-case "or" / "not" are words, not operators.
    expect(find(db, 'tempest or ifts')).toEqual([]);
  });

  it('singular and plural English nouns find each other, without stemming names or prefixes', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'pilot')).toEqual([ids.pilotMou]); // the record says "pilots" in the summary
    expect(find(db, 'exercise')).toEqual([ids.logistics]); // "exercises"
    expect(find(db, 'talk')).toEqual([ids.parisTalks]);
    expect(marked(search(db, 'pilot').hits[0]!.snippet)).toContain('[pilots]');
  });

  it('a year finds records dated then as well as the text; a whole-query date finds records dated then', () => {
    const { db, ids } = buildFixture();
    const in2021 = find(db, '2021');
    expect(in2021).toEqual(expect.arrayContaining([ids.jwgMeeting, ids.logistics]));
    expect(in2021).not.toContain(ids.kishiCall);
    const jwg = search(db, '2021').hits.find((h) => h.id === ids.jwgMeeting)!;
    expect(jwg.field).toBe('date');
    expect(marked(jwg.snippet)).toBe('[Jan 2021]'); // the field (Date) is named apart: no "Date: Date:"
    // Partial-date overlap: the logistics talks were "under negotiation" in 2021, which may have been January. Status
    // periods run on: the MoU in force since March 2020 and Tempest in development since 2018 are dated every day since.
    const ongoing = [ids.pilotMou, ids.tempest];
    const janHits = find(db, 'Jan 2021');
    expect(janHits[0]).toBe(ids.jwgMeeting); // dated exactly so: ranks first
    expect(janHits.sort()).toEqual([ids.jwgMeeting, ids.logistics, ...ongoing].sort());
    expect(find(db, 'March 2021').sort()).toEqual([ids.logistics, ...ongoing].sort());
    // Signed 15 June 2022 (and signed since); the call was c. 2022.
    expect(find(db, 'June 2022').sort()).toEqual([ids.logistics, ids.kishiCall, ...ongoing].sort());
    expect(find(db, '2022')).toEqual(expect.arrayContaining([ids.logistics, ids.kishiCall])); // c. 2022 counts as 2022
    const may10 = find(db, '10/05/2019');
    expect(may10[0]).toBe(ids.parisTalks); // held that day; the MoU was signed in "2019"
    expect(may10.sort()).toEqual([ids.parisTalks, ...ongoing].sort());
    // A milestone date. What is in force or under way today runs to today only, not into 2027.
    expect(find(db, '2027')).toEqual([ids.tempest]);
    expect(find(db, '"2021"')).toEqual([]); // quoted: the text only
  });

  it('titles outrank summaries, summaries outrank the body', () => {
    const { db, ids } = buildFixture();
    const hits = find(db, 'training');
    expect(hits[0]).toBe(ids.pilotMou); // in the title
    const tempest = find(db, 'tempest');
    expect(tempest[0]).toBe(ids.tempest);
  });

  it('each hit carries kind, title, date, derived status, snippet and matched field', () => {
    const { db, ids } = buildFixture();
    const hit = search(db, 'ifts').hits[0]!;
    expect(hit).toMatchObject({
      id: ids.pilotMou,
      kind: 'agreement',
      title: 'Memorandum on pilot training',
      date: '2019',
      field: 'summary',
    });
    expect(hit.status?.status).toBe('in_force');
    expect(marked(hit.snippet)).toContain('([IFTS])');
    expect(hit.matchedFields).toEqual(['summary']);
    const person = search(db, 'Kishi').hits.find((h) => h.id === ids.kishi)!;
    expect(person).toMatchObject({ kind: 'person', status: null, field: 'name' });
    expect(marked(person.titleSegments)).toBe('[Kishi] Nobuo');
  });

  it('while typing, the last word also matches as a prefix', () => {
    const { db, ids } = buildFixture();
    expect(find(db, 'Temp')).toEqual([]);
    expect(find(db, 'Temp', undefined, { typing: true })).toEqual(
      expect.arrayContaining([ids.tempest, ids.parisTalks]),
    );
    expect(find(db, 'Temp ', undefined, { typing: true })).toEqual(expect.arrayContaining([ids.tempest]));
  });

  it('malformed input gets a sensible reading and a note, never an FTS5 error', () => {
    const { db, ids } = buildFixture();
    const unclosed = search(db, '"joint working');
    expect(unclosed.hits.map((h) => h.id)).toEqual([ids.jwgMeeting]);
    expect(unclosed.notes.join(' ')).toMatch(/quote was not closed/);
    expect(search(db, 'tempest OR').notes.join(' ')).toMatch(/OR needs something on both sides/);
    expect(search(db, 'tempest OR').hits.map((h) => h.id)).toContain(ids.tempest);
    expect(search(db, '*').hits).toEqual([]);
    expect(search(db, '*').notes.join(' ')).toMatch(/lone \*/);
    for (const text of [
      'NEAR(',
      'NEAR(tempest ifts',
      'title:tempest',
      'tempest^',
      '+tempest',
      '"',
      '""',
      '(',
      ')',
      'AND',
      'NOT',
      '-',
      '^*',
      '{title}: x',
      "'; DROP TABLE records; --",
    ]) {
      expect(() => search(db, text), text).not.toThrow();
    }
    const near = search(db, 'NEAR(tempest programme)');
    expect(near.hits.map((h) => h.id)).toEqual([ids.parisTalks]); // the words inside, all of them
    expect(near.notes.join(' ')).toMatch(/NEAR/);
  });

  it('a query of only excluded words is refused with a clear message, unless filters say what to look in', () => {
    const { db, ids } = buildFixture();
    let error: unknown;
    try {
      search(db, '-japan');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(/^Add a word to look for/);
    expect(find(db, '-japan', { kinds: ['agreement'] })).toEqual([ids.logistics]);
  });

  it('an empty query without filters returns nothing, quietly', () => {
    const { db } = buildFixture();
    expect(search(db, '   ')).toMatchObject({ hits: [], notes: [] });
  });
});
