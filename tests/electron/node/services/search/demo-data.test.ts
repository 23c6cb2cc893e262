/**
 * Tried as a new user would, on the demo data (the seed article): each of these searches finds
 * what a person would expect first, with a snippet that shows why.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSeedArticle, type SeedIds } from '../../../../../db/demo/seed-article';
import type { Db } from '../../../../../db/store/open';
import { openTempDb } from '../../../../support/temp-db';
import { marked, search } from './fixture';

let db: Db;
let ids: SeedIds;
beforeEach(() => {
  db = openTempDb().db;
  ids = loadSeedArticle(db);
});

const top = (query: string) => search(db, query).hits;

describe('searching the demo data', () => {
  it('"ifts" finds the Technical Arrangement, showing where the school is named', () => {
    const [first, ...rest] = top('ifts');
    expect(first).toMatchObject({ id: ids.technicalArrangement, kind: 'agreement', field: 'summary' });
    expect(first!.status?.status).toBe('signed');
    expect(marked(first!.snippet)).toContain('International Flight Training School ([IFTS])');
    expect(rest).toEqual([]);
  });

  it('"Tempest" finds the programme first, then the ministers’ meeting that discussed it', () => {
    const hits = top('Tempest');
    expect(hits.map((h) => h.id)).toEqual([ids.tempest, ids.ministerialMeeting]);
    expect(marked(hits[0]!.titleSegments)).toBe('[Tempest]');
    expect(marked(hits[1]!.snippet)).toContain('[Tempest]');
  });

  it('"pilot training" finds the arrangement for training Japanese pilots', () => {
    const [first] = top('pilot training');
    expect(first!.id).toBe(ids.technicalArrangement);
    expect(marked(first!.snippet)).toMatch(/\[training\] of Japanese \[pilots\]/);
  });

  it('"Kishi" finds the minister and the meeting he attended', () => {
    const hits = top('Kishi');
    expect(hits.map((h) => h.id)).toEqual([ids.kishi, ids.ministerialMeeting]);
    expect(marked(hits[0]!.titleSegments)).toBe('[Kishi] Nobuo');
    expect(hits[1]!.field).toBe('participants');
    expect(marked(hits[1]!.snippet)).toContain('[Kishi] Nobuo');
  });

  it('"indo-pacific" finds the ministers’ meeting, with the region highlighted as one phrase', () => {
    const hits = top('indo-pacific');
    expect(hits.map((h) => h.id)).toEqual([ids.ministerialMeeting]);
    expect(marked(hits[0]!.snippet)).toContain('[Indo-Pacific]');
    expect(hits[0]!.date).toBe('2022~');
  });

  it('"防衛" finds the Japanese Ministry of Defense by its Japanese name, and what names it', () => {
    const hits = top('防衛');
    expect(hits[0]).toMatchObject({ id: ids.japaneseMod, field: 'nativeName' });
    expect(marked(hits[0]!.snippet)).toBe('[防衛]省');
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([ids.kishi, ids.japaneseAirForce, ids.ministerialMeeting]),
    );
  });

  it('"2021" is a date filter: the third JWG session held in January 2021, the JWG and the project under way; as words, the project whose text says 2021', () => {
    const result = search(db, '2021');
    expect(result.dates).toEqual([{ text: '2021', from: '2021-01-01', to: '2021-12-31', label: '2021' }]);
    const found = result.hits.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining([ids.jwgSessions[2]!, ids.jwg]));
    const session = result.hits.find((h) => h.id === ids.jwgSessions[2])!;
    expect(session).toMatchObject({ date: '2021-01', field: 'date' });
    expect(marked(session.snippet)).toBe('[Jan 2021]'); // the field (Date) is named apart: no "Date: Date:"
    // The meeting of c. 2022 is not "in 2021"; the project, in development since 2019 and still, is.
    expect(found).not.toContain(ids.ministerialMeeting);
    expect(found).toContain(ids.cooperationProject);
    // The chip removed: "2021" is read as a word again, and the project's text matches.
    const asWords = search(db, '2021', undefined, { datesAsText: ['2021'] });
    expect(asWords.dates).toEqual([]);
    expect(asWords.hits.map((h) => h.id)).toContain(ids.cooperationProject);
  });
});
